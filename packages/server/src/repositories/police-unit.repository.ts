import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PoliceUnitTable } from '../db/tables/police-unit.ts';

export type PoliceUnitRow = Selectable<PoliceUnitTable>;
export type PoliceUnitListRow = PoliceUnitRow & { admin_unit_code: string; admin_unit_name: string };

export class PoliceUnitRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private withAdminUnit() {
    return this.db
      .selectFrom('police_units')
      .innerJoin('admin_units', 'admin_units.id', 'police_units.admin_unit_id')
      .selectAll('police_units')
      .select(['admin_units.code as admin_unit_code', 'admin_units.name as admin_unit_name']);
  }

  findById(id: string): Promise<PoliceUnitListRow | undefined> {
    return this.withAdminUnit().where('police_units.id', '=', id).executeTakeFirst();
  }

  findByCode(code: string): Promise<PoliceUnitListRow | undefined> {
    return this.withAdminUnit().where('police_units.code', '=', code).executeTakeFirst();
  }

  /** Units placed in any of the given administrative units (null = every unit). */
  list(adminUnitIds: string[] | null): Promise<PoliceUnitListRow[]> {
    let q = this.withAdminUnit().orderBy('police_units.province_code').orderBy('police_units.code');
    if (adminUnitIds)
      q = q.where('police_units.admin_unit_id', 'in', adminUnitIds.length ? adminUnitIds : ['']);
    return q.execute();
  }

  async insertMany(rows: Insertable<PoliceUnitTable>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) {
      await this.db
        .insertInto('police_units')
        .values(rows.slice(i, i + 500))
        .execute();
    }
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('police_units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }
}
