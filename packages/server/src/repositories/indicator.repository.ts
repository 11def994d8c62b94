import type { Kysely } from 'kysely';
import type { DataAggregation, Measure } from '@antt/shared';
import type { DB } from '../db/schema.ts';
import { chunks } from '../lib/chunks.ts';

// The sums behind every indicator, read from the rollups and the reported data values
// (shared/DESIGN.md sections 5.4 and 5.5), per administrative unit version so the service can
// carry old units to today's hierarchy.

export type UnitSums = Map<string, number>;

type DataValuesMeasure = Extract<Measure, { source: 'datavalues' }>;

/** A measure ready to be read: a data-values one carries its element's aggregation. */
export type MeasureQuery =
  Exclude<Measure, { source: 'datavalues' }> | (DataValuesMeasure & { aggregation: DataAggregation });

/** IN lists stay well under either dialect's bound-parameter limit. */
const UNIT_CHUNK = 5_000;

export class IndicatorRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The measure summed per unit version over [start, end] (occurrence or receipt days). */
  async sums(
    measure: MeasureQuery,
    unitIds: readonly string[],
    start: number,
    end: number,
    today: number,
  ): Promise<UnitSums> {
    const out: UnitSums = new Map();
    for (const part of chunks(unitIds, UNIT_CHUNK)) {
      const rows = await this.sumsOf(measure, part, start, end, today);
      for (const r of rows) out.set(r.unit, (out.get(r.unit) ?? 0) + Number(r.n));
    }
    return out;
  }

  private sumsOf(
    m: MeasureQuery,
    ids: string[],
    start: number,
    end: number,
    today: number,
  ): Promise<{ unit: string; n: number }[]> {
    if (ids.length === 0) return Promise.resolve([]);
    if (m.source === 'datavalues') {
      return m.aggregation === 'sum'
        ? this.flowSums(m.element, ids, start, end)
        : this.latestValues(m.element, ids, end);
    }
    if (m.source === 'incidents' && m.measure === 'cleared') {
      let q = this.db
        .selectFrom('incident_clearance_rollups')
        .select((eb) => ['admin_unit_id as unit', eb.fn.sum<number>('incidents').as('n')])
        .where('admin_unit_id', 'in', ids)
        .where('occurred_day', '>=', start)
        .where('occurred_day', '<=', end)
        // Cleared by the last day of the period: a later clearance does not count for it.
        .where('cleared_day', '<=', end)
        .where('type', 'in', m.types);
      if (m.categories) q = q.where('category', 'in', m.categories);
      if (m.seriousness) q = q.where('seriousness', 'in', m.seriousness);
      return q.groupBy('admin_unit_id').execute();
    }
    if (m.source === 'incidents') {
      const column = m.measure;
      let q = this.db
        .selectFrom('incident_rollups')
        .select((eb) => ['admin_unit_id as unit', eb.fn.sum<number>(column).as('n')])
        .where('admin_unit_id', 'in', ids)
        .where('day', '>=', start)
        .where('day', '<=', end)
        .where('type', 'in', m.types);
      if (m.categories) q = q.where('category', 'in', m.categories);
      if (m.seriousness) q = q.where('seriousness', 'in', m.seriousness);
      return q.groupBy('admin_unit_id').execute();
    }
    if (m.measure === 'overdue_now') {
      // A snapshot of today, not of the period: open tips whose limit has passed.
      let q = this.db
        .selectFrom('tips')
        .select((eb) => ['area_admin_unit_id as unit', eb.fn.countAll<number>().as('n')])
        .where('area_admin_unit_id', 'in', ids)
        .where('status', 'in', ['received', 'verifying'])
        .where('due_day', '<', today);
      if (m.categories) q = q.where('category', 'in', m.categories as never[]);
      return q.groupBy('area_admin_unit_id').execute();
    }
    let q = this.db
      .selectFrom('tip_rollups')
      .select((eb) => ['admin_unit_id as unit', eb.fn.sum<number>('tips').as('n')])
      .where('admin_unit_id', 'in', ids)
      .where('received_day', '>=', start)
      .where('received_day', '<=', end);
    if (m.categories) q = q.where('category', 'in', m.categories);
    if (m.measure === 'resolved' || m.measure === 'resolved_on_time') {
      q = q.where('decided_day', '>=', 1).where('decided_day', '<=', end);
    }
    if (m.measure === 'resolved_on_time') q = q.where('on_time', '=', 1);
    return q.groupBy('admin_unit_id').execute();
  }

  /** A flow: the values of the reporting periods that lie wholly inside [start, end]. */
  private flowSums(element: string, ids: string[], start: number, end: number) {
    return this.db
      .selectFrom('data_values')
      .select((eb) => ['admin_unit_id as unit', eb.fn.sum<number>('value').as('n')])
      .where('element_code', '=', element)
      .where('admin_unit_id', 'in', ids)
      .where('start_day', '>=', start)
      .where('end_day', '<=', end)
      .groupBy('admin_unit_id')
      .execute();
  }

  /**
   * A running total or a stock: per unit version, the value of its latest reporting period
   * ending on or before `end`, however long ago. Only versions in force on `end` count — after
   * a merger the new commune reports the whole stock, and the old communes' last figures would
   * count it twice.
   */
  private latestValues(element: string, ids: string[], end: number) {
    const ranked = this.db
      .selectFrom('data_values as v')
      .innerJoin('admin_units as u', 'u.id', 'v.admin_unit_id')
      .select((eb) => [
        'v.admin_unit_id as unit',
        'v.value as n',
        // The latest period first; of two ending the same day, the shorter (the more recent start).
        eb.fn
          .agg<number>('row_number')
          .over((ob) =>
            ob
              .partitionBy('v.admin_unit_id')
              .orderBy('v.end_day', 'desc')
              .orderBy('v.start_day', 'desc')
              .orderBy('v.period', 'desc'),
          )
          .as('rank'),
      ])
      .where('v.element_code', '=', element)
      .where('v.admin_unit_id', 'in', ids)
      .where('v.end_day', '<=', end)
      .where('u.valid_from', '<=', end)
      .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>=', end)]));
    return this.db.selectFrom(ranked.as('r')).select(['r.unit', 'r.n']).where('r.rank', '=', 1).execute();
  }

  /** How each named element adds up; an element not in the catalogue is left out. */
  async elementAggregations(codes: readonly string[]): Promise<Map<string, DataAggregation>> {
    if (codes.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('data_elements')
      .select(['code', 'aggregation'])
      .where('code', 'in', [...codes])
      .execute();
    return new Map(rows.map((r) => [r.code, r.aggregation]));
  }

  listOverrides() {
    return this.db.selectFrom('indicators').selectAll().orderBy('code').execute();
  }

  async saveOverride(code: string, definition: string, at: string, by: string): Promise<void> {
    await this.db
      .insertInto('indicators')
      .values({ code, definition, changed_at: at, changed_by: by })
      .onConflict((oc) => oc.column('code').doUpdateSet({ definition, changed_at: at, changed_by: by }))
      .execute();
  }
}
