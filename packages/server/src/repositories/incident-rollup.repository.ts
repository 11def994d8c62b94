import { sql, type Kysely, type Selectable } from 'kysely';
import { maxBindParameters, type DialectName } from '../db/dialect.ts';
import type { DB } from '../db/schema.ts';
import type { IncidentClearanceRollupTable, IncidentRollupTable } from '../db/tables/incident-rollup.ts';
import type { IncidentTable } from '../db/tables/incident.ts';
import { chunks } from '../lib/chunks.ts';

// The two incident rollups (shared/DESIGN.md section 5.5). Writes never recount: they add the
// old record's contribution with a minus sign and the new one's with a plus, merged per key, in
// the caller's transaction. Rows that fall to zero are removed, so the tables hold exactly what
// a recount from the raw rows would (the property test checks that).

export type IncidentRollupRow = Selectable<IncidentRollupTable>;
export type IncidentClearanceRollupRow = Selectable<IncidentClearanceRollupTable>;

/** The columns of an incident that feed the rollups. */
export type RollupSource = Pick<
  Selectable<IncidentTable>,
  | 'province_code'
  | 'occurred_day'
  | 'admin_unit_id'
  | 'type'
  | 'category'
  | 'seriousness'
  | 'cleared'
  | 'cleared_day'
  | 'deaths'
  | 'injuries'
  | 'damage_vnd'
>;

const MEASURES = ['incidents', 'cleared', 'deaths', 'injuries', 'damage_vnd'] as const;
type Measures = Record<(typeof MEASURES)[number], number>;
type DayKey = Omit<IncidentRollupRow, keyof Measures>;
type ClearanceKey = Omit<IncidentClearanceRollupRow, 'incidents'>;

/** Contributions to both rollups, summed per key before anything is written. */
export class RollupDeltas {
  readonly days = new Map<string, { key: DayKey; m: Measures }>();
  readonly clearances = new Map<string, { key: ClearanceKey; incidents: number }>();

  add(row: RollupSource, sign: 1 | -1): void {
    const seriousness = row.seriousness ?? '';
    const dayKey: DayKey = {
      province_code: row.province_code,
      day: row.occurred_day,
      admin_unit_id: row.admin_unit_id,
      type: row.type,
      category: row.category,
      seriousness,
    };
    const k = keyText(dayKey);
    const entry = this.days.get(k) ?? {
      key: dayKey,
      m: { incidents: 0, cleared: 0, deaths: 0, injuries: 0, damage_vnd: 0 },
    };
    entry.m.incidents += sign;
    entry.m.cleared += sign * row.cleared;
    entry.m.deaths += sign * (row.deaths ?? 0);
    entry.m.injuries += sign * (row.injuries ?? 0);
    entry.m.damage_vnd += sign * (row.damage_vnd ?? 0);
    this.days.set(k, entry);
    if (row.cleared === 1 && row.cleared_day !== null) {
      const cKey: ClearanceKey = {
        province_code: row.province_code,
        occurred_day: row.occurred_day,
        cleared_day: row.cleared_day,
        admin_unit_id: row.admin_unit_id,
        type: row.type,
        category: row.category,
        seriousness,
      };
      const ck = keyText(cKey);
      const c = this.clearances.get(ck) ?? { key: cKey, incidents: 0 };
      c.incidents += sign;
      this.clearances.set(ck, c);
    }
  }

  get size(): number {
    return this.days.size + this.clearances.size;
  }
}

function keyText(key: Record<string, string | number>): string {
  return JSON.stringify(Object.values(key));
}

