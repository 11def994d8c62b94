import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Small facts about this installation (e.g. when the demo seed ran). */
export class AppMetaRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async get(key: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('app_meta')
      .select('value')
      .where('key', '=', key)
      .executeTakeFirst();
    return row?.value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.db
      .insertInto('app_meta')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  /** True when no police unit and no user exist yet: a database nobody has set up. */
  async isUnconfigured(): Promise<boolean> {
    const units = await this.db.selectFrom('police_units').select('id').limit(1).executeTakeFirst();
    const users = await this.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    return !units && !users;
  }
}
