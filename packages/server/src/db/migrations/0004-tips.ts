import { sql, type Kysely } from 'kysely';
import { binaryColumnType } from '../dialect.ts';

// Tips: intake register, workflow, timeline, messages, attachments, encrypted informants,
// deadline alerts and the notification outbox (shared/DESIGN.md section 5.2).
// Every fact table carries province_code and every key starts with it, so a national
// deployment can distribute these tables by province and keep a tip's rows together
// (DESIGN section 9). Ids are still UUIDv7 made by the app, unique on their own in practice;
// a plain index on id serves look-ups that do not know the province.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tips')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('tracking_code', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sqlIn('kind', ['denunciation', 'report', 'prosecution_request'])),
    )
    .addColumn('channel', 'text', (c) =>
      c
        .notNull()
        .check(sqlIn('channel', ['portal', 'phone', 'in_person', 'mail', 'transfer', 'media', 'open311'])),
    )
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text')
    .addColumn('occurred_day', 'integer')
    .addColumn('place_admin_unit_id', 'text', (c) => c.references('admin_units.id'))
    .addColumn('area_admin_unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('address', 'text')
    .addColumn('lon', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('source_agency', 'text')
    .addColumn('receipt_record_no', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('received_day', 'integer', (c) => c.notNull())
    .addColumn('receiving_unit_id', 'text', (c) => c.notNull().references('police_units.id'))
    .addColumn('reg_year', 'integer', (c) => c.notNull())
    .addColumn('reg_no', 'integer', (c) => c.notNull())
    .addColumn('owner_unit_id', 'text', (c) => c.notNull().references('police_units.id'))
    .addColumn('assignee_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sqlIn('status', ['received', 'verifying', 'suspended', 'decided'])),
    )
    .addColumn('classified_at', 'text')
    .addColumn('handed_over_at', 'text')
    .addColumn('procuracy_notified_at', 'text')
    .addColumn('procuracy_notice_no', 'text')
    .addColumn('clock_start_day', 'integer')
    .addColumn('limit_last_day', 'integer')
    .addColumn('unit_extended_to', 'integer')
    .addColumn('procuracy_extended_to', 'integer')
    .addColumn('suspended_at', 'text')
    .addColumn('suspension_ground', 'text')
    .addColumn('resumed_at', 'text')
    .addColumn('due_day', 'integer')
    .addColumn('due_kind', 'text')
    .addColumn('decision', 'text', (c) =>
      c.check(sqlIn('decision', ['prosecute', 'decline', 'transfer', 'merge'])),
    )
    .addColumn('decision_no', 'text')
    .addColumn('decision_day', 'integer')
    .addColumn('decision_article', 'text')
    .addColumn('decision_agency', 'text')
    .addColumn('duplicate_of_id', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('result_notified_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tips_pkey', ['province_code', 'id'])
    .addUniqueConstraint('tips_tracking_code_key', ['province_code', 'tracking_code'])
    // The intake register: one number per receiving unit and year, never twice.
    .addUniqueConstraint('tips_register_key', ['province_code', 'receiving_unit_id', 'reg_year', 'reg_no'])
    .execute();
  await db.schema.createIndex('tips_id_idx').on('tips').column('id').execute();
  await db.schema.createIndex('tips_tracking_code_idx').on('tips').column('tracking_code').execute();
  await db.schema
    .createIndex('tips_owner_status_idx')
    .on('tips')
    .columns(['province_code', 'owner_unit_id', 'status'])
    .execute();
  await db.schema
    .createIndex('tips_area_idx')
    .on('tips')
    .columns(['area_admin_unit_id', 'received_day'])
    .execute();
  await db.schema.createIndex('tips_assignee_idx').on('tips').column('assignee_user_id').execute();
  await db.schema.createIndex('tips_due_idx').on('tips').columns(['status', 'due_day']).execute();
  await db.schema
    .createIndex('tips_category_day_idx')
    .on('tips')
    .columns(['province_code', 'category', 'received_day'])
    .execute();

  await db.schema
    .createTable('tip_register_counters')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('police_units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_no', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('tip_register_counters_pkey', ['province_code', 'unit_id', 'year'])
    .execute();

  await db.schema
    .createTable('tip_events')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('tip_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('public', 'integer', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tip_events_pkey', ['province_code', 'id'])
    .addForeignKeyConstraint('tip_events_tip_fkey', ['province_code', 'tip_id'], 'tips', [
      'province_code',
      'id',
    ])
    .execute();
  await db.schema.createIndex('tip_events_tip_idx').on('tip_events').columns(['tip_id', 'at']).execute();

  await db.schema
    .createTable('tip_messages')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('tip_id', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull().check(sqlIn('direction', ['citizen', 'unit'])))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tip_messages_pkey', ['province_code', 'id'])
    .addForeignKeyConstraint('tip_messages_tip_fkey', ['province_code', 'tip_id'], 'tips', [
      'province_code',
      'id',
    ])
    .execute();
  await db.schema.createIndex('tip_messages_tip_idx').on('tip_messages').columns(['tip_id', 'at']).execute();

  await db.schema
    .createTable('tip_attachments')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('tip_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('metadata_stripped', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull().check(sqlIn('uploaded_by', ['citizen', 'staff'])))
    .addColumn('content', binaryColumnType(db), (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tip_attachments_pkey', ['province_code', 'id'])
    .addForeignKeyConstraint('tip_attachments_tip_fkey', ['province_code', 'tip_id'], 'tips', [
      'province_code',
      'id',
    ])
    .execute();
  await db.schema.createIndex('tip_attachments_tip_idx').on('tip_attachments').column('tip_id').execute();

  await db.schema
    .createTable('tip_informants')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('tip_id', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('address', 'text')
    .addColumn('id_number', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tip_informants_pkey', ['province_code', 'tip_id'])
    .addForeignKeyConstraint('tip_informants_tip_fkey', ['province_code', 'tip_id'], 'tips', [
      'province_code',
      'id',
    ])
    .execute();
  // The vault's key rotation pages through the rows by tip id.
  await db.schema.createIndex('tip_informants_tip_idx').on('tip_informants').column('tip_id').execute();

  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('tip_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', ['due_soon', 'overdue'])))
    .addColumn('due_day', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addPrimaryKeyConstraint('alerts_pkey', ['province_code', 'id'])
    .addUniqueConstraint('alerts_once_key', ['province_code', 'user_id', 'tip_id', 'kind', 'due_day'])
    .addForeignKeyConstraint('alerts_tip_fkey', ['province_code', 'tip_id'], 'tips', ['province_code', 'id'])
    .execute();
  await db.schema.createIndex('alerts_user_idx').on('alerts').columns(['user_id', 'created_at']).execute();

  await db.schema
    .createTable('notification_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('province_code', 'text')
    .addColumn('channel', 'text', (c) => c.notNull().check(sqlIn('channel', ['email', 'sms'])))
    .addColumn('recipient_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('notification_outbox_pending_idx')
    .on('notification_outbox')
    .columns(['sent_at', 'created_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migration 0004-tips is forward-only');
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
