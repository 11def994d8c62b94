import { assessTarget, type ComparablePeriod, type TargetMeasure } from '@antt/analytics';
import {
  dayDiff,
  dayFromIso,
  isoFromDay,
  parsePeriod,
  periodLabel,
  periodLength,
  targetInputSchema,
  vnDayOf,
  type DayNumber,
  type IndicatorDefinition,
  type Period,
  type TargetDto,
  type TargetProgressDto,
} from '@antt/shared';
import { DomainError, parseInput, validationError } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import { AdminUnitRepository, type AdminUnitView } from '../repositories/admin-unit.repository.ts';
import { TargetRepository, type TargetRow } from '../repositories/target.repository.ts';
import { actorLabel, hasRole, inJurisdiction, jurisdictionOf, type Actor } from './actor.ts';
import { resolveUnitVersion } from './admin-unit-resolution.ts';
import type { IndicatorService } from './indicator.service.ts';
import type { ServiceDeps } from './service-deps.ts';
import { targetReason } from './target-reason.ts';

// Targets (shared/DESIGN.md section 5.6): a resolution's target for an indicator over a unit and
// a term, judged on every read from the indicator engine's own figures — the value from the
// term's first day to today, and each whole Decree 09 year before today as the comparable past —
// by the rules of packages/analytics/src/targets/target-pace.ts. Seen by those whose jurisdiction
// holds the unit; set by its analysts, leaders and administrators; every change audited.

/** Whole Decree 09 years looked back on for "the best the unit has reached". */
export const COMPARABLE_YEARS = 10;

type Lang = 'vi' | 'en';

/** A target's input resolved against the catalogue, the units and the period grammar. */
type ResolvedTarget = {
  def: IndicatorDefinition;
  unit: AdminUnitView;
  term: Period;
  termPeriod: string | null;
  baseline: { period: Period; value: number | null } | null;
  targetValue: number;
  direction: TargetRow['direction'];
  name: string | null;
  source: string | null;
};

export class TargetService {
  private readonly repo: TargetRepository;
  private readonly units: AdminUnitRepository;
  private readonly indicators: IndicatorService;

  constructor(
    private readonly deps: ServiceDeps,
    c: { indicators: IndicatorService },
  ) {
    this.repo = new TargetRepository(deps.db);
    this.units = new AdminUnitRepository(deps.db, deps.dialect);
    this.indicators = c.indicators;
  }

  /**
   * The targets of units in the actor's jurisdiction, each with its status today — or, for a
   * review written about an earlier period, as it stood on `asOf`.
   */
  async list(actor: Actor, lang: Lang = 'vi', asOf?: DayNumber): Promise<TargetDto[]> {
    const jurisdiction = jurisdictionOf(actor);
    const rows = (await this.repo.list()).filter((r) => inJurisdiction(jurisdiction, r.admin_unit_id));
    const out: TargetDto[] = [];
    for (const row of rows) out.push(await this.present(actor, row, lang, asOf));
    return out;
  }

  async get(actor: Actor, id: string, lang: Lang = 'vi'): Promise<TargetDto> {
    return this.present(actor, await this.visible(actor, id), lang);
  }

  async create(actor: Actor, body: unknown, lang: Lang = 'vi'): Promise<TargetDto> {
    const t = await this.resolve(actor, body);
    const now = this.deps.clock.now().toISOString();
    const row: TargetRow = {
      id: newId(this.deps.clock.now().getTime()),
      ...columnsOf(t),
      created_at: now,
      created_by: actorLabel(actor),
      updated_at: now,
      updated_by: actorLabel(actor),
    };
    await this.deps.db.transaction().execute(async (trx) => {
      await new TargetRepository(trx).insert(row);
      await this.deps.audit.record(trx, actor, {
        action: 'target.created',
        entityType: 'target',
        entityId: row.id,
        provinceCode: row.province_code,
        adminUnitId: row.admin_unit_id,
        details: { target: auditView(row) },
      });
    });
    return this.present(actor, row, lang);
  }

