import {
  parsePeriod,
  samePeriodYearsBefore,
  SHIPPED_INDICATORS,
  type IndicatorDefinition,
  type Measure,
} from '@antt/shared';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertAdminUnit, insertUser } from '../../test/fixtures.ts';
import { signIn } from '../../test/sign-in.ts';
import { buildIncidentWorld, REFORM_DAY, type IncidentWorld } from '../../test/incident-fixtures.ts';
import { describeEachDialect } from '../../test/test-db.ts';
import { newId } from '../lib/ids.ts';
import type { IncidentRow } from '../repositories/incident.repository.ts';
import { TipRollupRepository, tipRollupKey } from '../repositories/tip-rollup.repository.ts';
import type { TipRow } from '../repositories/tip.repository.ts';
import type { Actor } from './actor.ts';

// DESIGN 5.5: every shipped indicator, computed two ways on random data — through the API
// (rollups, successions, weights) and by a plain count over the raw rows right here — must
// agree, for the province, a commune that absorbed an old one, and its neighbour, in the
// period and its same period last year. Then the cross-reform promise: a commune's 2025
// same-period value is the sum of the communes it was made from.

const cli: Actor = { kind: 'cli', label: 'test' };
const TODAY = 20260302;
const DAYS = [
  '2024-03-05',
  '2024-11-20',
  '2025-02-14',
  '2025-06-30',
  '2025-07-01',
  '2025-09-09',
  '2025-12-20',
  '2026-01-10',
  '2026-02-27',
];
const PERIODS = ['2026-H1', 'bc:2026-Q1', '2025', 'ytd:2026-03-01'];

type World = IncidentWorld & { oldCommune2: { id: string; code: string } };
type Raw = { incidents: IncidentRow[]; tips: TipRow[] };

const incidentArb = fc.record({
  day: fc.constantFrom(...DAYS),
  pick: fc.nat(5),
  kind: fc.constantFrom('crime', 'crime', 'traffic_accident', 'fire', 'social_vice'),
  article: fc.constantFrom(173, 134, 251, 171, 123),
  clause: fc.integer({ min: 1, max: 3 }),
  deaths: fc.nat(2),
  injuries: fc.nat(3),
  damage: fc.nat(900_000_000),
  cleared: fc.boolean(),
  clearedAfter: fc.nat(60),
});
const tipArb = fc.record({
  day: fc.constantFrom(...DAYS),
  pick: fc.nat(5),
  status: fc.constantFrom('received', 'verifying', 'suspended', 'decided', 'decided'),
  decidedAfter: fc.nat(90),
  limitAfter: fc.integer({ min: 10, max: 60 }),
  category: fc.constantFrom('theft', 'fraud', 'assault'),
});

type Sample<A> = A extends fc.Arbitrary<infer T> ? T : never;
type IncidentSample = Sample<typeof incidentArb>;
type TipSample = Sample<typeof tipArb>;

