import { dayFromIso, isoFromDay, vnDayOf, type DayNumber, type IncidentInput } from '@antt/shared';
import type { Selectable } from 'kysely';
import type { IncidentTable } from '../db/tables/incident.ts';
import type { FieldProblem } from '../errors/domain-error.ts';
import type { PoliceUnitListRow } from '../repositories/police-unit.repository.ts';
import type { CatalogueSnapshot } from './incident-catalogue.service.ts';
import type { IncidentResolver } from './incident-resolver.ts';

// From checked input to the columns of one incident, the same for a form, the API and every row
// of an import: dates in Vietnam's days, the commune resolved by the incident's date, the crime's
// group and seriousness from the clause in force that day, and the owner from the reporting unit.
// Problems are returned with the field they belong to; the caller throws them or lists them.

/** The columns an incident's content sets (not its identity, version or bookkeeping). */
export type IncidentFacts = Omit<
  Selectable<IncidentTable>,
  'id' | 'version' | 'created_at' | 'updated_at' | 'created_by' | 'updated_by'
>;

export type FactContext = {
  resolver: IncidentResolver;
  catalogue: CatalogueSnapshot;
  now: Date;
  /** The reporting unit when the input names none (the officer's own unit; for imports, the place's owner). */
  defaultReportingUnit: (
    commune: Parameters<IncidentResolver['ownerOf']>[0],
    day: DayNumber,
  ) => Promise<PoliceUnitListRow | null>;
  /** Checks a linked tip exists and may be linked; returns a problem or null. */
  checkTip?: (tipId: string, provinceCode: string) => Promise<string | null>;
};

/** Tolerance for clocks a little ahead of the server's when an incident "just happened". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export async function incidentFacts(
  input: IncidentInput,
  ctx: FactContext,
): Promise<IncidentFacts | FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const occurred = new Date(input.occurredAt);
  const today = vnDayOf(ctx.now);
  if (occurred.getTime() > ctx.now.getTime() + FUTURE_TOLERANCE_MS) {
    problems.push({
      path: 'occurredAt',
      message: `thời gian xảy ra ở tương lai / the time lies in the future (today is ${isoFromDay(today)})`,
    });
  }
  const day = vnDayOf(occurred);
  let clearedDay: number | null = null;
  if (input.cleared && input.clearedOn) {
    clearedDay = dayFromIso(input.clearedOn);
    if (clearedDay < day)
      problems.push({
        path: 'clearedOn',
        message: 'ngày làm rõ trước ngày xảy ra / cleared before it happened',
      });
    if (clearedDay > today)
      problems.push({
        path: 'clearedOn',
        message: 'ngày làm rõ ở tương lai / the clearance day lies in the future',
      });
  }

  let category: string;
  let seriousness: IncidentFacts['seriousness'] = null;
  if (input.type === 'crime') {
    const clause = ctx.catalogue.clauseOn(input.article, input.clause, day);
    if ('problem' in clause) {
      problems.push({ path: 'article', message: clause.problem });
      category = 'other';
    } else {
      category = clause.crime_group;
      seriousness = clause.seriousness;
    }
  } else {
    const found = ctx.catalogue.categoryOn(input.category, input.type, day);
    if ('problem' in found) problems.push({ path: 'category', message: found.problem });
    category = input.category;
  }

  const place = await ctx.resolver.place(input, day);
  if (Array.isArray(place)) return [...problems, ...place];

  let reporting: PoliceUnitListRow | null | undefined;
  if (input.reportingUnitId) {
    reporting = await ctx.resolver.policeUnit(input.reportingUnitId);
    if (!reporting)
      problems.push({ path: 'reportingUnitId', message: 'không có đơn vị này / no such police unit' });
  } else {
    reporting = await ctx.defaultReportingUnit(place.commune, day);
    if (!reporting) {
      problems.push({
        path: 'reportingUnitId',
        message:
          'không có đơn vị công an nào phụ trách nơi này / no police unit serves that place; name the reporting unit',
      });
    }
  }
  if (reporting && reporting.kind === 'procuracy') {
    problems.push({
      path: 'reportingUnitId',
      message: 'Viện kiểm sát không lập hồ sơ vụ việc / the procuracy does not record incidents',
    });
  }
  if (input.tipId && reporting && ctx.checkTip) {
    const tipProblem = await ctx.checkTip(input.tipId, reporting.province_code);
    if (tipProblem) problems.push({ path: 'tipId', message: tipProblem });
  }
  if (problems.length > 0 || !reporting) return problems;

  return {
    province_code: reporting.province_code,
    type: input.type,
    category,
    seriousness,
    crime_article: input.type === 'crime' ? input.article : null,
    crime_clause: input.type === 'crime' ? input.clause : null,
    occurred_at: occurred.toISOString(),
    occurred_day: day,
    admin_unit_id: place.commune.id,
    address: input.address ?? null,
    lon: place.lon,
    lat: place.lat,
    reporting_unit_id: reporting.id,
    status: input.status,
    cleared: input.cleared ? 1 : 0,
    cleared_day: clearedDay,
    tip_id: input.tipId ?? null,
    external_ref: input.externalRef ?? null,
    summary: input.summary,
    deaths: input.type === 'traffic_accident' || input.type === 'fire' ? input.deaths : null,
    injuries: input.type === 'traffic_accident' || input.type === 'fire' ? input.injuries : null,
    vehicles: input.type === 'traffic_accident' ? input.vehicles : null,
    road: input.type === 'traffic_accident' ? (input.road ?? null) : null,
    damage_vnd: input.type === 'fire' ? input.damageVnd : null,
    fire_cause: input.type === 'fire' ? input.cause : null,
    site_name: input.type === 'social_vice' ? (input.siteName ?? null) : null,
  };
}

const FACT_FIELDS = [
  'type',
  'category',
  'seriousness',
  'crime_article',
  'crime_clause',
  'occurred_at',
  'admin_unit_id',
  'address',
  'lon',
  'lat',
  'reporting_unit_id',
  'status',
  'cleared',
  'cleared_day',
  'tip_id',
  'external_ref',
  'summary',
  'deaths',
  'injuries',
  'vehicles',
  'road',
  'damage_vnd',
  'fire_cause',
  'site_name',
] as const satisfies readonly (keyof IncidentFacts)[];

/** Field → [before, after] for every fact that differs (before = null for a new incident). */
export function factChanges(
  before: IncidentFacts | null,
  after: IncidentFacts,
): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const f of FACT_FIELDS) {
    const a = before ? before[f] : null;
    const b = after[f];
    if (before === null ? b !== null : a !== b) out[f] = [a, b];
  }
  return out;
}

/** True when nothing an import would write differs. */
export function sameFacts(a: IncidentFacts, b: IncidentFacts): boolean {
  return (
    Object.keys(factChanges(a, b)).length === 0 &&
    a.province_code === b.province_code &&
    a.occurred_day === b.occurred_day
  );
}
