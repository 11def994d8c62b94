import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { TipMessageTable } from '../db/tables/tip-message.ts';

export type TipMessageRow = Selectable<TipMessageTable>;
export type TipMessageViewRow = TipMessageRow & {
  author_username: string | null;
  author_display_name: string | null;
};

export class TipMessageRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: Insertable<TipMessageTable>): Promise<void> {
    await this.db.insertInto('tip_messages').values(row).execute();
  }

  /** The conversation of a tip, oldest first, with the authors' names (for staff only). */
  listForTip(tipId: string): Promise<TipMessageViewRow[]> {
    return this.db
      .selectFrom('tip_messages')
      .leftJoin('users', 'users.id', 'tip_messages.author_user_id')
      .selectAll('tip_messages')
      .select(['users.username as author_username', 'users.display_name as author_display_name'])
      .where('tip_messages.tip_id', '=', tipId)
      .orderBy('tip_messages.at')
      .orderBy('tip_messages.id')
      .execute();
  }
}
