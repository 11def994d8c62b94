import { addDays, dayFromIso, vnDayOf, type DayNumber } from '@antt/shared';
import type { AreaGeometry } from '../lib/geometry.ts';
import { AdminUnitRepository } from '../repositories/admin-unit.repository.ts';
import { BoundaryRepository } from '../repositories/boundary.repository.ts';
import { TipRepository } from '../repositories/tip.repository.ts';
import type { Actor } from '../services/actor.ts';
import type { AdminUnit } from '../services/admin-unit.service.ts';
import type { Services } from '../services/index.ts';
import type { IncidentFacts } from '../services/incident-record.ts';
import { IncidentWriter } from '../services/incident-writer.ts';
import { PROVINCE_POPULATION_2019 } from './incident-calibration.ts';
import { DEMO_PROVINCE_CODE } from './demo-organisation.ts';
import { syntheticIncidents, type ClauseLookup, type SyntheticIncident } from './synthetic-incidents.ts';
import {
  weighPlaces,
  type PlaceSuccession,
  type PlaceUnit,
  type SyntheticPlace,
} from './synthetic-places.ts';

// The demo's incident register (shared/DESIGN.md section 7): several years of synthetic but
// plausible crimes, traffic accidents, fires and social-vice sites in Cần Thơ, calibrated in
// incident-calibration.ts. Before 1 July 2025 they happen in the communes of the old Cần Thơ,
// Hậu Giang and Sóc Trăng (the versions valid then), after it in the new Cần Thơ communes;
// each is recorded by the commune police of its present-day commune, or the city police where
// there is none. They are written as one import through IncidentWriter, so the rollups and
// history are what a real import leaves; facts are built directly (the data is right by
// construction), which keeps the seed to about a second.

export const DEMO_INCIDENTS_FROM = dayFromIso('2019-01-01');
/** Fixed, so every demo database holds the same incidents for the same "today". */
export const DEMO_INCIDENT_SEED = 20_260_701;
/** The provinces merged into Cần Thơ on 1 July 2025, by their pre-2025 codes. */
export const FORMER_PROVINCES = ['92', '93', '94'] as const;

const LAST_DAY_OF_OLD_UNITS = dayFromIso('2025-06-30');
const REFORM_DAY = dayFromIso('2025-07-01');

export type DemoIncidentsReport = { incidents: number };

const demoActor: Actor = { kind: 'system', label: 'demo' };

export async function seedDemoIncidents(services: Services): Promise<DemoIncidentsReport> {
  const { db, dialect, clock, audit } = services.deps;
  const now = clock.now();
  const today = vnDayOf(now);
  const lastDay = addDays(today, -1);
  if (lastDay < DEMO_INCIDENTS_FROM) return { incidents: 0 };

  // Reference data first, outside the write transaction (SQLite has one connection).
  const { places, successions, newCommunes } = await demoPlaces(services);
  const police = new Map((await services.policeUnits.list(demoActor)).map((u) => [u.code, u]));
  const provincial = police.get(`CA${DEMO_PROVINCE_CODE}`);
  if (!provincial) throw new Error('the demo city police must be seeded before its incidents');
  const current = new Map(newCommunes.map((c) => [c.id, c]));
  const presentDay = presentDayCommunes(places, successions, current);
  const reportingUnit = (p: SyntheticPlace) => {
    const commune = presentDay.get(p.key);
    return (commune && police.get(`CAX-${commune.code}`)) || provincial;
  };
  const catalogue = await services.incidents.catalogue.snapshot();
  const clauseOf: ClauseLookup = (article, clause, day) => {
    const found = catalogue.clauseOn(article, clause, day);
    return 'problem' in found ? null : { seriousness: found.seriousness, group: found.crime_group };
  };

  const facts: IncidentFacts[] = [];
  for (const incident of syntheticIncidents({
    places,
    from: DEMO_INCIDENTS_FROM,
    to: lastDay,
    today,
    seed: DEMO_INCIDENT_SEED,
    clauseOf,
  })) {
    const unit = reportingUnit(incident.place);
    facts.push(factsOf(incident, unit.id, unit.provinceCode));
  }
  facts.push(...(await prosecutedTips(services, places, clauseOf, reportingUnit)));

  await db.transaction().execute(async (trx) => {
    const writer = new IncidentWriter(trx, dialect, demoActor, now);
    await writer.create(facts, 'imported');
    await writer.flush();
    await audit.record(trx, demoActor, {
      action: 'incidents.imported',
      entityType: 'incident',
      provinceCode: DEMO_PROVINCE_CODE,
      details: { source: 'demo', rows: facts.length },
    });
  });
  return { incidents: facts.length };
}

/**
 * The communes incidents happen in: those of the three old provinces until 30 June 2025, the
 * new Cần Thơ communes from 1 July 2025, weighted by residents, with their polygons.
 */
