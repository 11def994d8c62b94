import { sql, type Kysely } from 'kysely';

// Targets (shared/DESIGN.md section 5.6): a resolution's target for an indicator over a unit
// and a term. Keyed by the province first like every fact table, so it can be distributed by
// province_code; the id alone is indexed for lookups by id.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('targets')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('indicator_code', 'text', (c) => c.notNull())
    .addColumn('admin_unit_id', 'text', (c) => c.notNull())
    .addColumn('baseline_period', 'text')
    .addColumn('baseline_value', 'double precision')
    .addColumn('target_value', 'double precision', (c) => c.notNull())
    .addColumn('direction', 'text', (c) =>
      c.notNull().check(sql`direction in ('at_least', 'at_most', 'reduce_by_percent')`),
    )
    .addColumn('term_period', 'text')
    .addColumn('term_start_day', 'integer', (c) => c.notNull())
    .addColumn('term_end_day', 'integer', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('source', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('targets_pkey', ['province_code', 'id'])
    .addCheckConstraint('targets_term_check', sql`term_start_day <= term_end_day`)
    .execute();
  await db.schema.createIndex('targets_id_idx').on('targets').column('id').execute();
  await db.schema
    .createIndex('targets_unit_idx')
    .on('targets')
    .columns(['admin_unit_id', 'term_start_day'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('targets').execute();
}
