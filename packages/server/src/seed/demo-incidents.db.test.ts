import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, lunarNewYear, vnDayOf } from '@antt/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-db.ts';
import { loadConfig } from '../config.ts';
import { ManualClock } from '../lib/clock.ts';
import { pointInGeometry, type AreaGeometry } from '../lib/geometry.ts';
import { createServices, type Services } from '../services/index.ts';
import { seedDemo, type DemoSeedReport } from './demo.ts';

// The demo's incidents (shared/DESIGN.md section 7) as a user of the demo meets them: the
// magnitudes promised in incident-calibration.ts, every incident in a commune that existed on
// its day, recorded by the police of its present-day commune, statuses that agree with
// clearance, points inside their commune, and rollups equal to a recount.

const NOW = new Date('2026-11-27T03:00:00Z');
const YESTERDAY = addDays(vnDayOf(NOW), -1);
const REFORM_DAY = 20250701;

type Row = {
  type: string;
  category: string;
  seriousness: string | null;
  crime_article: number | null;
  occurred_day: number;
  status: string;
  cleared: number;
  cleared_day: number | null;
  deaths: number | null;
  lon: number | null;
  lat: number | null;
  tip_id: string | null;
  admin_unit_id: string;
  unit_province: string;
  unit_level: string;
  unit_from: number;
  unit_to: number | null;
  reporting_code: string;
  reporting_area: string;
};

