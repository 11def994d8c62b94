import { sql, type Kysely } from 'kysely';

// Foundation schema: administrative units over time, police units, users, sessions, audit.
// Portable column habits (shared/DESIGN.md section 3): UUIDv7 text ids made by the app,
// ISO-8601 UTC text instants, integer YYYYMMDD days, 0/1 integers for booleans, JSON as text.
// "double precision" gets REAL affinity on SQLite and is 8 bytes on PostgreSQL.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('admin_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(sqlIn('level', ['province', 'district', 'commune'])))
    .addColumn('parent_id', 'text', (c) => c.references('admin_units.id'))
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'integer', (c) => c.notNull())
    .addColumn('valid_to', 'integer')
    .addUniqueConstraint('admin_units_code_valid_from_key', ['code', 'valid_from'])
    .execute();
  await db.schema.createIndex('admin_units_parent_idx').on('admin_units').column('parent_id').execute();
  await db.schema
    .createIndex('admin_units_province_level_idx')
    .on('admin_units')
    .columns(['province_code', 'level'])
    .execute();

  await db.schema
    .createTable('admin_unit_successions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('from_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('to_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('effective_date', 'integer', (c) => c.notNull())
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addUniqueConstraint('admin_unit_successions_pair_key', ['from_id', 'to_id'])
    .addCheckConstraint('admin_unit_successions_weight_check', sqlRaw('weight > 0 and weight <= 1'))
    .execute();
  await db.schema
    .createIndex('admin_unit_successions_to_idx')
    .on('admin_unit_successions')
    .column('to_id')
    .execute();

  await db.schema
    .createTable('admin_unit_populations')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('population', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('admin_unit_populations_pkey', ['unit_id', 'year'])
    .execute();

  await db.schema
    .createTable('admin_unit_boundaries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().unique().references('admin_units.id'))
    .addColumn('geometry', 'text', (c) => c.notNull())
    .addColumn('min_lon', 'double precision', (c) => c.notNull())
    .addColumn('min_lat', 'double precision', (c) => c.notNull())
    .addColumn('max_lon', 'double precision', (c) => c.notNull())
    .addColumn('max_lat', 'double precision', (c) => c.notNull())
    .addColumn('label_lon', 'double precision')
    .addColumn('label_lat', 'double precision')
    .addColumn('approximate', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('police_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('police_units.id'))
    .addColumn('admin_unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('is_external', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('police_units.id'))
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sqlIn('role', ['admin', 'leader', 'analyst', 'officer', 'procurator'])),
    )
    .addPrimaryKeyConstraint('user_roles_pkey', ['user_id', 'role'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('auth_throttles')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('province_code', 'text')
    .addColumn('admin_unit_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['entity_type', 'entity_id'])
    .execute();

  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('last_seq', 'bigint', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .execute();
  // The genesis of the chain: the first row's prev_hash is 64 zeros.
  await sql`insert into audit_head (id, last_seq, last_hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);

  await db.schema
    .createTable('app_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  // Forward-only once released: a rollback is a restore from backup.
  throw new Error('migration 0001 is forward-only');
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
function sqlRaw(text: string) {
  return sql.raw(text);
}
