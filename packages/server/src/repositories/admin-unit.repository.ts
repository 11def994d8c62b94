import type { ExpressionBuilder, Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { containsInsensitive, maxBindParameters, type DialectName } from '../db/dialect.ts';
import type { DB } from '../db/schema.ts';
import type { AdminUnitPopulationTable } from '../db/tables/admin-unit-population.ts';
import type { AdminUnitSuccessionTable } from '../db/tables/admin-unit-succession.ts';
import type { AdminUnitLevel, AdminUnitTable } from '../db/tables/admin-unit.ts';
import { chunks } from '../lib/chunks.ts';

export type AdminUnitRow = Selectable<AdminUnitTable>;
/** A unit version with its parent's code, the shape every read returns. */
export type AdminUnitView = AdminUnitRow & { parent_code: string | null };
export type SuccessionRow = Selectable<AdminUnitSuccessionTable>;
export type PopulationRow = Selectable<AdminUnitPopulationTable>;

export type AdminUnitSearch = {
  day: number;
  level?: AdminUnitLevel;
  parentId?: string;
  provinceCode?: string;
  q?: string;
  limit: number;
};

type UnitScope = DB & { u: AdminUnitTable };

/** Valid on the day: started on or before it, and not ended before it. */
function validOn(day: number) {
  return (eb: ExpressionBuilder<UnitScope, 'u'>) =>
    eb.and([
      eb('u.valid_from', '<=', day),
      eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>=', day)]),
    ]);
}

const CHUNK = 500;

/**
 * Runs `load` over the distinct keys a chunk at a time and joins the rows: an IN list of a
 * whole country's units would pass the bound-parameter limit of either dialect.
 */
async function loadInChunks<K, R>(keys: readonly K[], load: (part: K[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const part of chunks([...new Set(keys)], CHUNK)) out.push(...(await load(part)));
  return out;
}

export class AdminUnitRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: DialectName,
  ) {}

  private withParent() {
    return this.db
      .selectFrom('admin_units as u')
      .leftJoin('admin_units as p', 'p.id', 'u.parent_id')
      .selectAll('u')
      .select('p.code as parent_code');
  }

  /** Every version that ever carried the code, oldest first. */
  versionsOfCode(code: string): Promise<AdminUnitView[]> {
    return this.withParent().where('u.code', '=', code).orderBy('u.valid_from').execute();
  }

  /** Every version of each of the codes. */
  versionsOfCodes(codes: readonly string[]): Promise<AdminUnitView[]> {
    return loadInChunks(codes, (part) =>
      this.withParent().where('u.code', 'in', part).orderBy('u.valid_from').execute(),
    );
  }

  findById(id: string): Promise<AdminUnitView | undefined> {
    return this.withParent().where('u.id', '=', id).executeTakeFirst();
  }

  findByIds(ids: readonly string[]): Promise<AdminUnitView[]> {
    return loadInChunks(ids, (part) => this.withParent().where('u.id', 'in', part).execute());
  }

  /** The children of a unit version that exist on the day. */
  childrenOn(parentId: string, day: number): Promise<AdminUnitView[]> {
    return this.withParent()
      .where('u.parent_id', '=', parentId)
      .where(validOn(day))
      .orderBy('u.code')
      .execute();
  }

  /** The versions valid on the day among the given codes (at most one per code). */
  validOnDay(codes: readonly string[], day: number, level?: AdminUnitLevel): Promise<AdminUnitView[]> {
    return loadInChunks(codes, (part) => {
      let q = this.withParent().where('u.code', 'in', part).where(validOn(day));
      if (level) q = q.where('u.level', '=', level);
      return q.execute();
    });
  }

  search(filter: AdminUnitSearch): Promise<AdminUnitView[]> {
    let q = this.withParent().where(validOn(filter.day));
    if (filter.level) q = q.where('u.level', '=', filter.level);
    if (filter.parentId) q = q.where('u.parent_id', '=', filter.parentId);
    if (filter.provinceCode) q = q.where('u.province_code', '=', filter.provinceCode);
    const needle = filter.q?.trim();
    if (needle) {
      q = q.where((eb) =>
        eb.or([
          eb('u.code', 'like', `${needle.replace(/[\\%_]/g, '')}%`),
          containsInsensitive(this.dialect, 'u.name', needle),
        ]),
      );
    }
    return q.orderBy('u.province_code').orderBy('u.code').limit(filter.limit).execute();
  }

  /** Successions leaving the given versions that take effect on or before the day. */
  successionsFrom(fromIds: readonly string[], effectiveUpTo: number): Promise<SuccessionRow[]> {
    return loadInChunks(fromIds, (part) =>
      this.db
        .selectFrom('admin_unit_successions')
        .selectAll()
        .where('from_id', 'in', part)
        .where('effective_date', '<=', effectiveUpTo)
        .execute(),
    );
  }

  /** Successions arriving at the given versions that took effect after the day. */
  successionsInto(toIds: readonly string[], effectiveAfter: number): Promise<SuccessionRow[]> {
    return loadInChunks(toIds, (part) =>
      this.db
        .selectFrom('admin_unit_successions')
        .selectAll()
        .where('to_id', 'in', part)
        .where('effective_date', '>', effectiveAfter)
        .execute(),
    );
  }

  /** The most recent population figure of each given unit version that has one. */
  async latestPopulations(unitIds: readonly string[]): Promise<Map<string, PopulationRow>> {
    const latest = new Map<string, PopulationRow>();
    for (const r of await this.populationsOf(unitIds)) {
      const seen = latest.get(r.unit_id);
      if (!seen || r.year > seen.year) latest.set(r.unit_id, r);
    }
    return latest;
  }

  // --- writes, used by the reference-data import -------------------------------------------

  /** Every version belonging to the given provinces (all versions when null). */
  versionsOfProvinces(provinceCodes: readonly string[] | null): Promise<AdminUnitRow[]> {
    let q = this.db.selectFrom('admin_units').selectAll();
    if (provinceCodes) q = q.where('province_code', 'in', provinceCodes.length ? [...provinceCodes] : ['']);
    return q.execute();
  }

  async insertUnits(rows: Insertable<AdminUnitTable>[]): Promise<void> {
    const size = Math.min(CHUNK, Math.floor(maxBindParameters(this.dialect) / 9));
    for (const part of chunks(rows, size)) await this.db.insertInto('admin_units').values(part).execute();
  }

  async updateUnit(id: string, patch: Updateable<AdminUnitTable>): Promise<void> {
    await this.db.updateTable('admin_units').set(patch).where('id', '=', id).execute();
  }

  successionsLeaving(fromIds: readonly string[]): Promise<SuccessionRow[]> {
    return loadInChunks(fromIds, (part) =>
      this.db.selectFrom('admin_unit_successions').selectAll().where('from_id', 'in', part).execute(),
    );
  }

  async insertSuccessions(rows: Insertable<AdminUnitSuccessionTable>[]): Promise<void> {
    for (const part of chunks(rows, CHUNK))
      await this.db.insertInto('admin_unit_successions').values(part).execute();
  }

  async updateSuccession(id: string, patch: Updateable<AdminUnitSuccessionTable>): Promise<void> {
    await this.db.updateTable('admin_unit_successions').set(patch).where('id', '=', id).execute();
  }

  populationsOf(unitIds: readonly string[]): Promise<PopulationRow[]> {
    return loadInChunks(unitIds, (part) =>
      this.db.selectFrom('admin_unit_populations').selectAll().where('unit_id', 'in', part).execute(),
    );
  }

  async insertPopulations(rows: Insertable<AdminUnitPopulationTable>[]): Promise<void> {
    for (const part of chunks(rows, CHUNK))
      await this.db.insertInto('admin_unit_populations').values(part).execute();
  }

  async updatePopulation(
    unitId: string,
    year: number,
    patch: Updateable<AdminUnitPopulationTable>,
  ): Promise<void> {
    await this.db
      .updateTable('admin_unit_populations')
      .set(patch)
      .where('unit_id', '=', unitId)
      .where('year', '=', year)
      .execute();
  }

  /** How many versions of each level exist on the day (for reports and checks). */
  async countByLevelOn(day: number): Promise<Record<AdminUnitLevel, number>> {
    const rows = await this.db
      .selectFrom('admin_units as u')
      .select(['u.level', (eb) => eb.fn.countAll<number>().as('n')])
      .where(validOn(day))
      .groupBy('u.level')
      .execute();
    const counts: Record<AdminUnitLevel, number> = { province: 0, district: 0, commune: 0 };
    for (const r of rows) counts[r.level] = Number(r.n);
    return counts;
  }
}
