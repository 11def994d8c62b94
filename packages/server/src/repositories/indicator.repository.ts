import type { Kysely } from 'kysely';
import type { Measure } from '@antt/shared';
import type { DB } from '../db/schema.ts';
import { chunks } from '../lib/chunks.ts';

// The sums behind every indicator, read from the rollups only (shared/DESIGN.md section 5.5),
// per administrative unit version so the service can carry old units to today's hierarchy.

export type UnitSums = Map<string, number>;

/** IN lists stay well under either dialect's bound-parameter limit. */
const UNIT_CHUNK = 5_000;

export class IndicatorRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The measure summed per unit version over [start, end] (occurrence or receipt days). */
  async sums(
    measure: Measure,
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
    m: Measure,
    ids: string[],
    start: number,
    end: number,
    today: number,
  ): Promise<{ unit: string; n: number }[]> {
    if (ids.length === 0) return Promise.resolve([]);
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