export class IncidentRollupRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: DialectName,
  ) {}

  /** Writes the merged deltas: one upsert per chunk of keys, then drops the keys that reached zero. */
  async apply(deltas: RollupDeltas): Promise<void> {
    const days = [...deltas.days.values()].filter((d) => MEASURES.some((m) => d.m[m] !== 0));
    const dayRows = days.map((d) => ({ ...d.key, ...d.m }));
    for (const part of chunks(dayRows, Math.floor(maxBindParameters(this.dialect) / 11))) {
      await this.db
        .insertInto('incident_rollups')
        .values(part)
        .onConflict((oc) =>
          oc
            .columns(['province_code', 'day', 'admin_unit_id', 'type', 'category', 'seriousness'])
            .doUpdateSet({
              incidents: sql`incident_rollups.incidents + excluded.incidents`,
              cleared: sql`incident_rollups.cleared + excluded.cleared`,
              deaths: sql`incident_rollups.deaths + excluded.deaths`,
              injuries: sql`incident_rollups.injuries + excluded.injuries`,
              damage_vnd: sql`incident_rollups.damage_vnd + excluded.damage_vnd`,
            }),
        )
        .execute();
    }
    const clearances = [...deltas.clearances.values()].filter((c) => c.incidents !== 0);
    const clearanceRows = clearances.map((c) => ({ ...c.key, incidents: c.incidents }));
    for (const part of chunks(clearanceRows, Math.floor(maxBindParameters(this.dialect) / 8))) {
      await this.db
        .insertInto('incident_clearance_rollups')
        .values(part)
        .onConflict((oc) =>
          oc
            .columns([
              'province_code',
              'occurred_day',
              'cleared_day',
              'admin_unit_id',
              'type',
              'category',
              'seriousness',
            ])
            .doUpdateSet({ incidents: sql`incident_clearance_rollups.incidents + excluded.incidents` }),
        )
        .execute();
    }
    // Only a key that lost something can have reached zero.
    for (const d of days.filter((x) => x.m.incidents < 0)) {
      await this.db
        .deleteFrom('incident_rollups')
        .where('province_code', '=', d.key.province_code)
        .where('day', '=', d.key.day)
        .where('admin_unit_id', '=', d.key.admin_unit_id)
        .where('type', '=', d.key.type)
        .where('category', '=', d.key.category)
        .where('seriousness', '=', d.key.seriousness)
        .where('incidents', '=', 0)
        .execute();
    }
    for (const c of clearances.filter((x) => x.incidents < 0)) {
      await this.db
        .deleteFrom('incident_clearance_rollups')
        .where('province_code', '=', c.key.province_code)
        .where('occurred_day', '=', c.key.occurred_day)
        .where('cleared_day', '=', c.key.cleared_day)
        .where('admin_unit_id', '=', c.key.admin_unit_id)
        .where('type', '=', c.key.type)
        .where('category', '=', c.key.category)
        .where('seriousness', '=', c.key.seriousness)
        .where('incidents', '=', 0)
        .execute();
    }
  }

  /** Both rollups recounted from the raw rows (what the tables must equal; compare by key). */
  async recount(): Promise<{ days: IncidentRollupRow[]; clearances: IncidentClearanceRollupRow[] }> {
    const days = await this.db
      .selectFrom('incidents')
      .select((eb) => [
        'province_code',
        'occurred_day as day',
        'admin_unit_id',
        'type',
        'category',
        eb.fn.coalesce('seriousness', sql.lit('')).as('seriousness'),
        eb.fn.countAll<number>().as('incidents'),
        eb.fn.sum<number>('cleared').as('cleared'),
        eb.fn.sum<number>(eb.fn.coalesce('deaths', sql.lit(0))).as('deaths'),
        eb.fn.sum<number>(eb.fn.coalesce('injuries', sql.lit(0))).as('injuries'),
        eb.fn.sum<number>(eb.fn.coalesce('damage_vnd', sql.lit(0))).as('damage_vnd'),
      ])
      .groupBy(['province_code', 'occurred_day', 'admin_unit_id', 'type', 'category', 'seriousness'])
      .execute();
    const clearances = await this.db
      .selectFrom('incidents')
      .where('cleared', '=', 1)
      .select((eb) => [
        'province_code',
        'occurred_day',
        eb.fn.coalesce('cleared_day', sql.lit(0)).as('cleared_day'),
        'admin_unit_id',
        'type',
        'category',
        eb.fn.coalesce('seriousness', sql.lit('')).as('seriousness'),
        eb.fn.countAll<number>().as('incidents'),
      ])
      .groupBy([
        'province_code',
        'occurred_day',
        'cleared_day',
        'admin_unit_id',
        'type',
        'category',
        'seriousness',
      ])
      .execute();
    return { days, clearances };
  }

  /** Both rollups as stored. */
  async stored(): Promise<{ days: IncidentRollupRow[]; clearances: IncidentClearanceRollupRow[] }> {
    const days = await this.db.selectFrom('incident_rollups').selectAll().execute();
    const clearances = await this.db.selectFrom('incident_clearance_rollups').selectAll().execute();
    return { days, clearances };
  }

  /** Throws both tables away and fills them from the raw rows, in one statement each. */
  async rebuild(): Promise<{ days: number; clearances: number }> {
    await this.db.deleteFrom('incident_rollups').execute();
    await this.db.deleteFrom('incident_clearance_rollups').execute();
    await sql`
      insert into incident_rollups
        (province_code, day, admin_unit_id, type, category, seriousness, incidents, cleared, deaths, injuries, damage_vnd)
      select province_code, occurred_day, admin_unit_id, type, category, coalesce(seriousness, ''),
             count(*), sum(cleared), sum(coalesce(deaths, 0)), sum(coalesce(injuries, 0)), sum(coalesce(damage_vnd, 0))
      from incidents
      group by province_code, occurred_day, admin_unit_id, type, category, coalesce(seriousness, '')
    `.execute(this.db);
    await sql`
      insert into incident_clearance_rollups
        (province_code, occurred_day, cleared_day, admin_unit_id, type, category, seriousness, incidents)
      select province_code, occurred_day, cleared_day, admin_unit_id, type, category, coalesce(seriousness, ''), count(*)
      from incidents
      where cleared = 1
      group by province_code, occurred_day, cleared_day, admin_unit_id, type, category, coalesce(seriousness, '')
    `.execute(this.db);
    const [d, c] = await Promise.all([
      this.db
        .selectFrom('incident_rollups')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('incident_clearance_rollups')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { days: Number(d.n), clearances: Number(c.n) };
  }
}
