import {
  addDays,
  dayFromIso,
  daysBetween,
  isoFromDay,
  vnDayOf,
  type CampaignInput,
  type DayNumber,
} from '@antt/shared';
import type { Insertable, Kysely } from 'kysely';
import { maxBindParameters } from '../db/dialect.ts';
import type { DB } from '../db/schema.ts';
import type { DataApprovalTable, DataValueTable } from '../db/tables/data-value.ts';
import { chunks } from '../lib/chunks.ts';
import { AdminUnitRepository } from '../repositories/admin-unit.repository.ts';
import type { Actor } from '../services/actor.ts';
import type { AdminUnit } from '../services/admin-unit.service.ts';
import type { Services } from '../services/index.ts';
import { DEMO_PROVINCE_CODE } from './demo-organisation.ts';
import { SeededRandom } from './seeded-random.ts';

// The demo's Project 06 figures (shared/DESIGN.md section 5.4): every commune of today's Cần
// Thơ reports the p06_daily set each day from 1 July 2026 to yesterday, and the city runs the
// "90 ngày đêm" peak on electronic identification from 1 October 2026. The figures follow the
// validation rules (running totals never go down, level 1 stays above level 2, online dossiers
// are a part of all dossiers). Level-2 activations are drawn per resident still without one —
// each day each of them activates with a small chance, raised during the campaign by a
// different amount in each commune — so some communes reach 80 % by the end and some do not.
// Days more than 14 days back are approved, the next ones submitted, the last two open.

export const DEMO_P06_FROM = dayFromIso('2026-07-01');
export const DEMO_CAMPAIGN_START = dayFromIso('2026-10-01');
export const DEMO_CAMPAIGN_DAYS = 90;
/** Fixed, so every demo database holds the same figures for the same "today". */
const DEMO_P06_SEED = 20_261_001;

const APPROVED_BEFORE_DAYS = 14;
const OPEN_LAST_DAYS = 2;
/** Without a census figure, a commune of the new Cần Thơ has about this many residents. */
const TYPICAL_COMMUNE_POPULATION = 30_000;
/** Share of all residents aged 14 and over (2019 census age structure). */
const SHARE_14_PLUS = 0.75;

export const DEMO_CAMPAIGN: CampaignInput = {
  nameVi: 'Cao điểm 90 ngày đêm thu nhận, hướng dẫn kích hoạt định danh điện tử',
  nameEn: '90-day peak: receiving and activating electronic identification',
  dataSet: 'p06_daily',
  unit: DEMO_PROVINCE_CODE,
  startDate: isoFromDay(DEMO_CAMPAIGN_START),
  endDate: isoFromDay(addDays(DEMO_CAMPAIGN_START, DEMO_CAMPAIGN_DAYS - 1)),
  populationElement: 'p06_population_14plus',
  elements: [
    { element: 'p06_eid2_activated_total', targetRate: 0.8 },
    { element: 'p06_dossiers_online', targetRate: null },
  ],
};

export type DemoProject06Report = { values: number; approvals: number; campaignId: string };

const seedActor: Actor = { kind: 'system', label: 'demo-seed' };

export async function seedDemoProject06(services: Services): Promise<DemoProject06Report> {
  const { db, dialect, clock } = services.deps;
  const today = vnDayOf(clock.now());
  const lastDay = addDays(today, -1);
  const communes = await services.adminUnits.childrenAt(DEMO_PROVINCE_CODE, today);
  const census = await censusPopulations(services, communes);

  const values: Insertable<DataValueTable>[] = [];
  const approvals: Insertable<DataApprovalTable>[] = [];
  const onlineTargets: { element: string; unit: string; target: number }[] = [];
  for (const commune of communes) {
    // One generator per commune: its figures for a day stay the same whatever day the seed runs.
    const random = new SeededRandom(DEMO_P06_SEED + Number(commune.code));
    const people = census.get(commune.id) ?? Math.round(random.logNormal(TYPICAL_COMMUNE_POPULATION, 0.35));
    const plan = communePlan(random, Math.round(people * SHARE_14_PLUS * (0.97 + 0.06 * random.next())));
    onlineTargets.push({ element: 'p06_dossiers_online', unit: commune.code, target: plan.onlineTarget });
    // Some communes have not yet entered yesterday (or the day before).
    const behind = random.chance(0.25) ? (random.chance(0.3) ? 2 : 1) : 0;
    for (let day = DEMO_P06_FROM; day <= addDays(lastDay, -behind); day = addDays(day, 1)) {
      const period = isoFromDay(day);
      const at = `${period}T11:00:00.000Z`;
      for (const [element, value] of plan.next(day)) {
        values.push({
          province_code: commune.provinceCode,
          admin_unit_id: commune.id,
          element_code: element,
          period,
          start_day: day,
          end_day: day,
          value,
          comment: null,
          version: 1,
          op_id: null,
          created_at: at,
          updated_at: at,
          updated_by: 'system:demo-seed',
        });
      }
      const state = approvalState(day, today);
      if (state) {
        approvals.push({
          province_code: commune.provinceCode,
          data_set_code: 'p06_daily',
          admin_unit_id: commune.id,
          period,
          start_day: day,
          end_day: day,
          state,
          comment: null,
          changed_at: `${isoFromDay(addDays(day, state === 'approved' ? 2 : 0))}T13:00:00.000Z`,
          changed_by: state === 'approved' ? 'lanhdao' : 'system:demo-seed',
        });
      }
    }
  }

  await db.transaction().execute(async (trx) => {
    await insertInBatches(trx, 'data_values', values, maxBindParameters(dialect));
    await insertInBatches(trx, 'data_approvals', approvals, maxBindParameters(dialect));
  });
  const campaign = await services.campaigns.create(seedActor, DEMO_CAMPAIGN);
  await services.campaigns.setTargets(seedActor, campaign.id, { targets: onlineTargets });
  return { values: values.length, approvals: approvals.length, campaignId: campaign.id };
}