async function demoPlaces(services: Services) {
  const { db, dialect } = services.deps;
  const oldCommunes = (
    await Promise.all(
      FORMER_PROVINCES.map((provinceCode) =>
        services.adminUnits.search({
          date: LAST_DAY_OF_OLD_UNITS,
          level: 'commune',
          provinceCode,
          limit: 500,
        }),
      ),
    )
  ).flat();
  const newCommunes = await services.adminUnits.childrenAt(DEMO_PROVINCE_CODE, REFORM_DAY);
  const communes = [...oldCommunes, ...newCommunes];
  const successions = (
    await new AdminUnitRepository(db, dialect).successionsFrom(
      oldCommunes.map((c) => c.id),
      REFORM_DAY,
    )
  ).map((s): PlaceSuccession => ({ fromKey: s.from_id, toKey: s.to_id, weight: s.weight }));
  const geometries = new Map(
    (await new BoundaryRepository(db).ofUnits(communes.map((c) => c.id))).map((b) => [
      b.unit_id,
      JSON.parse(b.geometry) as AreaGeometry,
    ]),
  );
  const places = weighPlaces(
    communes.map((c) => placeUnit(c, geometries.get(c.id) ?? null)),
    successions,
    PROVINCE_POPULATION_2019,
  );
  return { places, successions, newCommunes };
}

function placeUnit(c: AdminUnit, geometry: AreaGeometry | null): PlaceUnit {
  return {
    key: c.id,
    code: c.code,
    name: c.name,
    type: c.type,
    provinceCode: c.provinceCode,
    validFrom: c.validFrom,
    validTo: c.validTo,
    geometry,
  };
}

/** Each place's commune today: itself, or the old commune's heaviest successor. */
function presentDayCommunes(
  places: readonly SyntheticPlace[],
  successions: readonly PlaceSuccession[],
  current: ReadonlyMap<string, AdminUnit>,
): Map<string, AdminUnit> {
  const out = new Map<string, AdminUnit>();
  for (const p of places) {
    const own = current.get(p.key);
    if (own) {
      out.set(p.key, own);
      continue;
    }
    const heaviest = successions
      .filter((s) => s.fromKey === p.key && current.has(s.toKey))
      .sort(
        (a, b) => b.weight - a.weight || current.get(a.toKey)!.code.localeCompare(current.get(b.toKey)!.code),
      )[0];
    if (heaviest) out.set(p.key, current.get(heaviest.toKey)!);
  }
  return out;
}

function factsOf(i: SyntheticIncident, reportingUnitId: string, provinceCode: string): IncidentFacts {
  return {
    province_code: provinceCode,
    type: i.type,
    category: i.type === 'crime' ? i.crimeGroup! : i.category!,
    seriousness: i.seriousness,
    crime_article: i.article,
    crime_clause: i.clause,
    occurred_at: i.occurredAt.toISOString(),
    occurred_day: i.occurredDay,
    admin_unit_id: i.place.key,
    address: i.address,
    lon: i.lon,
    lat: i.lat,
    reporting_unit_id: reportingUnitId,
    status: i.status,
    cleared: i.clearedDay === null ? 0 : 1,
    cleared_day: i.clearedDay,
    tip_id: null,
    external_ref: null,
    summary: i.summary,
    deaths: i.deaths,
    injuries: i.injuries,
    vehicles: i.vehicles,
    road: i.road,
    damage_vnd: i.damageVnd,
    fire_cause: i.fireCause,
    site_name: i.siteName,
  };
}

const ARTICLE_AND_CLAUSE = /Điều\s+(\d+)\s+khoản\s+(\d+)/i;

/**
 * The demo tips that ended in a decision to prosecute open a case: one crime each, in the tip's
 * commune, cleared on the day of the decision and linked to the tip.
 */
async function prosecutedTips(
  services: Services,
  places: readonly SyntheticPlace[],
  clauseOf: ClauseLookup,
  reportingUnit: (p: SyntheticPlace) => { id: string; provinceCode: string },
): Promise<IncidentFacts[]> {
  const tips = await new TipRepository(services.deps.db).list({
    visibility: { scope: 'all' },
    limit: 100,
    offset: 0,
  });
  const out: IncidentFacts[] = [];
  for (const tip of tips) {
    const where = places.find((p) => p.key === tip.place_admin_unit_id);
    const cited = ARTICLE_AND_CLAUSE.exec(tip.decision_article ?? '');
    if (tip.decision !== 'prosecute' || !where || !cited || tip.decision_day === null) continue;
    const [article, clause] = [Number(cited[1]), Number(cited[2])];
    const day = vnDayOf(new Date(tip.received_at));
    const facts = clauseOf(article, clause, day);
    if (!facts) continue;
    const unit = reportingUnit(where);
    out.push({
      ...factsOf(
        {
          type: 'crime',
          article,
          clause,
          seriousness: facts.seriousness,
          crimeGroup: facts.group,
          category: null,
          occurredAt: new Date(tip.received_at),
          occurredDay: day,
          place: where,
          lon: tip.lon,
          lat: tip.lat,
          address: tip.address ?? '',
          status: 'investigating',
          clearedDay: Math.max(tip.decision_day, day) as DayNumber,
          summary: tip.description,
          deaths: null,
          injuries: null,
          vehicles: null,
          road: null,
          damageVnd: null,
          fireCause: null,
          siteName: null,
        },
        unit.id,
        unit.provinceCode,
      ),
      address: tip.address,
      tip_id: tip.id,
    });
  }
  return out;
}
