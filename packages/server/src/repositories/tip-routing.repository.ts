import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PoliceUnitKind } from '../db/tables/police-unit.ts';
import type { PoliceUnitRow } from './police-unit.repository.ts';

/** The police units and staff a tip can go to. */
export class TipRoutingRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Police units of a kind covering an administrative unit (a commune's police, a province's duty desk). */
  unitsCovering(adminUnitId: string, kind: PoliceUnitKind): Promise<PoliceUnitRow[]> {
    return this.db
      .selectFrom('police_units')
      .selectAll()
      .where('admin_unit_id', '=', adminUnitId)
      .where('kind', '=', kind)
      .orderBy('code')
      .execute();
  }

  /** Police units of a kind in a province (its duty desk, its investigating body), by code. */
  unitsOfKindInProvince(provinceCode: string, kind: PoliceUnitKind): Promise<PoliceUnitRow[]> {
    return this.db
      .selectFrom('police_units')
      .selectAll()
      .where('province_code', '=', provinceCode)
      .where('kind', '=', kind)
      .orderBy('code')
      .execute();
  }

  /** Every unit of a kind, wherever (to find the one duty desk of a single-province deployment). */
  unitsOfKind(kind: PoliceUnitKind): Promise<PoliceUnitRow[]> {
    return this.db.selectFrom('police_units').selectAll().where('kind', '=', kind).orderBy('code').execute();
  }

  findUnit(id: string): Promise<PoliceUnitRow | undefined> {
    return this.db.selectFrom('police_units').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Active users of a unit holding a role (the leaders an alert goes to). */
  async usersWithRole(unitId: string, role: string): Promise<{ id: string; username: string }[]> {
    return this.db
      .selectFrom('users')
      .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
      .select(['users.id', 'users.username'])
      .where('users.unit_id', '=', unitId)
      .where('users.disabled', '=', 0)
      .where('user_roles.role', '=', role)
      .orderBy('users.username')
      .execute();
  }

  findUser(
    id: string,
  ): Promise<{ id: string; unit_id: string; disabled: number; username: string } | undefined> {
    return this.db
      .selectFrom('users')
      .select(['id', 'unit_id', 'disabled', 'username'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async rolesOf(userId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', userId)
      .execute();
    return rows.map((r) => r.role);
  }
}
