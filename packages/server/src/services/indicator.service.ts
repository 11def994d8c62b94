import {
  bandFlag,
  baselineBand,
  changeBetween,
  indicatorValue,
  judgeChange,
  meetsTarget,
} from '@antt/analytics';
import {
  dayFromIso,
  indicatorDefinitionSchema,
  DASHBOARD_INDICATORS,
  indicatorExportQuerySchema,
  indicatorTrendQuerySchema,
  indicatorValueQuerySchema,
  isoFromDay,
  previousPeriod,
  parsePeriod,
  periodLabel,
  samePeriodYearsBefore,
  SHIPPED_INDICATORS,
  vnDayOf,
  type IndicatorDefinition,
  type IndicatorFigureDto,
  type IndicatorTrendDto,
  type IndicatorValueDto,
  type Measure,
  type Period,
} from '@antt/shared';
import { DomainError, parseInput, validationError } from '../errors/domain-error.ts';
import type { AdminUnitView } from '../repositories/admin-unit.repository.ts';
import {
  IndicatorRepository,
  type MeasureQuery,
  type UnitSums,
} from '../repositories/indicator.repository.ts';
import { actorLabel, hasRole, inJurisdiction, jurisdictionOf, type Actor } from './actor.ts';
import type { AdminUnitService } from './admin-unit.service.ts';
import { renderIndicatorWorkbook } from './indicator-export.ts';
import { IndicatorGeography } from './indicator-geography.ts';
import type { JurisdictionService } from './jurisdiction.service.ts';
import type { ServiceDeps } from './service-deps.ts';

// Indicator values (shared/DESIGN.md section 5.5): for a period and a unit on a hierarchy date,
// the value, the same period last year, the change and its judgement, a band from the same
// period of the five years before, the target — and, asked for, the same for each child unit.
// Everything is read from the rollups and the reported data values; old units reach today's
// through the successions.

/** Earlier years the band is built from. */
export const BAND_YEARS = 5;

type Sums = { numerator: UnitSums; denominator: UnitSums | null };

/**
 * A definition's measures ready to be read, looked up once per request. `null` is a measure of
 * a data element the catalogue does not hold: no value can have been entered for it. An
 * `undefined` denominator is a count, with nothing to divide by.
 */
type Reading = { numerator: MeasureQuery | null; denominator: MeasureQuery | null | undefined };

export class IndicatorService {
  readonly geography: IndicatorGeography;

  constructor(
    private readonly deps: ServiceDeps,
    c: { adminUnits: AdminUnitService; jurisdiction: JurisdictionService },
  ) {
    this.geography = new IndicatorGeography(deps, c.adminUnits, c.jurisdiction);
  }

  /** The shipped catalogue with an administrator's changes applied, in catalogue order. */
  async definitions(): Promise<IndicatorDefinition[]> {
    const overrides = new Map<string, IndicatorDefinition>();
    for (const row of await new IndicatorRepository(this.deps.db).listOverrides()) {
      const parsed = indicatorDefinitionSchema.safeParse(JSON.parse(row.definition));
      if (parsed.success) overrides.set(row.code, parsed.data);
    }
    const shipped = SHIPPED_INDICATORS.map((d) => overrides.get(d.code) ?? d);
    const added = [...overrides.values()].filter((d) => !SHIPPED_INDICATORS.some((s) => s.code === d.code));
    return [...shipped, ...added];
  }

  async definition(code: string): Promise<IndicatorDefinition> {
    const found = (await this.definitions()).find((d) => d.code === code);
    if (!found) throw new DomainError('not_found', `Không có chỉ tiêu ${code} / no indicator ${code}`);
    return found;
  }

  /** An administrator changes (or adds) a definition; the old one stays in the audit log. */
  async setDefinition(actor: Actor, code: string, body: unknown): Promise<IndicatorDefinition> {
    if (!(actor.kind === 'cli' || hasRole(actor, 'admin'))) {
      throw new DomainError(
        'forbidden',
        'Chỉ quản trị viên được sửa chỉ tiêu / only an administrator edits indicators',
      );
    }
    const def = parseInput(indicatorDefinitionSchema, body);
    if (def.code !== code)
      throw validationError([{ path: 'code', message: `the body names ${def.code}, the address ${code}` }]);
    await this.assertElementsKnown(def);
    const before = (await this.definitions()).find((d) => d.code === code) ?? null;
    await this.deps.db.transaction().execute(async (trx) => {
      await new IndicatorRepository(trx).saveOverride(
        code,
        JSON.stringify(def),
        this.deps.clock.now().toISOString(),
        actorLabel(actor),
      );
      await this.deps.audit.record(trx, actor, {
        action: 'indicator.defined',
        entityType: 'indicator',
        entityId: code,
        details: { before, after: def },
      });
    });
    return def;
  }

