import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { TipEventTable } from '../db/tables/tip-event.ts';

export type TipEventRow = Selectable<TipEventTable>;

export class TipEventRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: Insertable<TipEventTable>): Promise<void> {
    await this.db.insertInto('tip_events').values(row).execute();
  }

  /** A tip's timeline, oldest first; `publicOnly` for the citizen view. */
  listForTip(tipId: string, publicOnly = false): Promise<TipEventRow[]> {
    let q = this.db.selectFrom('tip_events').selectAll().where('tip_id', '=', tipId);
    if (publicOnly) q = q.where('public', '=', 1);
    return q.orderBy('at').orderBy('id').execute();
  }
}
