import type { Kysely } from 'kysely';

// Indicator definitions an administrator has changed or added (shared/DESIGN.md section 5.5).
// The shipped catalogue lives in code (packages/shared indicator-catalogue.ts); a row here with
// the same code replaces it, so a changed target survives upgrades.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('indicators')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('indicators').execute();
}
