import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { AuditLogTable } from '../db/tables/audit-log.ts';

export type AuditRow = Selectable<AuditLogTable>;

export class AuditRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Reads and locks the chain head: concurrent appends on PostgreSQL wait here in turn. */
  async lockHead(): Promise<{ last_seq: number; last_hash: string }> {
    // An UPDATE takes the row lock on PostgreSQL (SQLite serialises writers anyway).
    await this.db.updateTable('audit_head').set({ id: 1 }).where('id', '=', 1).execute();
    return this.db
      .selectFrom('audit_head')
      .select(['last_seq', 'last_hash'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
  }

  async append(row: AuditRow): Promise<void> {
    await this.db.insertInto('audit_log').values(row).execute();
    await this.db
      .updateTable('audit_head')
      .set({ last_seq: row.seq, last_hash: row.hash })
      .where('id', '=', 1)
      .execute();
  }

  async head(): Promise<{ last_seq: number; last_hash: string }> {
    return this.db
      .selectFrom('audit_head')
      .select(['last_seq', 'last_hash'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
  }

  /** Rows in chain order, a page at a time, so verifying a long chain needs little memory. */
  async pageAfter(seq: number, limit: number): Promise<AuditRow[]> {
    return this.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', seq)
      .orderBy('seq')
      .limit(limit)
      .execute();
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  /** A filtered page for the audit screen (newest first). */
  async list(filter: {
    adminUnitIds: string[] | null;
    provinceCodes: string[] | null;
    entityType?: string;
    limit: number;
    beforeSeq?: number;
  }): Promise<AuditRow[]> {
    let q = this.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(filter.limit);
    if (filter.beforeSeq !== undefined) q = q.where('seq', '<', filter.beforeSeq);
    if (filter.entityType) q = q.where('entity_type', '=', filter.entityType);
    if (filter.provinceCodes)
      q = q.where('province_code', 'in', filter.provinceCodes.length ? filter.provinceCodes : ['']);
    if (filter.adminUnitIds)
      q = q.where('admin_unit_id', 'in', filter.adminUnitIds.length ? filter.adminUnitIds : ['']);
    return q.execute();
  }
}