  /** Replaces a target with the body (the whole input again), audited with before and after. */
  async update(actor: Actor, id: string, body: unknown, lang: Lang = 'vi'): Promise<TargetDto> {
    const before = await this.visible(actor, id);
    await this.assertMayManage(actor, before.admin_unit_id);
    const t = await this.resolve(actor, body);
    const after: TargetRow = {
      ...before,
      ...columnsOf(t),
      updated_at: this.deps.clock.now().toISOString(),
      updated_by: actorLabel(actor),
    };
    await this.deps.db.transaction().execute(async (trx) => {
      // The province is part of the key: a target moved to another province's unit is a new row.
      const repo = new TargetRepository(trx);
      if (after.province_code === before.province_code) {
        const { id: _id, created_at: _c, created_by: _b, ...patch } = after;
        await repo.update(before.province_code, id, patch);
      } else {
        await repo.delete(before.province_code, id);
        await repo.insert(after);
      }
      await this.deps.audit.record(trx, actor, {
        action: 'target.updated',
        entityType: 'target',
        entityId: id,
        provinceCode: after.province_code,
        adminUnitId: after.admin_unit_id,
        details: { before: auditView(before), after: auditView(after) },
      });
    });
    return this.present(actor, after, lang);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    const row = await this.visible(actor, id);
    await this.assertMayManage(actor, row.admin_unit_id);
    await this.deps.db.transaction().execute(async (trx) => {
      await new TargetRepository(trx).delete(row.province_code, id);
      await this.deps.audit.record(trx, actor, {
        action: 'target.deleted',
        entityType: 'target',
        entityId: id,
        provinceCode: row.province_code,
        adminUnitId: row.admin_unit_id,
        details: { target: auditView(row) },
      });
    });
  }

  private today(): DayNumber {
    return vnDayOf(this.deps.clock.now());
  }

  /** A target the actor may see; anyone else is told there is none. */
  private async visible(actor: Actor, id: string): Promise<TargetRow> {
    const row = await this.repo.findById(id);
    if (!row || !inJurisdiction(jurisdictionOf(actor), row.admin_unit_id))
      throw new DomainError('not_found', `Không có chỉ tiêu ${id} / no target ${id}`);
    return row;
  }

  /** Analysts, leaders and administrators set the targets of units in their jurisdiction (the CLI any). */
  private async assertMayManage(actor: Actor, unitId: string): Promise<void> {
    if (actor.kind === 'cli' || actor.kind === 'system') return;
    if (!inJurisdiction(jurisdictionOf(actor), unitId)) {
      throw new DomainError(
        'outside_jurisdiction',
        'Đơn vị ngoài địa bàn của bạn / the unit is outside your jurisdiction',
        { fields: [{ path: 'unit', message: 'outside your jurisdiction' }] },
      );
    }
    if (!hasRole(actor, 'analyst', 'leader', 'admin')) {
      throw new DomainError(
        'forbidden',
        'Chỉ cán bộ tham mưu, lãnh đạo hoặc quản trị viên được đặt chỉ tiêu / only analysts, leaders and administrators set targets',
      );
    }
  }

