import {
  sql,
  type Insertable,
  type Kysely,
  type Selectable,
  type SelectQueryBuilder,
  type Updateable,
} from 'kysely';
import { containsInsensitive, maxBindParameters, type DialectName } from '../db/dialect.ts';
import type { DB } from '../db/schema.ts';
import type { IncidentEventTable, IncidentTable } from '../db/tables/incident.ts';
import { chunks } from '../lib/chunks.ts';

export type IncidentRow = Selectable<IncidentTable>;
export type IncidentEventRow = Selectable<IncidentEventTable>;

/** An incident with the names people read: its commune, its reporting unit, its tip, its article. */
export type IncidentViewRow = IncidentRow & {
  commune_code: string;
  commune_name: string;
  reporting_code: string;
  reporting_name: string;
  tip_reg_no: number | null;
  tip_reg_year: number | null;
  crime_title: string | null;
};

/** Which incidents a caller may see: all, or those placed in the given unit versions. */
export type IncidentVisibility = { scope: 'all' } | { scope: 'some'; areaIds: string[] };

export type IncidentQueryFilter = {
  visibility: IncidentVisibility;
  /** Only incidents placed in these unit versions (the unit filter, its predecessors included). */
  areaIds?: string[];
  type?: string;
  category?: string;
  seriousness?: string;
  reportingUnitId?: string;
  fromDay?: number;
  toDay?: number;
  status?: string;
  cleared?: boolean;
  q?: string;
};

export type IncidentSort = 'occurred_desc' | 'occurred_asc' | 'updated_desc';

type Query<O> = SelectQueryBuilder<DB, 'incidents', O>;

