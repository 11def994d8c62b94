import { sql, type Kysely } from 'kysely';

// The administrator's edits of the holiday calendar (shared/DESIGN.md section 5.2): one row per
// day that the administrator declared a day off or a working day, overriding the computed
// defaults and the official decisions shipped in data/holidays/. Days are integer YYYYMMDD in
// Vietnam; updated_by is the actor's label (username, or cli:<operator>).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('holidays')
    .addColumn('day', 'integer', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('day_off', 'working_day')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migration 0003-holidays is forward-only');
}