  private async resolve(actor: Actor, body: unknown): Promise<ResolvedTarget> {
    const input = parseInput(targetInputSchema, body);
    const def = await this.indicators.definition(input.indicator).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'not_found')
        throw validationError([{ path: 'indicator', message: `no indicator ${input.indicator}` }]);
      throw error;
    });
    const unit = await this.unitToday(input.unit);
    await this.assertMayManage(actor, unit.id);
    const term = input.term ? parsePeriod(input.term) : parsePeriod(`${input.termFrom}..${input.termTo}`);
    let baseline: ResolvedTarget['baseline'] = null;
    if (input.baseline) {
      const period = parsePeriod(input.baseline.period);
      const value =
        input.baseline.value ??
        (
          await this.indicators.value(actor, def.code, {
            period: period.code,
            unit: unit.code,
            hierarchyDate: hierarchyDateOf(unit, this.today()),
          })
        ).value;
      baseline = { period, value };
    }
    if (input.direction === 'reduce_by_percent' && baseline?.value == null) {
      throw validationError([
        {
          path: 'baseline.value',
          message: `no figure for ${input.baseline?.period ?? 'the baseline'}: give the baseline value`,
        },
      ]);
    }
    return {
      def,
      unit,
      term,
      termPeriod: input.term ? term.code : null,
      baseline,
      targetValue: input.targetValue,
      direction: input.direction,
      name: input.name ?? null,
      source: input.source ?? null,
    };
  }

  /** A unit code read on today's hierarchy (shared/DESIGN.md section 4). */
  private async unitToday(code: string): Promise<AdminUnitView> {
    try {
      return await resolveUnitVersion(this.units, code, this.today());
    } catch (error) {
      if (
        error instanceof DomainError &&
        (error.code === 'unit_code_unknown' || error.code === 'unit_not_valid_on_date')
      )
        throw validationError([{ path: 'unit', message: error.message }]);
      throw error;
    }
  }

  private async present(actor: Actor, row: TargetRow, lang: Lang, asOf?: DayNumber): Promise<TargetDto> {
    const def = await this.indicators.definition(row.indicator_code);
    const unit = await this.units.findById(row.admin_unit_id);
    if (!unit) throw new DomainError('internal_error', `the target's unit ${row.admin_unit_id} is missing`);
    const term = termOf(row);
    const ref = (p: Period) => ({
      code: p.code,
      label: periodLabel(p, lang),
      start: isoFromDay(p.start),
      end: isoFromDay(p.end),
    });
    return {
      id: row.id,
      indicator: { code: def.code, name: lang === 'vi' ? def.nameVi : def.nameEn, unit: def.unit },
      unit: { id: unit.id, code: unit.code, name: unit.name, level: unit.level },
      baseline: row.baseline_period
        ? {
            period: ref(parsePeriod(row.baseline_period)),
            value: row.baseline_value === null ? null : Number(row.baseline_value),
          }
        : null,
      targetValue: Number(row.target_value),
      direction: row.direction,
      term: { ...ref(term), days: periodLength(term), reportingYears: reportingYearsOf(term).map(ref) },
      name: row.name,
      source: row.source,
      progress: await this.progress(actor, row, def, unit, term, lang, asOf),
      createdAt: row.created_at,
      createdBy: row.created_by,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
    };
  }

  /** The value so far and the comparable years from the indicator engine, judged by the pure rules. */
  private async progress(
    actor: Actor,
    row: TargetRow,
    def: IndicatorDefinition,
    unit: AdminUnitView,
    term: Period,
    lang: Lang,
    asOf?: DayNumber,
  ): Promise<TargetProgressDto> {
    // Units are read on today's hierarchy; the figures run to the day the status is asked for.
    const hierarchyDate = hierarchyDateOf(unit, this.today());
    const today = asOf ?? this.today();
    const through = Math.min(today, term.end);
    const elapsedDays = through < term.start ? 0 : dayDiff(term.start, through) + 1;
    const ask = { unit: unit.code, hierarchyDate };

    const periodSoFar = elapsedDays > 0 ? `${isoFromDay(term.start)}..${isoFromDay(through)}` : null;
    const soFar = periodSoFar
      ? await this.indicators.value(actor, def.code, { ...ask, period: periodSoFar })
      : null;

    // Whole Decree 09 years before today: bc:Y ends on 14 December of Y.
    const year = Math.floor(today / 10_000);
    const lastWholeYear = today % 10_000 >= 1215 ? year : year - 1;
    const trend = await this.indicators.trend(actor, def.code, {
      ...ask,
      period: `bc:${lastWholeYear}`,
      count: COMPARABLE_YEARS,
    });
    const comparable: ComparablePeriod[] = trend.points.map((p) => ({
      period: p.period.code,
      numerator: p.numerator,
      denominator: p.denominator,
      days: dayDiff(dayFromIso(p.period.start), dayFromIso(p.period.end)) + 1,
    }));

    const measure: TargetMeasure = {
      kind: def.denominator ? 'rate' : 'count',
      factor: def.factor,
      ceiling: def.unit === 'percent' ? 100 : null,
    };
    const baselineValue = row.baseline_value === null ? null : Number(row.baseline_value);
    const a = assessTarget({
      measure,
      rule: {
        direction: row.direction,
        value: Number(row.target_value),
        baseline:
          row.baseline_period && baselineValue !== null
            ? { value: baselineValue, days: periodLength(parsePeriod(row.baseline_period)) }
            : null,
      },
      termDays: periodLength(term),
      elapsedDays,
      soFar: { numerator: soFar?.numerator ?? 0, denominator: soFar ? soFar.denominator : null },
      comparable,
    });
    const periodRef = (code: string) => {
      const p = parsePeriod(code);
      return { code, label: periodLabel(p, lang), start: isoFromDay(p.start), end: isoFromDay(p.end) };
    };
    const withPeriod = (c: { period: string; value: number; pace: number }) => ({
      ...c,
      period: periodRef(c.period),
    });
    const reasonIn = (l: Lang) =>
      targetReason(a, {
        isRate: measure.kind === 'rate',
        ceiling: measure.ceiling,
        lang: l,
        numerator: soFar?.numerator ?? null,
        denominator: soFar?.denominator ?? null,
        termStart:
          l === 'vi' ? isoFromDay(term.start).split('-').reverse().join('/') : isoFromDay(term.start),
        bestLabel: a.bestComparable ? periodLabel(parsePeriod(a.bestComparable.period), l) : null,
      });
    return {
      asOf: isoFromDay(through < term.start ? today : through),
      elapsedDays: a.elapsedDays,
      remainingDays: a.remainingDays,
      elapsedShare: a.elapsedShare,
      periodSoFar,
      numeratorSoFar: soFar?.numerator ?? null,
      denominatorSoFar: soFar?.denominator ?? null,
      valueSoFar: soFar ? a.valueSoFar : null,
      level: a.level,
      sense: a.sense,
      expectedDenominatorForRest: a.expectedDenominatorForRest,
      requiredValueForRest: a.requiredValueForRest,
      paceUnit: measure.kind === 'rate' ? 'rate' : 'per_year',
      paceSoFar: a.paceSoFar,
      requiredPace: a.requiredPace,
      levelPace: a.levelPace,
      comparable: a.comparable.map(withPeriod),
      bestComparable: a.bestComparable ? withPeriod(a.bestComparable) : null,
      status: a.status,
      reasonVi: reasonIn('vi'),
      reasonEn: reasonIn('en'),
    };
  }
}