export class IncidentRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: DialectName,
  ) {}

  private view() {
    return this.db
      .selectFrom('incidents')
      .innerJoin('admin_units as u', 'u.id', 'incidents.admin_unit_id')
      .innerJoin('police_units as p', 'p.id', 'incidents.reporting_unit_id')
      .leftJoin('tips as t', 't.id', 'incidents.tip_id')
      .leftJoin('penal_code_clauses as c', (join) =>
        join
          .onRef('c.article', '=', 'incidents.crime_article')
          .onRef('c.clause', '=', 'incidents.crime_clause')
          .onRef('c.valid_from', '<=', 'incidents.occurred_day')
          .on((eb) =>
            eb.or([eb('c.valid_to', 'is', null), eb('c.valid_to', '>=', eb.ref('incidents.occurred_day'))]),
          ),
      )
      .selectAll('incidents')
      .select([
        'u.code as commune_code',
        'u.name as commune_name',
        'p.code as reporting_code',
        'p.name as reporting_name',
        't.reg_no as tip_reg_no',
        't.reg_year as tip_reg_year',
        'c.title_vi as crime_title',
      ]);
  }

  private filtered<O>(q: Query<O>, f: IncidentQueryFilter): Query<O> {
    if (f.visibility.scope === 'some') {
      const ids = f.visibility.areaIds;
      if (ids.length === 0) return q.where(sql.lit(false));
      q = q.where('incidents.admin_unit_id', 'in', ids);
    }
    if (f.areaIds) {
      if (f.areaIds.length === 0) return q.where(sql.lit(false));
      q = q.where('incidents.admin_unit_id', 'in', f.areaIds);
    }
    if (f.type) q = q.where('incidents.type', '=', f.type as IncidentRow['type']);
    if (f.category) q = q.where('incidents.category', '=', f.category);
    if (f.seriousness)
      q = q.where('incidents.seriousness', '=', f.seriousness as NonNullable<IncidentRow['seriousness']>);
    if (f.reportingUnitId) q = q.where('incidents.reporting_unit_id', '=', f.reportingUnitId);
    if (f.fromDay !== undefined) q = q.where('incidents.occurred_day', '>=', f.fromDay);
    if (f.toDay !== undefined) q = q.where('incidents.occurred_day', '<=', f.toDay);
    if (f.status) q = q.where('incidents.status', '=', f.status as IncidentRow['status']);
    if (f.cleared !== undefined) q = q.where('incidents.cleared', '=', f.cleared ? 1 : 0);
    if (f.q) {
      const needle = f.q;
      q = q.where((eb) =>
        eb.or([
          containsInsensitive(this.dialect, 'incidents.summary', needle),
          containsInsensitive(this.dialect, 'incidents.address', needle),
          eb('incidents.external_ref', '=', needle),
        ]),
      );
    }
    return q;
  }

  findViewById(id: string): Promise<IncidentViewRow | undefined> {
    return this.view().where('incidents.id', '=', id).executeTakeFirst();
  }

  findById(id: string): Promise<IncidentRow | undefined> {
    return this.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByIds(ids: readonly string[]): Promise<IncidentRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('incidents').selectAll().where('id', 'in', ids).execute();
  }

  /** The incidents of a province carrying any of the given external references. */
  async findByExternalRefs(provinceCode: string, refs: readonly string[]): Promise<IncidentRow[]> {
    const out: IncidentRow[] = [];
    for (const part of chunks([...new Set(refs)], 1000)) {
      out.push(
        ...(await this.db
          .selectFrom('incidents')
          .selectAll()
          .where('province_code', '=', provinceCode)
          .where('external_ref', 'in', part)
          .execute()),
      );
    }
    return out;
  }

  /** Incidents that name the tip as their origin, oldest first. */
  listByTip(tipId: string): Promise<IncidentRow[]> {
    return this.db
      .selectFrom('incidents')
      .selectAll()
      .where('tip_id', '=', tipId)
      .orderBy('occurred_at')
      .execute();
  }

  list(
    f: IncidentQueryFilter,
    sort: IncidentSort,
    limit: number,
    offset: number,
  ): Promise<IncidentViewRow[]> {
    let q = this.filtered(this.view(), f);
    if (sort === 'occurred_asc') q = q.orderBy('incidents.occurred_at', 'asc');
    else if (sort === 'updated_desc') q = q.orderBy('incidents.updated_at', 'desc');
    else q = q.orderBy('incidents.occurred_at', 'desc');
    return q.orderBy('incidents.id').limit(limit).offset(offset).execute();
  }

  async count(f: IncidentQueryFilter): Promise<number> {
    const r = await this.filtered(this.db.selectFrom('incidents'), f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Points of the incidents that have coordinates, newest first. */
  mapPoints(f: IncidentQueryFilter, limit: number) {
    return this.filtered(this.db.selectFrom('incidents'), f)
      .where('incidents.lon', 'is not', null)
      .select(['id', 'lon', 'lat', 'type', 'category', 'occurred_day'])
      .orderBy('occurred_day', 'desc')
      .limit(limit)
      .execute();
  }

  /** How many incidents each commune version holds. */
  async countsByUnit(f: IncidentQueryFilter): Promise<{ admin_unit_id: string; n: number }[]> {
    const rows = await this.filtered(this.db.selectFrom('incidents'), f)
      .select((eb) => ['incidents.admin_unit_id', eb.fn.countAll<number>().as('n')])
      .groupBy('incidents.admin_unit_id')
      .execute();
    return rows.map((r) => ({ admin_unit_id: r.admin_unit_id, n: Number(r.n) }));
  }

  async insertMany(rows: Insertable<IncidentTable>[]): Promise<void> {
    const size = Math.floor(maxBindParameters(this.dialect) / 34);
    for (const part of chunks(rows, size)) await this.db.insertInto('incidents').values(part).execute();
  }

  /** Applies a change made on `version`; false when someone else changed it first. */
  async update(row: IncidentRow, patch: Updateable<IncidentTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('incidents')
      .set({ ...patch, version: row.version + 1 })
      .where('province_code', '=', row.province_code)
      .where('id', '=', row.id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async delete(row: IncidentRow): Promise<boolean> {
    const r = await this.db
      .deleteFrom('incidents')
      .where('province_code', '=', row.province_code)
      .where('id', '=', row.id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  }

  async insertEvents(rows: Insertable<IncidentEventTable>[]): Promise<void> {
    const size = Math.floor(maxBindParameters(this.dialect) / 8);
    for (const part of chunks(rows, size)) await this.db.insertInto('incident_events').values(part).execute();
  }

  listEvents(incidentId: string): Promise<IncidentEventRow[]> {
    return this.db
      .selectFrom('incident_events')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .orderBy('at')
      .orderBy('id')
      .execute();
  }
}
