import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { assertRegistered, type EncryptedColumn } from '../vault/encrypted-columns.ts';

// Reads and rewrites the values of the registered encrypted columns, whichever table they are
// in. Table and column names come from the registry only (checked on every call) and reach the
// SQL as identifiers through Kysely's dynamic references; values are always bound parameters.

/** Any table seen as text columns: enough for an id and an encrypted value. */
type LooseDB = Record<string, Record<string, string | null>>;

export type StoredValue = { id: string; value: string };

export class VaultRepository {
  private readonly db: Kysely<LooseDB>;

  constructor(db: Kysely<DB>) {
    this.db = db as unknown as Kysely<LooseDB>;
  }

  /** Rows whose value does not start with `skipPrefix`, in id order, after `afterId`. */
  async page(
    column: EncryptedColumn,
    skipPrefix: string,
    afterId: string,
    limit: number,
  ): Promise<StoredValue[]> {
    assertRegistered(column);
    const { ref } = this.db.dynamic;
    const rows = await this.db
      .selectFrom(column.table)
      .select([ref(column.idColumn), ref(column.column)])
      .where(ref(column.column), 'is not', null)
      .where(ref(column.column), 'not like', `${skipPrefix}%`)
      .where(ref(column.idColumn), '>', afterId)
      .orderBy(ref(column.idColumn))
      .limit(limit)
      .execute();
    return rows.map((row) => {
      const r = row as Record<string, unknown>;
      return { id: String(r[column.idColumn]), value: String(r[column.column]) };
    });
  }

  /**
   * Replaces one value, only if it is still the one read (a concurrent change wins, and was
   * written with the current key anyway). Returns whether the row was updated.
   */
  async replace(column: EncryptedColumn, id: string, from: string, to: string): Promise<boolean> {
    assertRegistered(column);
    const { ref } = this.db.dynamic;
    const result = await this.db
      .updateTable(column.table)
      .set({ [column.column]: to })
      .where(ref(column.idColumn), '=', id)
      .where(ref(column.column), '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Values present (not null) in the column. */
  count(column: EncryptedColumn): Promise<number> {
    return this.countWhere(column, null);
  }

  /** Values matching a LIKE pattern, e.g. "v2:%" for those encrypted with key version 2. */
  countMatching(column: EncryptedColumn, pattern: string): Promise<number> {
    return this.countWhere(column, pattern);
  }

  private async countWhere(column: EncryptedColumn, pattern: string | null): Promise<number> {
    assertRegistered(column);
    const { ref } = this.db.dynamic;
    let q = this.db
      .selectFrom(column.table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(ref(column.column), 'is not', null);
    if (pattern !== null) q = q.where(ref(column.column), 'like', pattern);
    const r = await q.executeTakeFirst();
    return Number(r?.n ?? 0);
  }
}
