import { sql, type Kysely } from 'kysely';

// Aggregate data and campaigns (shared/DESIGN.md section 5.4). Elements and data sets are small
// catalogues (Citus reference tables); data values and approvals are facts keyed by the
// province first, so they can be distributed by province_code. A value's version rises with
// every change and op_id names the offline change that made it, so a replayed sync is applied
// once. Lists are written out here, not imported, so this migration never changes after release.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('data_elements')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('short_vi', 'text', (c) => c.notNull())
    .addColumn('short_en', 'text', (c) => c.notNull())
    .addColumn('value_type', 'text', (c) => c.notNull().check(sqlIn('value_type', ['integer', 'number'])))
    .addColumn('aggregation', 'text', (c) => c.notNull().check(sqlIn('aggregation', ['sum', 'last'])))
    .addColumn('cumulative', 'integer', (c) => c.notNull())
    .addColumn('min_value', 'double precision')
    .addColumn('max_value', 'double precision')
    .addColumn('description_vi', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sqlIn('source', ['shipped', 'admin'])))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('data_sets')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('period_type', 'text', (c) =>
      c.notNull().check(sqlIn('period_type', ['day', 'week', 'month'])),
    )
    .addColumn('reporting_level', 'text', (c) =>
      c.notNull().check(sqlIn('reporting_level', ['commune', 'district', 'province'])),
    )
    .addColumn('source', 'text', (c) => c.notNull().check(sqlIn('source', ['shipped', 'admin'])))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('data_set_elements')
    .addColumn('data_set_code', 'text', (c) => c.notNull().references('data_sets.code'))
    .addColumn('element_code', 'text', (c) => c.notNull().references('data_elements.code'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('data_set_elements_pkey', ['data_set_code', 'element_code'])
    .execute();

  await db.schema
    .createTable('data_values')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('admin_unit_id', 'text', (c) => c.notNull())
    .addColumn('element_code', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('start_day', 'integer', (c) => c.notNull())
    .addColumn('end_day', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('op_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('data_values_pkey', ['province_code', 'admin_unit_id', 'element_code', 'period'])
    .execute();
  // Indicators and campaigns read one element over many units: a range of days per unit (flows)
  // or the latest day on or before a date per unit (running totals); both seek on this index.
  await db.schema
    .createIndex('data_values_element_unit_day_idx')
    .on('data_values')
    .columns(['element_code', 'admin_unit_id', 'end_day'])
    .execute();

  await db.schema
    .createTable('data_approvals')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('data_set_code', 'text', (c) => c.notNull())
    .addColumn('admin_unit_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('start_day', 'integer', (c) => c.notNull())
    .addColumn('end_day', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sqlIn('state', ['submitted', 'approved', 'returned'])),
    )
    .addColumn('comment', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('data_approvals_pkey', [
      'province_code',
      'data_set_code',
      'admin_unit_id',
      'period',
    ])
    .execute();

  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('data_set_code', 'text', (c) => c.notNull())
    .addColumn('admin_unit_id', 'text', (c) => c.notNull())
    .addColumn('start_day', 'integer', (c) => c.notNull())
    .addColumn('end_day', 'integer', (c) => c.notNull())
    .addColumn('population_element', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaigns_pkey', ['province_code', 'id'])
    .execute();
  await db.schema.createIndex('campaigns_id_idx').on('campaigns').column('id').execute();

  await db.schema
    .createTable('campaign_elements')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('element_code', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('target_rate', 'double precision')
    .addPrimaryKeyConstraint('campaign_elements_pkey', ['province_code', 'campaign_id', 'element_code'])
    .execute();

  await db.schema
    .createTable('campaign_targets')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('element_code', 'text', (c) => c.notNull())
    .addColumn('admin_unit_id', 'text', (c) => c.notNull())
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_targets_pkey', [
      'province_code',
      'campaign_id',
      'element_code',
      'admin_unit_id',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'campaign_targets',
    'campaign_elements',
    'campaigns',
    'data_approvals',
    'data_values',
    'data_set_elements',
    'data_sets',
    'data_elements',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
