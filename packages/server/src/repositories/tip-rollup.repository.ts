import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { TipRollupTable } from '../db/tables/tip-rollup.ts';
import type { TipRow } from './tip.repository.ts';

// The tip rollup (db/migrations/0007-tip-rollups.ts), written like the incident rollups: a
// change adds the old state's contribution with a minus sign and the new one's with a plus.

export type TipRollupRow = Selectable<TipRollupTable>;
type Key = Omit<TipRollupRow, 'tips'>;

/** The rollup key a tip in this state counts under. */
export function tipRollupKey(
  tip: Pick<
    TipRow,
    | 'province_code'
    | 'received_day'
    | 'area_admin_unit_id'
    | 'category'
    | 'status'
    | 'decision_day'
    | 'limit_last_day'
  >,
): Key {
  const decided = tip.status === 'decided';
  const decidedDay = decided ? (tip.decision_day ?? 0) : 0;
  return {
    province_code: tip.province_code,
    received_day: tip.received_day,
    admin_unit_id: tip.area_admin_unit_id,
    category: tip.category,
    decided_day: decidedDay,
    // Decided before any decision limit ran (e.g. merged as a duplicate) counts as on time.
    on_time: decided && (tip.limit_last_day === null || decidedDay <= tip.limit_last_day) ? 1 : 0,
  };
}

const KEY_COLUMNS = [
  'province_code',
  'received_day',
  'admin_unit_id',
  'category',
  'decided_day',
  'on_time',
] as const;

export class TipRollupRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Moves one tip from its old state's key to its new one's (either may be null). */
  async move(before: Key | null, after: Key | null): Promise<void> {
    if (before && after && KEY_COLUMNS.every((k) => before[k] === after[k])) return;
    if (after) {
      await this.db
        .insertInto('tip_rollups')
        .values({ ...after, tips: 1 })
        .onConflict((oc) => oc.columns([...KEY_COLUMNS]).doUpdateSet({ tips: sql`tip_rollups.tips + 1` }))
        .execute();
    }
    if (before) {
      let q = this.db.updateTable('tip_rollups').set({ tips: sql`tips - 1` });
      for (const k of KEY_COLUMNS) q = q.where(k, '=', before[k]);
      await q.execute();
      let d = this.db.deleteFrom('tip_rollups').where('tips', '=', 0);
      for (const k of KEY_COLUMNS) d = d.where(k, '=', before[k]);
      await d.execute();
    }
  }

  stored(): Promise<TipRollupRow[]> {
    return this.db.selectFrom('tip_rollups').selectAll().execute();
  }

  /** The rollup recounted from the tips themselves (compare with stored() by key). */
  async recount(): Promise<TipRollupRow[]> {
    const tips = await this.db
      .selectFrom('tips')
      .select([
        'province_code',
        'received_day',
        'area_admin_unit_id',
        'category',
        'status',
        'decision_day',
        'limit_last_day',
      ])
      .execute();
    const counts = new Map<string, TipRollupRow>();
    for (const t of tips) {
      const key = tipRollupKey(t);
      const k = JSON.stringify(KEY_COLUMNS.map((c) => key[c]));
      const row = counts.get(k) ?? { ...key, tips: 0 };
      row.tips += 1;
      counts.set(k, row);
    }
    return [...counts.values()];
  }
}