  async value(
    actor: Actor,
    code: string,
    query: unknown,
    lang: 'vi' | 'en' = 'vi',
  ): Promise<IndicatorValueDto> {
    const q = parseInput(indicatorValueQuerySchema, query);
    const def = await this.definition(code);
    const today = vnDayOf(this.deps.clock.now());
    const day = q.hierarchyDate ? dayFromIso(q.hierarchyDate) : today;
    const period = parsePeriod(q.period);
    const unit = await this.geography.unitOn(q.unit, day);
    assertMaySeeUnit(actor, unit);

    const { children, weights, ids } = await this.geography.plan(unit, day, Boolean(q.breakdown));

    const snapshot = def.numerator.source === 'tips' && def.numerator.measure === 'overdue_now';
    const earlier = snapshot
      ? []
      : Array.from({ length: BAND_YEARS }, (_, i) => samePeriodYearsBefore(period, i + 1));
    const reading = await this.reading(def);
    const sums = await Promise.all([period, ...earlier].map((p) => this.sumsFor(reading, ids, p, today)));

    const figureOf = (target: AdminUnitView): IndicatorFigureDto => {
      const w = weights.get(target.id)!;
      const values = sums.map((s) => evaluate(def, s, w));
      const [current, ...before] = values;
      const same = before[0] ?? null;
      const change = changeBetween(current!.value, same?.value ?? null);
      const band = baselineBand(before.map((b) => b.value));
      return {
        unit: { id: target.id, code: target.code, name: target.name, level: target.level },
        ...current!,
        samePeriod: same,
        change,
        judgement: judgeChange(def.direction, change.absolute),
        band: band && {
          years: earlier.slice(0, BAND_YEARS).map((p) => p.code),
          mean: band.mean,
          sd: band.sd,
          low: band.low,
          high: band.high,
        },
        flag: bandFlag(current!.value, band),
        meetsTarget: meetsTarget(current!.value, def.target),
      };
    };

    const ref = (p: Period) => ({
      code: p.code,
      label: periodLabel(p, lang),
      start: isoFromDay(p.start),
      end: isoFromDay(p.end),
    });
    return {
      indicator: {
        code: def.code,
        name: lang === 'vi' ? def.nameVi : def.nameEn,
        unit: def.unit,
        direction: def.direction,
        target: def.target,
        targetSource: def.targetSource,
        countingRule: lang === 'vi' ? def.countingRuleVi : def.countingRuleEn,
      },
      period: ref(period),
      samePeriodRef: earlier[0] ? ref(earlier[0]) : null,
      hierarchyDate: isoFromDay(day),
      ...figureOf(unit),
      ...(q.breakdown ? { children: children.map(figureOf) } : {}),
    };
  }

  /** The indicator over `count` consecutive periods of one kind ending with the given one, oldest first. */
  async trend(
    actor: Actor,
    code: string,
    query: unknown,
    lang: 'vi' | 'en' = 'vi',
  ): Promise<IndicatorTrendDto> {
    const q = parseInput(indicatorTrendQuerySchema, query);
    const def = await this.definition(code);
    const today = vnDayOf(this.deps.clock.now());
    const day = q.hierarchyDate ? dayFromIso(q.hierarchyDate) : today;
    const unit = await this.geography.unitOn(q.unit, day);
    assertMaySeeUnit(actor, unit);
    const { weights, ids } = await this.geography.plan(unit, day, false);
    const w = weights.get(unit.id)!;
    const periods: Period[] = [parsePeriod(q.period)];
    while (periods.length < q.count) periods.unshift(previousPeriod(periods[0]!));
    const reading = await this.reading(def);
    const points = await Promise.all(
      periods.map(async (p) => {
        const [now, before] = await Promise.all([
          this.sumsFor(reading, ids, p, today),
          this.sumsFor(reading, ids, samePeriodYearsBefore(p), today),
        ]);
        const current = evaluate(def, now, w);
        return {
          period: {
            code: p.code,
            label: periodLabel(p, lang),
            start: isoFromDay(p.start),
            end: isoFromDay(p.end),
          },
          ...current,
          samePeriodValue: evaluate(def, before, w).value,
        };
      }),
    );
    return { code, unit: { id: unit.id, code: unit.code, name: unit.name, level: unit.level }, points };
  }

