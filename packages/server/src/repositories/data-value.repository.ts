import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { DataValueTable } from '../db/tables/data-value.ts';
import { chunks } from '../lib/chunks.ts';

export type DataValueRow = Selectable<DataValueTable>;

/** One value's key: the unit version, the element and the period code. */
export type DataValueKey = { adminUnitId: string; element: string; period: string };

/** IN lists stay well under either dialect's bound-parameter limit. */
const CHUNK = 500;

/** Reported data values (shared/DESIGN.md section 5.4). SQL only; the service holds the rules. */
export class DataValueRepository {
  constructor(private readonly db: Kysely<DB>) {}

  find(key: DataValueKey): Promise<DataValueRow | undefined> {
    return this.db
      .selectFrom('data_values')
      .selectAll()
      .where('admin_unit_id', '=', key.adminUnitId)
      .where('element_code', '=', key.element)
      .where('period', '=', key.period)
      .executeTakeFirst();
  }

  /** The values of the given units and elements whose period starts inside [fromDay, toDay]. */
  async inRange(
    unitIds: readonly string[],
    elements: readonly string[],
    fromDay: number,
    toDay: number,
  ): Promise<DataValueRow[]> {
    if (unitIds.length === 0 || elements.length === 0) return [];
    const out: DataValueRow[] = [];
    for (const part of chunks(unitIds, CHUNK)) {
      out.push(
        ...(await this.db
          .selectFrom('data_values')
          .selectAll()
          .where('admin_unit_id', 'in', part)
          .where('element_code', 'in', elements)
          .where('start_day', '>=', fromDay)
          .where('start_day', '<=', toDay)
          .orderBy('start_day')
          .execute()),
      );
    }
    return out;
  }

  /** The unit's latest `limit` values of the element whose period starts before the day, newest first. */
  latestBefore(adminUnitId: string, element: string, day: number, limit: number): Promise<DataValueRow[]> {
    return this.db
      .selectFrom('data_values')
      .selectAll()
      .where('admin_unit_id', '=', adminUnitId)
      .where('element_code', '=', element)
      .where('start_day', '<', day)
      .orderBy('start_day', 'desc')
      .limit(limit)
      .execute();
  }

  /** The unit's earliest value of the element whose period starts after the day. */
  firstAfter(adminUnitId: string, element: string, day: number): Promise<DataValueRow | undefined> {
    return this.db
      .selectFrom('data_values')
      .selectAll()
      .where('admin_unit_id', '=', adminUnitId)
      .where('element_code', '=', element)
      .where('start_day', '>', day)
      .orderBy('start_day')
      .limit(1)
      .executeTakeFirst();
  }

  /** Values per unit and period among the elements, for the approval queue. */
  async countsByUnitAndPeriod(
    unitIds: readonly string[],
    elements: readonly string[],
    fromDay: number,
    toDay: number,
  ): Promise<{ admin_unit_id: string; period: string; n: number }[]> {
    if (unitIds.length === 0 || elements.length === 0) return [];
    const out: { admin_unit_id: string; period: string; n: number }[] = [];
    for (const part of chunks(unitIds, CHUNK)) {
      const rows = await this.db
        .selectFrom('data_values')
        .select((eb) => ['admin_unit_id', 'period', eb.fn.countAll<number>().as('n')])
        .where('admin_unit_id', 'in', part)
        .where('element_code', 'in', elements)
        .where('start_day', '>=', fromDay)
        .where('start_day', '<=', toDay)
        .groupBy(['admin_unit_id', 'period'])
        .execute();
      out.push(...rows.map((r) => ({ ...r, n: Number(r.n) })));
    }
    return out;
  }

  async insert(row: Insertable<DataValueTable>): Promise<void> {
    await this.db.insertInto('data_values').values(row).execute();
  }

  /** Writes a new value over the version the writer read; false when someone changed it meanwhile. */
  async updateIfVersion(
    key: DataValueKey,
    expectedVersion: number,
    change: Pick<DataValueRow, 'value' | 'comment' | 'version' | 'op_id' | 'updated_at' | 'updated_by'>,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('data_values')
      .set(change)
      .where('admin_unit_id', '=', key.adminUnitId)
      .where('element_code', '=', key.element)
      .where('period', '=', key.period)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Records the offline change that confirmed the stored value, without a new version. */
  async setOpId(key: DataValueKey, opId: string): Promise<void> {
    await this.db
      .updateTable('data_values')
      .set({ op_id: opId })
      .where('admin_unit_id', '=', key.adminUnitId)
      .where('element_code', '=', key.element)
      .where('period', '=', key.period)
      .execute();
  }

  async deleteIfVersion(key: DataValueKey, expectedVersion: number): Promise<boolean> {
    const result = await this.db
      .deleteFrom('data_values')
      .where('admin_unit_id', '=', key.adminUnitId)
      .where('element_code', '=', key.element)
      .where('period', '=', key.period)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }
}
