import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { AdminUnitBoundaryTable } from '../db/tables/admin-unit-boundary.ts';
import type { AdminUnitLevel } from '../db/tables/admin-unit.ts';

export type BoundaryRow = Selectable<AdminUnitBoundaryTable>;
export type BoundaryWithUnit = Pick<
  BoundaryRow,
  | 'unit_id'
  | 'geometry'
  | 'approximate'
  | 'label_lon'
  | 'label_lat'
  | 'min_lon'
  | 'min_lat'
  | 'max_lon'
  | 'max_lat'
> & { code: string; name: string; type: string; level: AdminUnitLevel };

const CHUNK = 200;

export class BoundaryRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private withUnit(level: AdminUnitLevel, day: number) {
    return this.db
      .selectFrom('admin_unit_boundaries as b')
      .innerJoin('admin_units as u', 'u.id', 'b.unit_id')
      .select([
        'b.unit_id',
        'b.geometry',
        'b.approximate',
        'b.label_lon',
        'b.label_lat',
        'b.min_lon',
        'b.min_lat',
        'b.max_lon',
        'b.max_lat',
        'u.code',
        'u.name',
        'u.type',
        'u.level',
      ])
      .where('u.level', '=', level)
      .where('u.valid_from', '<=', day)
      .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>=', day)]));
  }

  /**
   * Boundaries of units of the level valid on the day whose bounding box holds the point: the
   * cheap prefilter before the exact point-in-polygon test.
   */
  boxesHolding(lon: number, lat: number, level: AdminUnitLevel, day: number): Promise<BoundaryWithUnit[]> {
    return this.withUnit(level, day)
      .where('b.min_lon', '<=', lon)
      .where('b.max_lon', '>=', lon)
      .where('b.min_lat', '<=', lat)
      .where('b.max_lat', '>=', lat)
      .execute();
  }

  /** Every boundary of the level with its unit's validity (for locating many points in memory). */
  allOfLevel(level: AdminUnitLevel) {
    return this.db
      .selectFrom('admin_unit_boundaries as b')
      .innerJoin('admin_units as u', 'u.id', 'b.unit_id')
      .select([
        'b.unit_id',
        'b.geometry',
        'b.label_lon',
        'b.label_lat',
        'b.min_lon',
        'b.min_lat',
        'b.max_lon',
        'b.max_lat',
        'u.valid_from',
        'u.valid_to',
      ])
      .where('u.level', '=', level)
      .execute();
  }

  /** Whether any unit of the level in the province has a boundary on the day. */
  async provinceHasAny(provinceCode: string, level: AdminUnitLevel, day: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('admin_unit_boundaries as b')
      .innerJoin('admin_units as u', 'u.id', 'b.unit_id')
      .select('b.unit_id')
      .where('u.level', '=', level)
      .where('u.province_code', '=', provinceCode)
      .where('u.valid_from', '<=', day)
      .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>=', day)]))
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  ofProvince(provinceCode: string, level: AdminUnitLevel, day: number): Promise<BoundaryWithUnit[]> {
    return this.withUnit(level, day).where('u.province_code', '=', provinceCode).orderBy('u.code').execute();
  }

  async ofUnits(unitIds: readonly string[]): Promise<BoundaryRow[]> {
    const ids = [...new Set(unitIds)];
    const out: BoundaryRow[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      out.push(
        ...(await this.db
          .selectFrom('admin_unit_boundaries')
          .selectAll()
          .where('unit_id', 'in', ids.slice(i, i + CHUNK))
          .execute()),
      );
    }
    return out;
  }

  /** Polygons are large: a few per statement keeps each statement small on both dialects. */
  async insertMany(rows: Insertable<AdminUnitBoundaryTable>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 20)
      await this.db
        .insertInto('admin_unit_boundaries')
        .values(rows.slice(i, i + 20))
        .execute();
  }

  async update(id: string, patch: Updateable<AdminUnitBoundaryTable>): Promise<void> {
    await this.db.updateTable('admin_unit_boundaries').set(patch).where('id', '=', id).execute();
  }
}