  /** The figures of a dashboard view as an XLSX workbook, the same numbers as on screen. */
  async exportWorkbook(
    actor: Actor,
    query: unknown,
    lang: 'vi' | 'en' = 'vi',
  ): Promise<{ fileName: string; body: Buffer }> {
    const q = parseInput(indicatorExportQuerySchema, query);
    const codes = q.codes
      ? q.codes
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean)
      : [...DASHBOARD_INDICATORS];
    if (codes.length === 0 || codes.length > 60)
      throw validationError([{ path: 'codes', message: 'name 1 to 60 indicators' }]);
    const values: IndicatorValueDto[] = [];
    for (const code of codes) {
      values.push(
        await this.value(
          actor,
          code,
          { period: q.period, unit: q.unit, hierarchyDate: q.hierarchyDate, breakdown: q.breakdown },
          lang,
        ),
      );
    }
    const body = await renderIndicatorWorkbook(values, await this.definitions(), lang);
    await this.deps.db.transaction().execute((trx) =>
      this.deps.audit.record(trx, actor, {
        action: 'indicator.exported',
        entityType: 'indicator',
        details: {
          codes,
          period: q.period,
          unit: q.unit,
          hierarchyDate: q.hierarchyDate ?? null,
          breakdown: q.breakdown ?? null,
        },
      }),
    );
    const safePeriod = q.period.replace(/[^0-9A-Za-z-]+/g, '_');
    return { fileName: `chi-tieu-${q.unit}-${safePeriod}.xlsx`, body };
  }

  private async sumsFor(reading: Reading, ids: string[], p: Period, today: number): Promise<Sums> {
    const repo = new IndicatorRepository(this.deps.db);
    const read = async (m: MeasureQuery | null): Promise<UnitSums> =>
      m === null ? new Map() : repo.sums(m, ids, p.start, p.end, today);
    const [numerator, denominator] = await Promise.all([
      read(reading.numerator),
      reading.denominator === undefined ? null : read(reading.denominator),
    ]);
    return { numerator, denominator };
  }

  /** The definition's measures with the aggregation of each data element they name. */
  private async reading(def: IndicatorDefinition): Promise<Reading> {
    const aggregations = await new IndicatorRepository(this.deps.db).elementAggregations(elementsOf(def));
    const resolve = (m: Measure): MeasureQuery | null => {
      if (m.source !== 'datavalues') return m;
      const aggregation = aggregations.get(m.element);
      return aggregation ? { ...m, aggregation } : null;
    };
    return {
      numerator: resolve(def.numerator),
      denominator: def.denominator ? resolve(def.denominator) : undefined,
    };
  }

  /** A definition may only name data elements the catalogue holds (a typo would read as zero). */
  private async assertElementsKnown(def: IndicatorDefinition): Promise<void> {
    const known = await new IndicatorRepository(this.deps.db).elementAggregations(elementsOf(def));
    const fields = (['numerator', 'denominator'] as const).flatMap((side) => {
      const m = def[side];
      return m?.source === 'datavalues' && !known.has(m.element)
        ? [{ path: `${side}.element`, message: `no data element ${m.element}` }]
        : [];
    });
    if (fields.length > 0) throw validationError(fields);
  }
}

/** The data elements a definition reads. */
function elementsOf(def: IndicatorDefinition): string[] {
  return [def.numerator, def.denominator].flatMap((m) => (m?.source === 'datavalues' ? [m.element] : []));
}

/** Weighted sums and the value for one target unit. */
function evaluate(def: IndicatorDefinition, s: Sums, weights: Map<string, number>) {
  const weighted = (sums: UnitSums) => {
    let total = 0;
    for (const [id, n] of sums) total += n * (weights.get(id) ?? 0);
    // Weights like 1/3 leave binary noise; twelve decimals keep counts whole.
    return Math.round(total * 1e9) / 1e9;
  };
  const numerator = weighted(s.numerator);
  const denominator = s.denominator ? weighted(s.denominator) : null;
  return { numerator, denominator, value: indicatorValue(numerator, denominator, def.factor) };
}

/** Figures of a unit are for those whose jurisdiction holds it (the CLI sees everything). */
function assertMaySeeUnit(actor: Actor, unit: AdminUnitView): void {
  if (actor.kind === 'cli' || actor.kind === 'system') return;
  if (actor.kind === 'user' && inJurisdiction(jurisdictionOf(actor), unit.id)) return;
  throw new DomainError(
    'outside_jurisdiction',
    `Đơn vị ${unit.code} ngoài địa bàn của bạn / unit ${unit.code} is outside your jurisdiction`,
    {
      fields: [{ path: 'unit', message: 'outside your jurisdiction' }],
    },
  );
}
