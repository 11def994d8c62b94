import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { TipTable } from '../db/tables/tip.ts';

export type TipRow = Selectable<TipTable>;

/** A tip with the names people read: units, assignee, place. */
export type TipViewRow = TipRow & {
  owner_code: string;
  owner_name: string;
  owner_kind: string;
  receiving_code: string;
  receiving_name: string;
  receiving_kind: string;
  assignee_username: string | null;
  assignee_display_name: string | null;
  place_code: string | null;
  place_name: string | null;
};

/** Who may see which tips: a jurisdiction's areas, or the tips of one's own unit and one's own. */
export type TipVisibility =
  | { scope: 'all' }
  | { scope: 'some'; areaIds: string[]; ownerUnitId: string | null; assigneeUserId: string | null };

export type TipListFilter = {
  visibility: TipVisibility;
  ownerUnitId?: string;
  assigneeUserId?: string;
  statuses?: string[];
  category?: string;
  kind?: string;
  /** Open tips whose limit (of the given kinds) ends within [from, to]. */
  dueBetween?: { from: number; to: number; kinds?: string[] };
  /** Open tips whose limit ended before this day. */
  dueBefore?: number;
  trackingCode?: string;
  regNo?: number;
  regYear?: number;
  limit: number;
  offset: number;
};

