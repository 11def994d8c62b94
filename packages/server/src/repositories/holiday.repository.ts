import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { HolidayTable } from '../db/tables/holiday.ts';

export type HolidayRow = Selectable<HolidayTable>;

/** The administrator's edits of the holiday calendar. */
export class HolidayRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Edits of the days fromDay..toDay inclusive, in day order. */
  listBetween(fromDay: number, toDay: number): Promise<HolidayRow[]> {
    return this.db
      .selectFrom('holidays')
      .selectAll()
      .where('day', '>=', fromDay)
      .where('day', '<=', toDay)
      .orderBy('day')
      .execute();
  }

  find(day: number): Promise<HolidayRow | undefined> {
    return this.db.selectFrom('holidays').selectAll().where('day', '=', day).executeTakeFirst();
  }

  async upsert(row: HolidayRow): Promise<void> {
    const { kind, name, source, updated_at, updated_by } = row;
    await this.db
      .insertInto('holidays')
      .values(row)
      .onConflict((oc) => oc.column('day').doUpdateSet({ kind, name, source, updated_at, updated_by }))
      .execute();
  }

  /** Removes the edit of a day; true when there was one. */
  async delete(day: number): Promise<boolean> {
    const result = await this.db.deleteFrom('holidays').where('day', '=', day).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
