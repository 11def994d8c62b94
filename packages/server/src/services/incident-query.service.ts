import {
  dayFromIso,
  incidentFilterSchema,
  incidentListQuerySchema,
  incidentMapQuerySchema,
  INCIDENT_LIMITS,
  isoFromDay,
  vnDayOf,
  type IncidentDetailDto,
  type IncidentFilter,
  type IncidentListDto,
  type IncidentMapDto,
  type IncidentSummaryDto,
} from '@antt/shared';
import { DomainError, parseInput, validationError } from '../errors/domain-error.ts';
import { presentIncident, presentIncidentEvent } from '../presenters/incident.presenter.ts';
import { AdminUnitRepository } from '../repositories/admin-unit.repository.ts';
import { IncidentRepository, type IncidentQueryFilter } from '../repositories/incident.repository.ts';
import type { Actor } from './actor.ts';
import { isValidOn, resolveUnitVersion } from './admin-unit-resolution.ts';
import type { AdminUnitService } from './admin-unit.service.ts';
import { allowedIncidentActions, assertMaySeeIncident, incidentVisibility } from './incident-access.ts';
import type { JurisdictionService } from './jurisdiction.service.ts';
import type { ServiceDeps } from './service-deps.ts';

// Reading the register (shared/DESIGN.md section 5.3): the filtered list, one incident with its
// history, the map (points and counts per commune) and the rows of an export — all through the
// same filter and the same jurisdiction, so nothing outside it is ever listed, counted or exported.

export class IncidentQueryService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly c: { adminUnits: AdminUnitService; jurisdiction: JurisdictionService },
  ) {}

  private repo() {
    return new IncidentRepository(this.deps.db, this.deps.dialect);
  }

  /** The shared filters, with the unit resolved to every version of its area. */
  async filterFor(actor: Actor, f: IncidentFilter): Promise<IncidentQueryFilter> {
    const fromDay = f.from ? dayFromIso(f.from) : undefined;
    const toDay = f.to ? dayFromIso(f.to) : undefined;
    if (fromDay !== undefined && toDay !== undefined && fromDay > toDay) {
      throw validationError([{ path: 'to', message: 'the period ends before it starts' }]);
    }
    const filter: IncidentQueryFilter = {
      visibility: incidentVisibility(actor),
      type: f.type,
      category: f.category,
      seriousness: f.seriousness,
      reportingUnitId: f.reportingUnitId,
      fromDay,
      toDay,
      status: f.status,
      cleared: f.cleared === undefined ? undefined : f.cleared === 'yes',
      q: f.q,
    };
    if (f.unit) {
      const day = toDay ?? vnDayOf(this.deps.clock.now());
      const repo = new AdminUnitRepository(this.deps.db, this.deps.dialect);
      let unit;
      try {
        unit = await resolveUnitVersion(repo, f.unit, day);
      } catch (e) {
        if (e instanceof DomainError) throw validationError([{ path: 'unit', message: e.message }]);
        throw e;
      }
      filter.areaIds = [...(await this.c.jurisdiction.areaOfAdminUnit(unit.id, unit.province_code))];
    }
    return filter;
  }

  async list(actor: Actor, query: unknown): Promise<IncidentListDto> {
    const q = parseInput(incidentListQuerySchema, query);
    const filter = await this.filterFor(actor, q);
    const repo = this.repo();
    const [rows, total] = await Promise.all([
      repo.list(filter, q.sort, q.pageSize, (q.page - 1) * q.pageSize),
      repo.count(filter),
    ]);
    return { items: rows.map(presentIncident), total, page: q.page, pageSize: q.pageSize };
  }

  async detail(actor: Actor, id: string): Promise<IncidentDetailDto> {
    const repo = this.repo();
    const row = await repo.findViewById(id);
    assertMaySeeIncident(actor, row);
    const events = await repo.listEvents(id);
    return {
      ...presentIncident(row),
      history: events.map(presentIncidentEvent),
      allowedActions: allowedIncidentActions(actor, row),
    };
  }

  /**
   * Points with coordinates (newest first, up to the limit) and counts per commune of the
   * hierarchy on `unitsOn`: an incident of a commune merged in 2025 counts for its successor,
   * split ones by their weights.
   */
  async map(actor: Actor, query: unknown): Promise<IncidentMapDto> {
    const q = parseInput(incidentMapQuerySchema, query);
    const filter = await this.filterFor(actor, q);
    const unitsOn = q.unitsOn ? dayFromIso(q.unitsOn) : (filter.toDay ?? vnDayOf(this.deps.clock.now()));
    const repo = this.repo();
    const [points, total, counts] = await Promise.all([
      repo.mapPoints(filter, INCIDENT_LIMITS.mapPoints + 1),
      repo.count(filter),
      repo.countsByUnit(filter),
    ]);
    const units = await this.carryCounts(counts, unitsOn);
    return {
      points: points.slice(0, INCIDENT_LIMITS.mapPoints).map((p) => ({
        id: p.id,
        lon: p.lon!,
        lat: p.lat!,
        type: p.type,
        category: p.category,
        occurredOn: isoFromDay(p.occurred_day),
      })),
      total,
      truncated: points.length > INCIDENT_LIMITS.mapPoints,
      unitsOn: isoFromDay(unitsOn),
      units,
    };
  }

  private async carryCounts(
    counts: { admin_unit_id: string; n: number }[],
    day: number,
  ): Promise<IncidentMapDto['units']> {
    const unitRepo = new AdminUnitRepository(this.deps.db, this.deps.dialect);
    const versions = new Map(
      (await unitRepo.findByIds(counts.map((c) => c.admin_unit_id))).map((u) => [u.id, u]),
    );
    const totals = new Map<string, { id: string; code: string; name: string; count: number }>();
    const add = (u: { id: string; code: string; name: string }, n: number) => {
      const t = totals.get(u.id) ?? { id: u.id, code: u.code, name: u.name, count: 0 };
      t.count += n;
      totals.set(u.id, t);
    };
    for (const c of counts) {
      const v = versions.get(c.admin_unit_id);
      if (!v) continue;
      if (isValidOn(v, day)) {
        add(v, c.n);
        continue;
      }
      // Follow the successions from the last (or first) day the old commune existed.
      const from = v.valid_to !== null && v.valid_to < day ? v.valid_to : v.valid_from;
      const mapping = await this.c.adminUnits.mapUnit(v.code, from, day);
      for (const t of mapping.targets) if (t.unit.level === 'commune') add(t.unit, c.n * t.weight);
    }
    return [...totals.values()]
      .map((t) => ({ ...t, count: Math.round(t.count * 100) / 100 }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }

  /** The rows of an export (the filters of the list), up to the export limit; the caller renders them. */
  async exportRows(actor: Actor, query: unknown): Promise<IncidentSummaryDto[]> {
    const f = parseInput(incidentFilterSchema, query);
    const filter = await this.filterFor(actor, f);
    const repo = this.repo();
    const total = await repo.count(filter);
    if (total > INCIDENT_LIMITS.exportRows) {
      throw validationError(
        [
          {
            path: 'from',
            message: `${total} incidents match; narrow the filters to at most ${INCIDENT_LIMITS.exportRows}`,
          },
        ],
        'Quá nhiều dòng để xuất / too many rows to export',
      );
    }
    const rows = await repo.list(filter, 'occurred_asc', INCIDENT_LIMITS.exportRows, 0);
    return rows.map(presentIncident);
  }
}
