import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { AuthThrottleTable } from '../db/tables/auth-throttle.ts';

export type AuthThrottleRow = Selectable<AuthThrottleTable>;

/** Failed sign-in counters per key ("user:<id>" or "addr:<keyed hash>"). */
export class AuthThrottleRepository {
  constructor(private readonly db: Kysely<DB>) {}

  find(key: string): Promise<AuthThrottleRow | undefined> {
    return this.db.selectFrom('auth_throttles').selectAll().where('key', '=', key).executeTakeFirst();
  }

  /**
   * Counts one failure in a single statement (an upsert), so two failures arriving together
   * on PostgreSQL are both counted. With `windowStartedBefore`, a counter whose window began
   * before that instant starts again at 1; without it the counter only grows (consecutive
   * failures, reset by a success).
   */
  recordFailure(key: string, now: string, windowStartedBefore?: string): Promise<AuthThrottleRow> {
    return this.db
      .insertInto('auth_throttles')
      .values({ key, failures: 1, window_started_at: now, locked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => {
          if (!windowStartedBefore) return { failures: eb('auth_throttles.failures', '+', 1) };
          const windowOver = eb('auth_throttles.window_started_at', '<', windowStartedBefore);
          return {
            failures: eb
              .case()
              .when(windowOver)
              .then(1)
              .else(eb('auth_throttles.failures', '+', 1))
              .end(),
            window_started_at: eb
              .case()
              .when(windowOver)
              .then(now)
              .else(eb.ref('auth_throttles.window_started_at'))
              .end(),
          };
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Locks the key until the given instant and starts its count again. */
  async lock(key: string, until: string, now: string): Promise<void> {
    await this.db
      .updateTable('auth_throttles')
      .set({ locked_until: until, failures: 0, window_started_at: now })
      .where('key', '=', key)
      .execute();
  }

  async clear(key: string): Promise<number> {
    const r = await this.db.deleteFrom('auth_throttles').where('key', '=', key).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /**
   * Housekeeping: windowed counters (keys starting with `prefix`) whose window and lock are
   * both over. Consecutive counters are never swept: only a success or an unlock ends them.
   */
  async deleteStale(prefix: string, windowStartedBefore: string, now: string): Promise<void> {
    await this.db
      .deleteFrom('auth_throttles')
      .where('key', 'like', `${prefix}%`)
      .where('window_started_at', '<', windowStartedBefore)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
      .execute();
  }
}
