import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SessionTable } from '../db/tables/session.ts';

export type SessionRow = Selectable<SessionTable>;

/** Server-side sessions, keyed by the SHA-256 of the cookie token. */
export class SessionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  findById(id: string): Promise<SessionRow | undefined> {
    return this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insert(session: Insertable<SessionTable>): Promise<void> {
    await this.db.insertInto('sessions').values(session).execute();
  }

  async touch(id: string, at: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
  }

  /** Deletes one session; the number of rows removed (0 when it was already gone). */
  async delete(id: string): Promise<number> {
    const r = await this.db.deleteFrom('sessions').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** Ends every session of the user except `keepId` (after a password change). */
  async deleteOthersOfUser(userId: string, keepId: string | null): Promise<number> {
    let q = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keepId) q = q.where('id', '!=', keepId);
    const r = await q.executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** Housekeeping: sessions past their absolute end or idle since before `idleCutoff`. */
  async deleteExpired(now: string, idleCutoff: string): Promise<number> {
    const r = await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleCutoff)]))
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async countOfUser(userId: string): Promise<number> {
    const r = await this.db
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }
}
