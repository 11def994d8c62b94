import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { TipInformantTable } from '../db/tables/tip-informant.ts';

export type TipInformantRow = Selectable<TipInformantTable>;

/** Stores and reads vault values only: encryption and decryption happen in the service. */
export class TipInformantRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: Insertable<TipInformantTable>): Promise<void> {
    await this.db.insertInto('tip_informants').values(row).execute();
  }

  findByTip(tipId: string): Promise<TipInformantRow | undefined> {
    return this.db.selectFrom('tip_informants').selectAll().where('tip_id', '=', tipId).executeTakeFirst();
  }
}
