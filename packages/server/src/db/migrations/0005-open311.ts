import type { Kysely } from 'kysely';

// Open311 GeoReport v2: public request ids and tokens for tips sent by civic-reporting apps,
// and the API keys of registered apps.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('open311_api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('app_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('open311_requests')
    .addColumn('service_request_id', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('tip_id', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('api_key_id', 'text', (c) => c.references('open311_api_keys.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    // Keys include province_code, the distribution column of the Citus path (DESIGN section 9);
    // the ids and tokens are 128-bit random, so they are unique on their own in practice.
    .addPrimaryKeyConstraint('open311_requests_pkey', ['province_code', 'service_request_id'])
    .addUniqueConstraint('open311_requests_token_key', ['province_code', 'token'])
    .addUniqueConstraint('open311_requests_tip_key', ['province_code', 'tip_id'])
    .addForeignKeyConstraint('open311_requests_tip_fkey', ['province_code', 'tip_id'], 'tips', [
      'province_code',
      'id',
    ])
    .execute();
  // Public reads come by id or token alone.
  await db.schema
    .createIndex('open311_requests_id_idx')
    .on('open311_requests')
    .column('service_request_id')
    .execute();
  await db.schema.createIndex('open311_requests_token_idx').on('open311_requests').column('token').execute();
  await db.schema
    .createIndex('open311_requests_api_key_idx')
    .on('open311_requests')
    .column('api_key_id')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migration 0005 is forward-only');
}
