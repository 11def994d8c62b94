import { sql, type Kysely } from 'kysely';

// Periodic reports (shared/DESIGN.md section 5.6): a generated report with the header and the
// snapshot of the figures it was built from, and its narrative sections kept as versions (every
// edit is a new row; the highest version is the one printed). Keyed by the province first like
// every fact table.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) =>
      c.notNull().check(sql`type in ('interim', 'final', 'monthly', 'quarterly', 'half_year', 'yearly')`),
    )
    .addColumn('admin_unit_id', 'text', (c) => c.notNull())
    .addColumn('from_day', 'integer', (c) => c.notNull())
    .addColumn('to_day', 'integer', (c) => c.notNull())
    .addColumn('hierarchy_day', 'integer', (c) => c.notNull())
    .addColumn('header', 'text', (c) => c.notNull())
    .addColumn('data_snapshot', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reports_pkey', ['province_code', 'id'])
    .addCheckConstraint('reports_period_check', sql`from_day <= to_day`)
    .execute();
  await db.schema.createIndex('reports_id_idx').on('reports').column('id').execute();
  await db.schema
    .createIndex('reports_unit_idx')
    .on('reports')
    .columns(['admin_unit_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('report_sections')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) =>
      c.notNull().check(sql`key in ('results', 'shortcomings', 'causes', 'solutions')`),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('edited_by', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_sections_pkey', ['province_code', 'report_id', 'key', 'version'])
    .addForeignKeyConstraint('report_sections_report_fkey', ['province_code', 'report_id'], 'reports', [
      'province_code',
      'id',
    ])
    .addCheckConstraint('report_sections_version_check', sql`version >= 1`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('report_sections').execute();
  await db.schema.dropTable('reports').execute();
}