function columnsOf(t: ResolvedTarget) {
  return {
    province_code: t.unit.province_code,
    indicator_code: t.def.code,
    admin_unit_id: t.unit.id,
    baseline_period: t.baseline?.period.code ?? null,
    baseline_value: t.baseline?.value ?? null,
    target_value: t.targetValue,
    direction: t.direction,
    term_period: t.termPeriod,
    term_start_day: t.term.start,
    term_end_day: t.term.end,
    name: t.name,
    source: t.source,
  };
}

function auditView(row: TargetRow) {
  return {
    indicator: row.indicator_code,
    adminUnitId: row.admin_unit_id,
    baseline: row.baseline_period ? { period: row.baseline_period, value: row.baseline_value } : null,
    targetValue: row.target_value,
    direction: row.direction,
    term: row.term_period ?? `${isoFromDay(row.term_start_day)}..${isoFromDay(row.term_end_day)}`,
    name: row.name,
    source: row.source,
  };
}

/** The term as stored: its period code, or its dates as a custom range. */
function termOf(row: TargetRow): Period {
  return parsePeriod(
    row.term_period ?? `${isoFromDay(Number(row.term_start_day))}..${isoFromDay(Number(row.term_end_day))}`,
  );
}

/** The Decree 09 years (15 December to 14 December) that overlap the term. */
export function reportingYearsOf(term: Period): Period[] {
  const years: Period[] = [];
  const first = Math.floor(term.start / 10_000);
  const last = Math.floor(term.end / 10_000) + 1;
  for (let y = first; y <= last; y++) {
    const p = parsePeriod(`bc:${y}`);
    if (p.end >= term.start && p.start <= term.end) years.push(p);
  }
  return years;
}

/**
 * Whose units the figures are read on: today's, or — for a unit that has since been replaced —
 * its own last day, so the code still names the same unit.
 */
function hierarchyDateOf(unit: AdminUnitView, today: DayNumber): string | undefined {
  const validTo = unit.valid_to === null ? null : Number(unit.valid_to);
  return validTo !== null && validTo < today ? isoFromDay(validTo) : undefined;
}
