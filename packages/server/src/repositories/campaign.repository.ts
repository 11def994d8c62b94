import type { Insertable, Kysely, Selectable } from 'kysely';
import { maxBindParameters, type DialectName } from '../db/dialect.ts';
import type { DB } from '../db/schema.ts';
import type { CampaignElementTable, CampaignTable, CampaignTargetTable } from '../db/tables/campaign.ts';
import { chunks } from '../lib/chunks.ts';

// Campaigns, their elements and explicit targets, and the data values a campaign's status is
// computed from: one query per element over all the campaign's units and the whole window.

export type CampaignRow = Selectable<CampaignTable>;
export type CampaignElementRow = Selectable<CampaignElementTable>;
export type CampaignTargetRow = Selectable<CampaignTargetTable>;

/** A data set as a campaign needs it: its level, and its elements with how they add up. */
export type CampaignDataSet = {
  code: string;
  periodType: 'day' | 'week' | 'month';
  reportingLevel: 'commune' | 'district' | 'province';
  elements: { code: string; aggregation: 'sum' | 'last'; cumulative: boolean }[];
};

/** One reported value: the unit version, the last day of its period, the value. */
export type ReportedValue = { unitId: string; day: number; value: number };

/** IN lists of unit ids stay well inside either dialect's bound-parameter limit. */
const UNIT_CHUNK = 500;

export class CampaignRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: DialectName,
  ) {}

  list(): Promise<CampaignRow[]> {
    return this.db.selectFrom('campaigns').selectAll().orderBy('start_day', 'desc').orderBy('id').execute();
  }

  findById(id: string): Promise<CampaignRow | undefined> {
    return this.db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The elements of the given campaigns, in each campaign's order. */
  elementsOf(campaignIds: readonly string[]): Promise<CampaignElementRow[]> {
    if (campaignIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('campaign_elements')
      .selectAll()
      .where('campaign_id', 'in', [...campaignIds])
      .orderBy('campaign_id')
      .orderBy('position')
      .execute();
  }

  targetsOf(campaignId: string): Promise<CampaignTargetRow[]> {
    return this.db.selectFrom('campaign_targets').selectAll().where('campaign_id', '=', campaignId).execute();
  }

  async dataSet(code: string): Promise<CampaignDataSet | null> {
    const set = await this.db
      .selectFrom('data_sets')
      .select(['code', 'period_type', 'reporting_level'])
      .where('code', '=', code)
      .executeTakeFirst();
    if (!set) return null;
    const elements = await this.db
      .selectFrom('data_set_elements as se')
      .innerJoin('data_elements as e', 'e.code', 'se.element_code')
      .select(['e.code', 'e.aggregation', 'e.cumulative'])
      .where('se.data_set_code', '=', code)
      .orderBy('se.position')
      .execute();
    return {
      code: set.code,
      periodType: set.period_type,
      reportingLevel: set.reporting_level,
      elements: elements.map((e) => ({
        code: e.code,
        aggregation: e.aggregation,
        cumulative: Number(e.cumulative) === 1,
      })),
    };
  }

  async insert(
    campaign: Insertable<CampaignTable>,
    elements: Insertable<CampaignElementTable>[],
  ): Promise<void> {
    await this.db.insertInto('campaigns').values(campaign).execute();
    await this.db.insertInto('campaign_elements').values(elements).execute();
  }

  /** Replaces the explicit targets named (a null target removes the unit's explicit target). */
  async setTargets(
    provinceCode: string,
    campaignId: string,
    targets: { element: string; unitId: string; target: number | null }[],
  ): Promise<void> {
    for (const t of targets) {
      await this.db
        .deleteFrom('campaign_targets')
        .where('province_code', '=', provinceCode)
        .where('campaign_id', '=', campaignId)
        .where('element_code', '=', t.element)
        .where('admin_unit_id', '=', t.unitId)
        .execute();
    }
    const rows = targets
      .filter((t): t is typeof t & { target: number } => t.target !== null)
      .map((t) => ({
        province_code: provinceCode,
        campaign_id: campaignId,
        element_code: t.element,
        admin_unit_id: t.unitId,
        target: t.target,
      }));
    const size = Math.floor(maxBindParameters(this.dialect) / 5);
    for (const part of chunks(rows, size))
      await this.db.insertInto('campaign_targets').values(part).execute();
  }

  /** Every value of the element reported by the units for periods ending in [from, to]. */
  async valuesBetween(element: string, unitIds: readonly string[], from: number, to: number) {
    const out: ReportedValue[] = [];
    for (const part of chunks([...unitIds], UNIT_CHUNK)) {
      const rows = await this.db
        .selectFrom('data_values')
        .select(['admin_unit_id', 'end_day', 'value'])
        .where('element_code', '=', element)
        .where('end_day', '>=', from)
        .where('end_day', '<=', to)
        .where('admin_unit_id', 'in', part)
        .execute();
      for (const r of rows)
        out.push({ unitId: r.admin_unit_id, day: Number(r.end_day), value: Number(r.value) });
    }
    return out;
  }

  /** Per unit, its latest value of the element for a period ending before `day`. */
  latestBefore(element: string, unitIds: readonly string[], day: number): Promise<ReportedValue[]> {
    return this.edgeValues(element, unitIds, day, 'latest_before');
  }

  /** Per unit, its earliest value of the element for a period ending on or after `day`. */
  earliestFrom(element: string, unitIds: readonly string[], day: number): Promise<ReportedValue[]> {
    return this.edgeValues(element, unitIds, day, 'earliest_from');
  }

  /** Per unit, the value at the last day before `day`, or at the first day from it on. */
  private async edgeValues(
    element: string,
    unitIds: readonly string[],
    day: number,
    edge: 'latest_before' | 'earliest_from',
  ): Promise<ReportedValue[]> {
    const out: ReportedValue[] = [];
    for (const part of chunks([...unitIds], UNIT_CHUNK)) {
      const rows = await this.db
        .selectFrom('data_values as v')
        .innerJoin(
          (eb) =>
            eb
              .selectFrom('data_values')
              .select((f) => [
                'admin_unit_id',
                (edge === 'latest_before' ? f.fn.max('end_day') : f.fn.min('end_day')).as('edge_day'),
              ])
              .where('element_code', '=', element)
              .where('end_day', edge === 'latest_before' ? '<' : '>=', day)
              .where('admin_unit_id', 'in', part)
              .groupBy('admin_unit_id')
              .as('m'),
          (join) =>
            join.onRef('m.admin_unit_id', '=', 'v.admin_unit_id').onRef('m.edge_day', '=', 'v.end_day'),
        )
        .select(['v.admin_unit_id', 'v.end_day', 'v.value'])
        .where('v.element_code', '=', element)
        .execute();
      for (const r of rows)
        out.push({ unitId: r.admin_unit_id, day: Number(r.end_day), value: Number(r.value) });
    }
    return out;
  }
}
