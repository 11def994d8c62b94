import { sql, type Kysely } from 'kysely';

// Tips counted by receipt day × area × category × decision day × on time (shared/DESIGN.md
// section 5.5: tips count by receipt day; "resolved" means decided by the end of the period).
// Kept in step with every tip write like the incident rollups; filled here from the tips that
// already exist. decided_day is 0 for a tip not decided yet (key columns cannot hold NULL).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tip_rollups')
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('received_day', 'integer', (c) => c.notNull())
    .addColumn('admin_unit_id', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('decided_day', 'integer', (c) => c.notNull())
    .addColumn('on_time', 'integer', (c) => c.notNull())
    .addColumn('tips', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('tip_rollups_pkey', [
      'province_code',
      'received_day',
      'admin_unit_id',
      'category',
      'decided_day',
      'on_time',
    ])
    .execute();
  await sql`
    insert into tip_rollups (province_code, received_day, admin_unit_id, category, decided_day, on_time, tips)
    select province_code, received_day, area_admin_unit_id, category,
           case when status = 'decided' then coalesce(decision_day, 0) else 0 end,
           case when status = 'decided' and (limit_last_day is null or coalesce(decision_day, 0) <= limit_last_day) then 1 else 0 end,
           count(*)
    from tips
    group by 1, 2, 3, 4, 5, 6
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('tip_rollups').execute();
}
