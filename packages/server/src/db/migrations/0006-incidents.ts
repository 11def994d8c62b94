import { sql, type Kysely } from 'kysely';

// The incident register (shared/DESIGN.md section 5.3): one table with typed detail columns per
// incident type, its history, its catalogues (categories and Penal Code clauses, versioned by
// validity dates like the units) and two rollups kept in the same transaction as every write:
// per occurrence day × commune × type × category × seriousness, and the clearance rollup that
// adds the clearance day, so "cleared by the end of the period" is exact for any period.
// Lists are written out here, not imported, so this migration never changes after release.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incident_categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) =>
      c.notNull().check(sqlIn('type', ['crime', 'traffic_accident', 'fire', 'social_vice'])),
    )
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_vi', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'integer', (c) => c.notNull())
    .addColumn('valid_to', 'integer')
    .addColumn('source', 'text', (c) => c.notNull().check(sqlIn('source', ['shipped', 'admin'])))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('incident_categories_code_from_key', ['code', 'valid_from'])
    .execute();

  await db.schema
    .createTable('penal_code_clauses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article', 'integer', (c) => c.notNull())
    .addColumn('clause', 'integer', (c) => c.notNull())
    .addColumn('chapter', 'text', (c) => c.notNull())
    .addColumn('title_vi', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('crime_group', 'text', (c) =>
      c
        .notNull()
        .check(
          sqlIn('crime_group', ['social_order', 'economic', 'drugs', 'environment', 'high_tech', 'other']),
        ),
    )
    .addColumn('max_penalty', 'text', (c) =>
      c.notNull().check(sqlIn('max_penalty', ['fine', 'non_custodial', 'prison', 'life', 'death'])),
    )
    .addColumn('max_prison_years', 'double precision')
    .addColumn('seriousness', 'text', (c) => c.notNull().check(sqlIn('seriousness', SERIOUSNESS)))
    .addColumn('valid_from', 'integer', (c) => c.notNull())
    .addColumn('valid_to', 'integer')
    .addColumn('source', 'text', (c) => c.notNull().check(sqlIn('source', ['shipped', 'admin'])))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('penal_code_clauses_key', ['article', 'clause', 'valid_from'])
    .execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) =>
      c.notNull().check(sqlIn('type', ['crime', 'traffic_accident', 'fire', 'social_vice'])),
    )
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('seriousness', 'text', (c) => c.check(sqlIn('seriousness', SERIOUSNESS)))
    .addColumn('crime_article', 'integer')
    .addColumn('crime_clause', 'integer')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('occurred_day', 'integer', (c) => c.notNull())
    .addColumn('admin_unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('address', 'text')
    .addColumn('lon', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('reporting_unit_id', 'text', (c) => c.notNull().references('police_units.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sqlIn('status', ['open', 'investigating', 'suspended', 'closed'])),
    )
    .addColumn('cleared', 'integer', (c) => c.notNull().check(sql`cleared in (0, 1)`))
    .addColumn('cleared_day', 'integer')
    .addColumn('tip_id', 'text')
    .addColumn('external_ref', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('deaths', 'integer', (c) => c.check(sql`deaths >= 0`))
    .addColumn('injuries', 'integer', (c) => c.check(sql`injuries >= 0`))
    .addColumn('vehicles', 'integer', (c) => c.check(sql`vehicles >= 0`))
    .addColumn('road', 'text')
    .addColumn('damage_vnd', 'bigint', (c) => c.check(sql`damage_vnd >= 0`))
    .addColumn('fire_cause', 'text')
    .addColumn('site_name', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incidents_pkey', ['province_code', 'id'])
    // The unit's own reference is how a re-import finds the row to update.
    .addUniqueConstraint('incidents_external_ref_key', ['province_code', 'external_ref'])
    // A cleared incident has its day, on or after the day it happened; others have none.
    .addCheckConstraint(
      'incidents_cleared_day_check',
      sql`(cleared = 1 and cleared_day is not null and cleared_day >= occurred_day) or (cleared = 0 and cleared_day is null)`,
    )
    .addCheckConstraint(
      'incidents_crime_check',
      sql`(type = 'crime') = (crime_article is not null and crime_clause is not null and seriousness is not null)`,
    )
    .execute();
  await db.schema.createIndex('incidents_id_idx').on('incidents').column('id').execute();
  await db.schema
    .createIndex('incidents_day_idx')
    .on('incidents')
    .columns(['province_code', 'occurred_day'])
    .execute();
  await db.schema
    .createIndex('incidents_unit_day_idx')
    .on('incidents')
    .columns(['admin_unit_id', 'occurred_day'])
    .execute();
  await db.schema.createIndex('incidents_tip_idx').on('incidents').column('tip_id').execute();

  await db.schema
    .createTable('incident_events')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('changes', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_events_pkey', ['province_code', 'id'])
    .execute();
  await db.schema
    .createIndex('incident_events_incident_idx')
    .on('incident_events')
    .columns(['incident_id', 'at'])
    .execute();

  const rollupDimensions = ['province_code', 'admin_unit_id', 'type', 'category', 'seriousness'] as const;
  await db.schema
    .createTable('incident_rollups')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('admin_unit_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    // '' for incidents that are not crimes: a key column cannot hold NULL.
    .addColumn('seriousness', 'text', (c) => c.notNull())
    .addColumn('incidents', 'integer', (c) => c.notNull())
    .addColumn('cleared', 'integer', (c) => c.notNull())
    .addColumn('deaths', 'integer', (c) => c.notNull())
    .addColumn('injuries', 'integer', (c) => c.notNull())
    .addColumn('damage_vnd', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_rollups_pkey', ['province_code', 'day', ...rollupDimensions.slice(1)])
    .execute();
  await db.schema
    .createIndex('incident_rollups_unit_day_idx')
    .on('incident_rollups')
    .columns(['admin_unit_id', 'day'])
    .execute();

  await db.schema
    .createTable('incident_clearance_rollups')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('occurred_day', 'integer', (c) => c.notNull())
    .addColumn('cleared_day', 'integer', (c) => c.notNull())
    .addColumn('admin_unit_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('seriousness', 'text', (c) => c.notNull())
    .addColumn('incidents', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_clearance_rollups_pkey', [
      'province_code',
      'occurred_day',
      'cleared_day',
      ...rollupDimensions.slice(1),
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'incident_clearance_rollups',
    'incident_rollups',
    'incident_events',
    'incidents',
    'penal_code_clauses',
    'incident_categories',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

const SERIOUSNESS = ['less_serious', 'serious', 'very_serious', 'especially_serious'];

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
