import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { AlertTable, NotificationOutboxTable } from '../db/tables/alert.ts';

export type AlertRow = Selectable<AlertTable>;
export type AlertViewRow = AlertRow & {
  tip_reg_no: number;
  tip_reg_year: number;
  tip_category: string;
};

export class AlertRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Inserts the alert unless the same one (user, tip, kind, last day) exists; true when inserted. */
  async insertOnce(row: Insertable<AlertTable>): Promise<boolean> {
    const result = await this.db
      .insertInto('alerts')
      .values(row)
      .onConflict((oc) => oc.columns(['province_code', 'user_id', 'tip_id', 'kind', 'due_day']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  listForUser(userId: string, options: { unreadOnly: boolean; limit: number }): Promise<AlertViewRow[]> {
    let q = this.db
      .selectFrom('alerts')
      .innerJoin('tips', (j) =>
        j.onRef('tips.province_code', '=', 'alerts.province_code').onRef('tips.id', '=', 'alerts.tip_id'),
      )
      .selectAll('alerts')
      .select(['tips.reg_no as tip_reg_no', 'tips.reg_year as tip_reg_year', 'tips.category as tip_category'])
      .where('alerts.user_id', '=', userId);
    if (options.unreadOnly) q = q.where('alerts.read_at', 'is', null);
    return q.orderBy('alerts.created_at', 'desc').orderBy('alerts.id', 'desc').limit(options.limit).execute();
  }

  async unreadCount(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('alerts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  findById(id: string): Promise<AlertRow | undefined> {
    return this.db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async markRead(id: string, at: string): Promise<void> {
    await this.db
      .updateTable('alerts')
      .set({ read_at: at })
      .where('id', '=', id)
      .where('read_at', 'is', null)
      .execute();
  }

  async enqueue(row: Insertable<NotificationOutboxTable>): Promise<void> {
    await this.db.insertInto('notification_outbox').values(row).execute();
  }
}
