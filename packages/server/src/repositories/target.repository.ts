import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { TargetTable } from '../db/tables/target.ts';

// Targets (shared/DESIGN.md section 5.6): one row each; the figures they are judged by are the
// indicator engine's, never stored here.

export type TargetRow = Selectable<TargetTable>;

export class TargetRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Every target, the latest term first, then by indicator. */
  list(): Promise<TargetRow[]> {
    return this.db
      .selectFrom('targets')
      .selectAll()
      .orderBy('term_start_day', 'desc')
      .orderBy('indicator_code')
      .orderBy('id')
      .execute();
  }

  findById(id: string): Promise<TargetRow | undefined> {
    return this.db.selectFrom('targets').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insert(row: Insertable<TargetTable>): Promise<void> {
    await this.db.insertInto('targets').values(row).execute();
  }

  async update(provinceCode: string, id: string, patch: Updateable<TargetTable>): Promise<void> {
    await this.db
      .updateTable('targets')
      .set(patch)
      .where('province_code', '=', provinceCode)
      .where('id', '=', id)
      .execute();
  }

  async delete(provinceCode: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('targets')
      .where('province_code', '=', provinceCode)
      .where('id', '=', id)
      .execute();
  }
}