function approvalState(day: DayNumber, today: DayNumber): DataApprovalTable['state'] | null {
  if (day < addDays(today, -APPROVED_BEFORE_DAYS)) return 'approved';
  if (day < addDays(today, -OPEN_LAST_DAYS)) return 'submitted';
  return null;
}

/**
 * Each commune's 2019 census population: its own figure, or the sum of its predecessors'
 * weighted by the share each passed on in the 2025 reform (when all of them have one).
 */
async function censusPopulations(services: Services, communes: readonly AdminUnit[]) {
  const repo = new AdminUnitRepository(services.deps.db, services.deps.dialect);
  const ids = communes.map((c) => c.id);
  const successions = await repo.successionsInto(ids, dayFromIso('2025-06-30'));
  const populations = await repo.latestPopulations([...ids, ...successions.map((s) => s.from_id)]);
  const out = new Map<string, number>();
  for (const c of communes) {
    const own = populations.get(c.id);
    const parts = successions.filter((s) => s.to_id === c.id);
    if (own) out.set(c.id, Number(own.population));
    else if (parts.length > 0 && parts.every((s) => populations.has(s.from_id))) {
      out.set(
        c.id,
        Math.round(
          parts.reduce((sum, s) => sum + Number(populations.get(s.from_id)!.population) * s.weight, 0),
        ),
      );
    }
  }
  return out;
}

/** Fewer people come on Saturdays and very few on Sundays. */
function weekdayFactor(day: DayNumber, sunday: number, saturday: number): number {
  const weekday = new Date(`${isoFromDay(day)}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? sunday : weekday === 6 ? saturday : 1.1;
}

/** One commune's figures, drawn day by day from its own rates. */
function communePlan(random: SeededRandom, population: number) {
  // Daily chance of a resident without level-2 e-ID to activate one: before and during the peak
  // (a few communes change pace a month in), ramping up over the first week.
  const before = 0.0008 + 0.0015 * random.next();
  const during = 0.004 + 0.012 * random.next();
  const laterPace = random.chance(0.25) ? (random.chance(0.5) ? 0.6 : 1.5) : 1;
  const chanceOn = (day: DayNumber) => {
    const into = daysBetween(DEMO_CAMPAIGN_START, day);
    if (into < 0) return before;
    const ramp = Math.min(1, (into + 1) / 7);
    return (before + (during - before) * ramp) * (into >= 30 ? laterPace : 1);
  };
  let eid2 = Math.round(population * (0.35 + 0.2 * random.next()));
  let eid1Extra = Math.round(population * (0.03 + 0.05 * random.next()));
  let cardsReturned = Math.round(population * (0.9 + 0.05 * random.next()));
  const cardsCeiling = Math.round(population * 0.975);
  const onlineShare0 = 0.25 + 0.2 * random.next();
  const onlineSlope = 0.0005 + 0.0015 * random.next();
  let dayIndex = 0;
  // All dossiers expected over the 90 days (about 0.115 per resident 14+), half of them online.
  const onlineTarget = Math.round((population * 0.115 * 0.5) / 10) * 10;

  return {
    onlineTarget,
    next(day: DayNumber): [string, number][] {
      const busy = weekdayFactor(day, 0.35, 0.75);
      const office = weekdayFactor(day, 0.15, 0.5);
      const chance = chanceOn(day) * busy;
      eid2 += random.binomial(Math.max(0, population - eid2), chance);
      eid1Extra += random.binomial(Math.max(0, population - eid2 - eid1Extra), 0.0004 * busy);
      cardsReturned += random.binomial(Math.max(0, cardsCeiling - cardsReturned), 0.004 * busy);
      const dossiers = random.binomial(population, 0.0014 * office);
      const share = Math.min(0.9, onlineShare0 + onlineSlope * dayIndex);
      const online = random.binomial(dossiers, share);
      const eligible = population + Math.floor(dayIndex * population * 0.00002);
      dayIndex++;
      return [
        ['p06_cc_applications', random.binomial(population, 0.00035 * busy)],
        ['p06_cc_returned_total', cardsReturned],
        ['p06_eid2_applications', random.binomial(Math.max(0, population - eid2), chance * 1.1)],
        ['p06_eid1_activated_total', Math.min(population, eid2 + eid1Extra)],
        ['p06_eid2_activated_total', eid2],
        ['p06_dossiers_online', online],
        ['p06_dossiers_total', dossiers],
        ['p06_population_14plus', eligible],
      ];
    },
  };
}

async function insertInBatches<T extends 'data_values' | 'data_approvals'>(
  trx: Kysely<DB>,
  table: T,
  rows: Insertable<DB[T]>[],
  maxParameters: number,
): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.floor(maxParameters / Object.keys(rows[0]!).length);
  for (const part of chunks(rows, size))
    await trx
      .insertInto(table)
      .values(part as never)
      .execute();
}