export class TipRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private view() {
    return this.db
      .selectFrom('tips')
      .innerJoin('police_units as owner', 'owner.id', 'tips.owner_unit_id')
      .innerJoin('police_units as receiving', 'receiving.id', 'tips.receiving_unit_id')
      .leftJoin('users as assignee', 'assignee.id', 'tips.assignee_user_id')
      .leftJoin('admin_units as place', 'place.id', 'tips.place_admin_unit_id')
      .selectAll('tips')
      .select([
        'owner.code as owner_code',
        'owner.name as owner_name',
        'owner.kind as owner_kind',
        'receiving.code as receiving_code',
        'receiving.name as receiving_name',
        'receiving.kind as receiving_kind',
        'assignee.username as assignee_username',
        'assignee.display_name as assignee_display_name',
        'place.code as place_code',
        'place.name as place_name',
      ]);
  }

  findById(id: string): Promise<TipRow | undefined> {
    return this.db.selectFrom('tips').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findViewById(id: string): Promise<TipViewRow | undefined> {
    return this.view().where('tips.id', '=', id).executeTakeFirst();
  }

  /** Every tip with this tracking code (codes are unique per province; across provinces a clash is possible). */
  findByTrackingCode(code: string): Promise<TipRow[]> {
    return this.db.selectFrom('tips').selectAll().where('tracking_code', '=', code).execute();
  }

  async trackingCodeTaken(code: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('tips')
      .select('id')
      .where('tracking_code', '=', code)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insert(row: Insertable<TipTable>): Promise<void> {
    await this.db.insertInto('tips').values(row).execute();
  }

  /**
   * Applies a change only when the tip is still at `version`, and moves it to version + 1.
   * Returns false when someone else changed it first (the caller answers 409).
   */
  async updateAtVersion(
    provinceCode: string,
    id: string,
    version: number,
    changes: Updateable<TipTable>,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('tips')
      .set({ ...changes, version: version + 1 })
      .where('province_code', '=', provinceCode)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * The next number of a unit's intake register for a year, in the caller's transaction: one
   * upsert that takes the counter row's lock (PostgreSQL) or the database's write lock
   * (SQLite), so concurrent intakes get consecutive numbers and a rolled-back intake gives
   * its number back.
   */
  async nextRegisterNumber(provinceCode: string, unitId: string, year: number): Promise<number> {
    const row = await this.db
      .insertInto('tip_register_counters')
      .values({ province_code: provinceCode, unit_id: unitId, year, last_no: 1 })
      .onConflict((oc) =>
        oc
          .columns(['province_code', 'unit_id', 'year'])
          .doUpdateSet((eb) => ({ last_no: eb('tip_register_counters.last_no', '+', 1) })),
      )
      .returning('last_no')
      .executeTakeFirstOrThrow();
    return Number(row.last_no);
  }

  private filtered(filter: Omit<TipListFilter, 'limit' | 'offset'>) {
    let q = this.view();
    const v = filter.visibility;
    if (v.scope === 'some') {
      q = q.where((eb) => {
        const ors = [];
        if (v.areaIds.length > 0) ors.push(eb('tips.area_admin_unit_id', 'in', v.areaIds));
        if (v.ownerUnitId) ors.push(eb('tips.owner_unit_id', '=', v.ownerUnitId));
        if (v.assigneeUserId) ors.push(eb('tips.assignee_user_id', '=', v.assigneeUserId));
        return ors.length > 0 ? eb.or(ors) : eb.val(false);
      });
    }
    if (filter.ownerUnitId) q = q.where('tips.owner_unit_id', '=', filter.ownerUnitId);
    if (filter.assigneeUserId) q = q.where('tips.assignee_user_id', '=', filter.assigneeUserId);
    if (filter.statuses?.length) q = q.where('tips.status', 'in', filter.statuses as TipRow['status'][]);
    if (filter.category) q = q.where('tips.category', '=', filter.category as TipRow['category']);
    if (filter.kind) q = q.where('tips.kind', '=', filter.kind as TipRow['kind']);
    if (filter.dueBetween) {
      q = q
        .where('tips.status', 'in', ['received', 'verifying'])
        .where('tips.due_day', '>=', filter.dueBetween.from)
        .where('tips.due_day', '<=', filter.dueBetween.to);
      if (filter.dueBetween.kinds)
        q = q.where('tips.due_kind', 'in', filter.dueBetween.kinds as NonNullable<TipRow['due_kind']>[]);
    }
    if (filter.dueBefore !== undefined) {
      q = q
        .where('tips.status', 'in', ['received', 'verifying'])
        .where('tips.due_day', '<', filter.dueBefore);
    }
    if (filter.trackingCode) q = q.where('tips.tracking_code', '=', filter.trackingCode);
    if (filter.regNo !== undefined) q = q.where('tips.reg_no', '=', filter.regNo);
    if (filter.regYear !== undefined) q = q.where('tips.reg_year', '=', filter.regYear);
    return q;
  }

  /** A page of tips, most urgent first (the earliest last day), then the newest. */
  list(filter: TipListFilter): Promise<TipViewRow[]> {
    return this.filtered(filter)
      .orderBy((eb) => eb.case().when('tips.due_day', 'is', null).then(1).else(0).end())
      .orderBy('tips.due_day')
      .orderBy('tips.received_at', 'desc')
      .orderBy('tips.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute();
  }

  async count(filter: Omit<TipListFilter, 'limit' | 'offset'>): Promise<number> {
    const row = await this.filtered(filter)
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /**
   * Candidates for "the same incident reported twice": same province and category, received
   * within the window, other than the tip itself. The service measures distance and time.
   */
  duplicateCandidates(tip: TipRow, fromDay: number, toDay: number, limit: number): Promise<TipViewRow[]> {
    return this.view()
      .where('tips.province_code', '=', tip.province_code)
      .where('tips.category', '=', tip.category)
      .where('tips.id', '!=', tip.id)
      .where((eb) =>
        eb.or([
          eb.and([eb('tips.received_day', '>=', fromDay), eb('tips.received_day', '<=', toDay)]),
          eb.and([eb('tips.occurred_day', '>=', fromDay), eb('tips.occurred_day', '<=', toDay)]),
        ]),
      )
      .orderBy('tips.received_at', 'desc')
      .limit(limit)
      .execute();
  }

  /** Open tips whose current limit ends on or before `day` (for the deadline scan). */
  openDueBy(day: number): Promise<TipViewRow[]> {
    return this.view()
      .where('tips.status', 'in', ['received', 'verifying'])
      .where('tips.due_day', 'is not', null)
      .where('tips.due_day', '<=', day)
      .orderBy('tips.due_day')
      .execute();
  }
}