describeEachDialect('demo incidents', (ctx) => {
  let services: Services;
  let report: DemoSeedReport;
  let rows: Row[];

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-demo-incidents-'));
    const config = loadConfig(
      {},
      { database: ctx().config, logLevel: 'silent', demo: true, vaultKeyFile: path.join(dir, 'vault.key') },
    );
    services = createServices(ctx(), new ManualClock(NOW), config);
    report = await seedDemo(services);
    rows = (
      await ctx()
        .db.selectFrom('incidents as i')
        .innerJoin('admin_units as u', 'u.id', 'i.admin_unit_id')
        .innerJoin('police_units as p', 'p.id', 'i.reporting_unit_id')
        .select([
          'i.type',
          'i.category',
          'i.seriousness',
          'i.crime_article',
          'i.occurred_day',
          'i.status',
          'i.cleared',
          'i.cleared_day',
          'i.deaths',
          'i.lon',
          'i.lat',
          'i.tip_id',
          'i.admin_unit_id',
          'u.province_code as unit_province',
          'u.level as unit_level',
          'u.valid_from as unit_from',
          'u.valid_to as unit_to',
          'p.code as reporting_code',
          'p.admin_unit_id as reporting_area',
        ])
        .execute()
    ).map((r) => ({
      ...r,
      occurred_day: Number(r.occurred_day),
      cleared: Number(r.cleared),
      cleared_day: r.cleared_day === null ? null : Number(r.cleared_day),
      deaths: r.deaths === null ? null : Number(r.deaths),
      unit_from: Number(r.unit_from),
      unit_to: r.unit_to === null ? null : Number(r.unit_to),
    }));
  });

  const inYear = (r: Row, year: number) => Math.floor(r.occurred_day / 10_000) === year;
  const share = (part: Row[], of: Row[]) => part.length / of.length;

  it('holds several years of incidents, from 2019 to yesterday, all counted in the report', () => {
    expect(report.incidents).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(10_000);
    const days = rows.map((r) => r.occurred_day);
    // From 2019, so a review of the 2020–2025 term has its same period and a five-year band.
    expect(Math.min(...days)).toBeLessThan(20190110);
    expect(Math.max(...days)).toBeLessThanOrEqual(YESTERDAY);
    expect(Math.max(...days)).toBeGreaterThan(addDays(YESTERDAY, -7));
  });

  describe('is calibrated to published magnitudes', () => {
    it('has a few hundred social-order crimes a year in former Sóc Trăng, cleared near 80 %', () => {
      for (const year of [2019, 2020, 2021, 2022, 2023, 2024]) {
        const socialOrder = rows.filter(
          (r) =>
            r.type === 'crime' &&
            r.category === 'social_order' &&
            r.unit_province === '94' &&
            inYear(r, year),
        );
        expect(socialOrder.length, `${year}`).toBeGreaterThanOrEqual(300);
        expect(socialOrder.length, `${year}`).toBeLessThanOrEqual(550);
        const cleared = share(
          socialOrder.filter((r) => r.cleared === 1),
          socialOrder,
        );
        expect(cleared, `${year}`).toBeGreaterThan(0.72);
        expect(cleared, `${year}`).toBeLessThan(0.88);
      }
    });

    it('clears about 80 % of crimes, and about 90 % of very serious and especially serious ones', () => {
      const crimes = rows.filter((r) => r.type === 'crime' && r.occurred_day < 20260101);
      const cleared = share(
        crimes.filter((r) => r.cleared === 1),
        crimes,
      );
      expect(cleared).toBeGreaterThan(0.7);
      expect(cleared).toBeLessThan(0.9);
      const grave = crimes.filter(
        (r) => r.seriousness === 'very_serious' || r.seriousness === 'especially_serious',
      );
      expect(grave.length).toBeGreaterThan(300);
      expect(
        share(
          grave.filter((r) => r.cleared === 1),
          grave,
        ),
      ).toBeGreaterThan(0.85);
      // Murder happens, rarely.
      const murders = crimes.filter((r) => r.crime_article === 123).length;
      expect(murders).toBeGreaterThan(0);
      expect(murders).toBeLessThan(crimes.length * 0.01);
    });

    it('has 100–200 traffic accidents and about a hundred deaths a year in former Sóc Trăng, tens of fires', () => {
      for (const year of [2019, 2020, 2021, 2022, 2023, 2024]) {
        const ofSocTrang = rows.filter((r) => r.unit_province === '94' && inYear(r, year));
        const accidents = ofSocTrang.filter((r) => r.type === 'traffic_accident');
        expect(accidents.length, `${year}`).toBeGreaterThanOrEqual(100);
        expect(accidents.length, `${year}`).toBeLessThanOrEqual(200);
        const deaths = accidents.reduce((sum, r) => sum + (r.deaths ?? 0), 0);
        expect(deaths, `${year}`).toBeGreaterThanOrEqual(60);
        expect(deaths, `${year}`).toBeLessThanOrEqual(150);
        const fires = ofSocTrang.filter((r) => r.type === 'fire').length;
        expect(fires, `${year}`).toBeGreaterThanOrEqual(10);
        expect(fires, `${year}`).toBeLessThanOrEqual(60);
        expect(ofSocTrang.filter((r) => r.type === 'social_vice').length, `${year}`).toBeGreaterThan(20);
      }
    });

    it('peaks around Tết: gambling twice as often in the month around Tết as in September', () => {
      const gambling = rows.filter((r) => r.crime_article === 321 || r.crime_article === 322);
      const within = (from: number, to: number) =>
        gambling.filter((r) => r.occurred_day >= from && r.occurred_day <= to).length;
      let aroundTet = 0;
      let september = 0;
      for (const year of [2022, 2023, 2024, 2025, 2026]) {
        const tet = lunarNewYear(year);
        aroundTet += within(addDays(tet, -15), addDays(tet, 14));
        september += within(year * 10_000 + 901, year * 10_000 + 930);
      }
      expect(september).toBeGreaterThan(20);
      expect(aroundTet).toBeGreaterThan(1.5 * september);
    });
  });

  it('places every incident in a commune valid on its day: old communes before 1 July 2025, new after', () => {
    const wrong = rows.filter((r) => {
      const valid = r.unit_from <= r.occurred_day && (r.unit_to === null || r.unit_to >= r.occurred_day);
      const era =
        r.occurred_day < REFORM_DAY
          ? ['92', '93', '94'].includes(r.unit_province) && r.unit_to === 20250630
          : r.unit_province === '92' && r.unit_from === REFORM_DAY;
      return r.unit_level !== 'commune' || !valid || !era;
    });
    expect(wrong).toEqual([]);
    // Both eras and all three former provinces are there.
    for (const p of ['92', '93', '94'])
      expect(rows.some((r) => r.unit_province === p && r.occurred_day < REFORM_DAY)).toBe(true);
  });

  it('has each incident recorded by the commune police of its present-day commune', () => {
    expect(rows.every((r) => /^CAX-\d{5}$/.test(r.reporting_code) || r.reporting_code === 'CA92')).toBe(true);
    const sinceReform = rows.filter((r) => r.occurred_day >= REFORM_DAY);
    expect(sinceReform.filter((r) => r.reporting_area !== r.admin_unit_id)).toEqual([]);
  });

  it('gives statuses that agree with clearance, and no clearance after yesterday', () => {
    expect(rows.filter((r) => r.status === 'closed' && r.cleared !== 1)).toEqual([]);
    expect(rows.filter((r) => r.status === 'suspended' && r.cleared !== 0)).toEqual([]);
    expect(
      rows.filter(
        (r) => r.cleared_day !== null && (r.cleared_day < r.occurred_day || r.cleared_day > YESTERDAY),
      ),
    ).toEqual([]);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['open', 'investigating', 'suspended', 'closed']),
    );
  });

  it('puts about half the incidents on the map, each point inside its commune', async () => {
    const located = rows.filter((r) => r.lon !== null && r.lat !== null);
    expect(share(located, rows)).toBeGreaterThan(0.4);
    expect(share(located, rows)).toBeLessThan(0.6);
    const boundaries = await ctx()
      .db.selectFrom('admin_unit_boundaries')
      .select(['unit_id', 'geometry'])
      .where('unit_id', 'in', [...new Set(located.map((r) => r.admin_unit_id))])
      .execute();
    const geometry = new Map(boundaries.map((b) => [b.unit_id, JSON.parse(b.geometry) as AreaGeometry]));
    expect(located.filter((r) => !pointInGeometry(r.lon!, r.lat!, geometry.get(r.admin_unit_id)!))).toEqual(
      [],
    );
  });

  it('links the incident opened by the prosecuted demo tip', async () => {
    const linked = rows.filter((r) => r.tip_id !== null);
    expect(linked).toHaveLength(1);
    const tip = await ctx()
      .db.selectFrom('tips')
      .select(['decision', 'decision_day'])
      .where('id', '=', linked[0]!.tip_id!)
      .executeTakeFirstOrThrow();
    expect(tip.decision).toBe('prosecute');
    expect(linked[0]).toMatchObject({
      crime_article: 321,
      cleared: 1,
      cleared_day: Number(tip.decision_day),
    });
  });

  it('writes them as one audited import whose rollups equal a recount', async () => {
    expect(await services.incidents.checkRollups()).toEqual([]);
    const events = await ctx()
      .db.selectFrom('incident_events')
      .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('type')
      .execute();
    expect(events.map((e) => ({ type: e.type, n: Number(e.n) }))).toEqual([
      { type: 'imported', n: rows.length },
    ]);
    const audits = await ctx()
      .db.selectFrom('audit_log')
      .select(['actor_label'])
      .where('action', '=', 'incidents.imported')
      .execute();
    expect(audits).toEqual([{ actor_label: 'system:demo' }]);
  });
});
