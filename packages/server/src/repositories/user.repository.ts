import type { Role } from '@antt/shared';
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { UserTable } from '../db/tables/user.ts';

export type UserRow = Selectable<UserTable>;
/** A user with the police unit it belongs to (the unit's admin unit is its jurisdiction root). */
export type UserWithUnitRow = UserRow & {
  unit_code: string;
  unit_name: string;
  unit_admin_unit_id: string;
};

export class UserRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private withUnit() {
    return this.db
      .selectFrom('users')
      .innerJoin('police_units', 'police_units.id', 'users.unit_id')
      .selectAll('users')
      .select([
        'police_units.code as unit_code',
        'police_units.name as unit_name',
        'police_units.admin_unit_id as unit_admin_unit_id',
      ]);
  }

  findById(id: string): Promise<UserWithUnitRow | undefined> {
    return this.withUnit().where('users.id', '=', id).executeTakeFirst();
  }

  findByUsername(username: string): Promise<UserWithUnitRow | undefined> {
    return this.withUnit().where('users.username', '=', username).executeTakeFirst();
  }

  /** Users whose police unit sits in one of the given administrative units (null = everyone). */
  list(adminUnitIds: string[] | null): Promise<UserWithUnitRow[]> {
    let q = this.withUnit()
      .orderBy('users.province_code')
      .orderBy('police_units.code')
      .orderBy('users.username');
    if (adminUnitIds)
      q = q.where('police_units.admin_unit_id', 'in', adminUnitIds.length ? adminUnitIds : ['']);
    return q.execute();
  }

  async rolesOf(userIds: string[]): Promise<Map<string, Role[]>> {
    const byUser = new Map<string, Role[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return byUser;
    const rows = await this.db
      .selectFrom('user_roles')
      .select(['user_id', 'role'])
      .where('user_id', 'in', userIds)
      .orderBy('role')
      .execute();
    for (const r of rows) byUser.get(r.user_id)?.push(r.role as Role);
    return byUser;
  }

  async insert(user: Insertable<UserTable>, roles: readonly Role[]): Promise<void> {
    await this.db.insertInto('users').values(user).execute();
    await this.db
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: user.id, role })))
      .execute();
  }

  async update(id: string, changes: Updateable<UserTable>): Promise<void> {
    await this.db.updateTable('users').set(changes).where('id', '=', id).execute();
  }
}