const iso = (day: number) => `${String(day).slice(0, 4)}-${String(day).slice(4, 6)}-${String(day).slice(6)}`;
const toDay = (isoDay: string) => Number(isoDay.replaceAll('-', ''));
const plus = (isoDay: string, n: number) => {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const notAfterToday = (isoDay: string) => (toDay(isoDay) > TODAY ? iso(TODAY) : isoDay);

describeEachDialect('indicators computed two ways', (ctx) => {
  let world: World;
  const units = () => ({
    province: world.tiny.admin.province.id,
    a: world.tiny.admin.communeA.id,
    b: world.tiny.admin.communeB.id,
    old: world.oldCommune.id,
    old2: world.oldCommune2.id,
    oldProvince: world.oldProvince.id,
  });
  /** The commune versions a random pick lands in on a day: old communes before the reform. */
  const placeOn = (day: string, pick: number) => {
    const u = units();
    if (toDay(day) < REFORM_DAY)
      return pick % 3 === 2
        ? { id: u.b, code: '92002' }
        : pick % 2
          ? { id: u.old, code: '94001' }
          : { id: u.old2, code: '94002' };
    return pick % 2 ? { id: u.a, code: '92001' } : { id: u.b, code: '92002' };
  };

  it('builds the world: two old communes merged into commune A', async () => {
    const base = await buildIncidentWorld(ctx());
    const db = ctx().db;
    const id = await insertAdminUnit(db, {
      code: '94002',
      name: 'Phường 6 (cũ)',
      type: 'Phường',
      level: 'commune',
      parentId: base.oldProvince.id,
      provinceCode: '94',
      validFrom: 20080101,
      validTo: 20250630,
    });
    await db
      .insertInto('admin_unit_successions')
      .values({
        id: newId(),
        from_id: id,
        to_id: base.tiny.admin.communeA.id,
        effective_date: REFORM_DAY,
        weight: 1,
        source: 'test',
      })
      .execute();
    // Commune B existed before the reform too, under the same code.
    await db
      .updateTable('admin_units')
      .set({ valid_from: 20080101 })
      .where('id', '=', base.tiny.admin.communeB.id)
      .execute();
    base.app.services.jurisdiction.invalidate();
    world = { ...base, oldCommune2: { id, code: '94002' } };
  });

  async function addIncidents(batch: IncidentSample[]): Promise<void> {
    for (const c of batch) {
      const place = placeOn(c.day, c.pick);
      const common = {
        occurredAt: `${c.day}T10:00:00+07:00`,
        communeCode: place.code,
        summary: 'Ngẫu nhiên',
        cleared: c.cleared,
        ...(c.cleared ? { clearedOn: notAfterToday(plus(c.day, c.clearedAfter)) } : {}),
      };
      const body =
        c.kind === 'crime'
          ? { type: 'crime' as const, article: c.article, clause: c.clause, ...common }
          : c.kind === 'traffic_accident'
            ? {
                type: 'traffic_accident' as const,
                category: 'road',
                deaths: c.deaths,
                injuries: c.injuries,
                vehicles: 1,
                ...common,
              }
            : c.kind === 'fire'
              ? {
                  type: 'fire' as const,
                  category: 'fire',
                  deaths: c.deaths,
                  injuries: c.injuries,
                  damageVnd: c.damage,
                  ...common,
                }
              : { type: 'social_vice' as const, category: c.pick % 2 ? 'drugs_site' : 'gambling', ...common };
      await world.app.services.incidents.register.create(cli, body);
    }
  }

  let regNo = 1;
  /** Tips written as the intake and workflow write them: the row and its rollup move. */
  async function addTips(batch: TipSample[]): Promise<void> {
    const db = ctx().db;
    for (const t of batch) {
      const u = units();
      const area = t.pick === 5 ? { id: u.province } : placeOn(t.day, t.pick);
      const decided = t.status === 'decided';
      const decisionDay = toDay(notAfterToday(plus(t.day, t.decidedAfter)));
      const limit = toDay(plus(t.day, t.limitAfter));
      const row: TipRow = {
        id: newId(),
        province_code: '92',
        tracking_code: `T${String(regNo).padStart(9, '0')}`,
        secret_hash: 'x',
        kind: 'report',
        channel: 'phone',
        category: t.category as TipRow['category'],
        description: 'Ngẫu nhiên',
        occurred_at: null,
        occurred_day: null,
        place_admin_unit_id: area.id === u.province ? null : area.id,
        area_admin_unit_id: area.id,
        address: null,
        lon: null,
        lat: null,
        anonymous: 1,
        source_agency: null,
        receipt_record_no: null,
        received_at: `${t.day}T03:00:00.000Z`,
        received_day: toDay(t.day),
        receiving_unit_id: world.tiny.police.communeA.id,
        reg_year: 2000 + (regNo % 50),
        reg_no: regNo++,
        owner_unit_id: world.tiny.police.communeA.id,
        assignee_user_id: null,
        status: t.status as TipRow['status'],
        classified_at: null,
        handed_over_at: null,
        procuracy_notified_at: null,
        procuracy_notice_no: null,
        clock_start_day: null,
        limit_last_day: t.status === 'received' ? null : limit,
        unit_extended_to: null,
        procuracy_extended_to: null,
        suspended_at: null,
        suspension_ground: null,
        resumed_at: null,
        due_day: decided || t.status === 'suspended' ? null : limit,
        due_kind: decided || t.status === 'suspended' ? null : 'decision',
        decision: decided ? 'decline' : null,
        decision_no: decided ? '1/QĐ' : null,
        decision_day: decided ? decisionDay : null,
        decision_article: null,
        decision_agency: null,
        duplicate_of_id: null,
        decided_at: decided ? `${iso(decisionDay)}T03:00:00.000Z` : null,
        result_notified_at: null,
        version: 1,
        created_at: `${t.day}T03:00:00.000Z`,
        updated_at: `${t.day}T03:00:00.000Z`,
      };
      await db.insertInto('tips').values(row).execute();
      await new TipRollupRepository(db).move(null, tipRollupKey(row));
    }
  }

  async function raw(): Promise<Raw> {
    const db = ctx().db;
    return {
      incidents: await db.selectFrom('incidents').selectAll().execute(),
      tips: await db.selectFrom('tips').selectAll().execute(),
    };
  }

  /** The plain count over raw rows: no rollups, no mapping code, just which units belong. */
  function count(m: Measure, unitIds: Set<string>, start: number, end: number, data: Raw): number {
    if (m.source === 'incidents') {
      return data.incidents
        .filter(
          (i) =>
            unitIds.has(i.admin_unit_id) &&
            m.types.includes(i.type) &&
            (!m.categories || m.categories.includes(i.category)) &&
            (!m.seriousness || (i.seriousness !== null && m.seriousness.includes(i.seriousness))) &&
            i.occurred_day >= start &&
            i.occurred_day <= end,
        )
        .reduce((n, i) => {
          if (m.measure === 'incidents') return n + 1;
          if (m.measure === 'cleared') return n + (i.cleared === 1 && i.cleared_day! <= end ? 1 : 0);
          return n + Number(i[m.measure] ?? 0);
        }, 0);
    }
    return data.tips.filter((t) => {
      if (!unitIds.has(t.area_admin_unit_id) || (m.categories && !m.categories.includes(t.category)))
        return false;
      if (m.measure === 'overdue_now')
        return (
          (t.status === 'received' || t.status === 'verifying') && t.due_day !== null && t.due_day < TODAY
        );
      if (t.received_day < start || t.received_day > end) return false;
      if (m.measure === 'received') return true;
      const resolved = t.status === 'decided' && t.decision_day! <= end;
      if (m.measure === 'resolved') return resolved;
      return resolved && (t.limit_last_day === null || t.decision_day! <= t.limit_last_day);
    }).length;
  }

  function expected(def: IndicatorDefinition, unitIds: Set<string>, period: string, data: Raw) {
    const p = parsePeriod(period);
    const num = count(def.numerator, unitIds, p.start, p.end, data);
    const den = def.denominator ? count(def.denominator, unitIds, p.start, p.end, data) : null;
    const value = den === null ? num : den === 0 ? null : (num / den) * def.factor;
    const s = samePeriodYearsBefore(p);
    const sNum = count(def.numerator, unitIds, s.start, s.end, data);
    const sDen = def.denominator ? count(def.denominator, unitIds, s.start, s.end, data) : null;
    return {
      num,
      den,
      value,
      sameValue: sDen === null ? sNum : sDen === 0 ? null : (sNum / sDen) * def.factor,
    };
  }

  it('every shipped indicator through the API equals a plain count over the raw rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(incidentArb, { minLength: 5, maxLength: 25 }),
        fc.array(tipArb, { minLength: 3, maxLength: 12 }),
        async (incidents, tips) => {
          await addIncidents(incidents);
          await addTips(tips);
          const data = await raw();
          const u = units();
          const areas: [string, Set<string>][] = [
            ['92', new Set([u.province, u.a, u.b, u.old, u.old2, u.oldProvince])],
            ['92001', new Set([u.a, u.old, u.old2])],
            ['92002', new Set([u.b])],
          ];
          for (const def of SHIPPED_INDICATORS) {
            for (const period of PERIODS) {
              for (const [code, ids] of areas) {
                const r = await world.app.inject({
                  method: 'GET',
                  url: `/api/indicators/${def.code}/values?period=${encodeURIComponent(period)}&unit=${code}`,
                  headers: world.as.phantich!.headers,
                });
                expect(r.statusCode, r.body).toBe(200);
                const got = r.json();
                const want = expected(def, ids, period, data);
                const where = `${def.code} ${period} ${code}`;
                expect(got.numerator, where).toBeCloseTo(want.num, 6);
                expect(got.denominator, where).toEqual(want.den);
                if (want.value === null) expect(got.value, where).toBeNull();
                else expect(got.value, where).toBeCloseTo(want.value, 6);
                if (def.numerator.source === 'tips' && def.numerator.measure === 'overdue_now') {
                  expect(got.samePeriod, where).toBeNull();
                } else if (want.sameValue === null) {
                  expect(got.samePeriod.value, where).toBeNull();
                } else {
                  expect(got.samePeriod.value, where).toBeCloseTo(want.sameValue, 6);
                }
              }
            }
          }
        },
      ),
      { numRuns: 3, seed: 5, endOnFailure: true },
    );
  }, 240_000);

  it("a commune's same-period value across the reform is the sum over its predecessor communes", async () => {
    const get = async (url: string) =>
      (await world.app.inject({ method: 'GET', url, headers: world.as.phantich!.headers })).json();
    for (const code of ['crimes', 'traffic_accidents', 'tips_received', 'fire_damage']) {
      const now = await get(`/api/indicators/${code}/values?period=2026-H1&unit=92001`);
      const parts = await Promise.all(
        ['94001', '94002'].map((c) =>
          get(`/api/indicators/${code}/values?period=2025-H1&unit=${c}&hierarchyDate=2025-06-30`),
        ),
      );
      expect(now.samePeriodRef.code).toBe('2025-H1');
      expect(now.samePeriod.numerator).toBeCloseTo(parts[0].numerator + parts[1].numerator, 6);
      if (code === 'crimes')
        expect(now.samePeriod.numerator, 'the test data reaches the old communes').toBeGreaterThan(0);
    }
  });

  it('breaks a province down into its communes whose figures add up to it', async () => {
    const r = (
      await world.app.inject({
        method: 'GET',
        url: '/api/indicators/crimes/values?period=2025&unit=92&breakdown=children',
        headers: world.as.phantich!.headers,
      })
    ).json();
    expect(r.children.map((c: { unit: { code: string } }) => c.unit.code).sort()).toEqual(['92001', '92002']);
    const sum = r.children.reduce((n: number, c: { numerator: number }) => n + c.numerator, 0);
    expect(sum).toBeCloseTo(r.numerator, 6);
  });

  it('refuses a unit outside the caller’s jurisdiction and a period that is not one', async () => {
    const outside = await world.app.inject({
      method: 'GET',
      url: '/api/indicators/crimes/values?period=2025&unit=92002',
      headers: world.as['canbo.a']!.headers,
    });
    expect(outside.statusCode).toBe(403);
    const bad = await world.app.inject({
      method: 'GET',
      url: '/api/indicators/crimes/values?period=2025-Q5&unit=92',
      headers: world.as.phantich!.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toContain('period');
  });

  it('lets an administrator change a target, refuses others, and the values follow it', async () => {
    await insertUser(world.app.services.users, { username: 'quantri', unitCode: 'CA92', roles: ['admin'] });
    const admin = await signIn(world.app, {
      username: 'quantri',
      password: FIXTURE_PASSWORD,
      remoteAddress: '10.9.9.9',
    });
    const def = SHIPPED_INDICATORS.find((d) => d.code === 'clearance_rate')!;
    const body = { ...def, target: { op: 'at_least', value: 101 }, targetSource: 'Kế hoạch thử' };
    const refused = await world.app.inject({
      method: 'PUT',
      url: '/api/indicators/clearance_rate',
      headers: world.as.phantich!.headers,
      payload: body,
    });
    expect(refused.statusCode).toBe(403);
    const saved = await world.app.inject({
      method: 'PUT',
      url: '/api/indicators/clearance_rate',
      headers: admin.headers,
      payload: body,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const v = (
      await world.app.inject({
        method: 'GET',
        url: '/api/indicators/clearance_rate/values?period=2025&unit=92',
        headers: world.as.phantich!.headers,
      })
    ).json();
    expect(v.indicator.target).toEqual({ op: 'at_least', value: 101 });
    expect(v.meetsTarget).toBe(false);
    const wrongCode = await world.app.inject({
      method: 'PUT',
      url: '/api/indicators/fires',
      headers: admin.headers,
      payload: body,
    });
    expect(wrongCode.statusCode).toBe(400);
  });

  it('keeps the tip rollup equal to a recount', async () => {
    const repo = new TipRollupRepository(ctx().db);
    const sort = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sort(await repo.stored())).toEqual(sort(await repo.recount()));
  });

  it('closes the app', async () => {
    await world.app.close();
  });
});
