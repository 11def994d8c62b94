import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** The raw links a jurisdiction is computed from: the unit tree and the successions. */
export class JurisdictionRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Every unit version of the given provinces, with its parent. */
  unitsOfProvinces(provinceCodes: string[]) {
    return this.db
      .selectFrom('admin_units')
      .select(['id', 'parent_id', 'province_code'])
      .where('province_code', 'in', provinceCodes)
      .execute();
  }

  /** Successions touching the given unit versions, in either direction. */
  successionsTouching(unitIds: string[]) {
    if (unitIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('admin_unit_successions')
      .select(['from_id', 'to_id'])
      .where((eb) => eb.or([eb('from_id', 'in', unitIds), eb('to_id', 'in', unitIds)]))
      .execute();
  }

  async provincesOfUnits(unitIds: string[]): Promise<string[]> {
    const rows = await this.db
      .selectFrom('admin_units')
      .select('province_code')
      .distinct()
      .where('id', 'in', unitIds)
      .execute();
    return rows.map((r) => r.province_code);
  }

  adminUnitOfPoliceUnit(policeUnitId: string) {
    return this.db
      .selectFrom('police_units')
      .innerJoin('admin_units', 'admin_units.id', 'police_units.admin_unit_id')
      .select(['admin_units.id as adminUnitId', 'admin_units.province_code as provinceCode'])
      .where('police_units.id', '=', policeUnitId)
      .executeTakeFirst();
  }
}
