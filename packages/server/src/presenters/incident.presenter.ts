import { isoFromDay, type IncidentEventDto, type IncidentSummaryDto } from '@antt/shared';
import type { IncidentEventRow, IncidentViewRow } from '../repositories/incident.repository.ts';

// Incident rows into the shapes of the API (packages/shared incident.schemas.ts).

export function presentIncident(r: IncidentViewRow): IncidentSummaryDto {
  return {
    id: r.id,
    type: r.type,
    category: r.category,
    occurredAt: r.occurred_at,
    occurredOn: isoFromDay(r.occurred_day),
    commune: { id: r.admin_unit_id, code: r.commune_code, name: r.commune_name },
    address: r.address,
    lon: r.lon,
    lat: r.lat,
    reportingUnit: { id: r.reporting_unit_id, code: r.reporting_code, name: r.reporting_name },
    status: r.status,
    cleared: r.cleared === 1,
    clearedOn: r.cleared_day === null ? null : isoFromDay(r.cleared_day),
    externalRef: r.external_ref,
    summary: r.summary,
    crime:
      r.type === 'crime' && r.crime_article !== null && r.crime_clause !== null && r.seriousness
        ? {
            article: r.crime_article,
            clause: r.crime_clause,
            title: r.crime_title ?? `Điều ${r.crime_article}`,
            seriousness: r.seriousness,
          }
        : null,
    deaths: r.deaths,
    injuries: r.injuries,
    vehicles: r.vehicles,
    road: r.road,
    damageVnd: r.damage_vnd === null ? null : Number(r.damage_vnd),
    fireCause: r.fire_cause,
    siteName: r.site_name,
    tip:
      r.tip_id && r.tip_reg_no !== null && r.tip_reg_year !== null
        ? { id: r.tip_id, label: `${r.tip_reg_no}/${r.tip_reg_year}` }
        : null,
    version: r.version,
    updatedAt: r.updated_at,
  };
}

export function presentIncidentEvent(e: IncidentEventRow): IncidentEventDto {
  return {
    id: e.id,
    at: e.at,
    type: e.type as IncidentEventDto['type'],
    actor: e.actor_label,
    changes: JSON.parse(e.changes) as IncidentEventDto['changes'],
  };
}
