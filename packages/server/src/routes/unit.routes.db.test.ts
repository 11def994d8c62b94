import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, insertPoliceUnit, insertUser } from '../../test/fixtures.ts';
import { signIn } from '../../test/sign-in.ts';
import { describeEachDialect } from '../../test/test-db.ts';
import { buildApp, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import { ManualClock } from '../lib/clock.ts';
import { importShippedUnits } from '../services/unit-import.service.ts';

// The units API as the web app uses it: signed-in staff of any role read every unit, by date.

describeEachDialect('units API', (ctx) => {
  // 2026-03-02 10:00 in Vietnam: "today" when a request gives no date.
  const clock = new ManualClock(new Date('2026-03-02T03:00:00Z'));
  let app: App;
  let cookie: string;

  beforeAll(async () => {
    const config = loadConfig({}, { database: ctx().config, logLevel: 'silent', demo: false });
    app = await buildApp({ config, database: ctx(), clock, serveWeb: false });
    await importShippedUnits(app.services, { provinces: ['92', '93', '94'] });
    const commune = await app.services.adminUnits.unitAt('31507', 20250701);
    await insertPoliceUnit(ctx().db, {
      code: 'CAX-31507',
      kind: 'commune_police',
      adminUnitId: commune.id,
      provinceCode: '92',
    });
    await insertUser(app.services.users, {
      username: 'officer.st',
      unitCode: 'CAX-31507',
      roles: ['officer'],
    });
    cookie = (await signIn(app, { username: 'officer.st', password: FIXTURE_PASSWORD })).headers.cookie;
  });
  afterAll(async () => {
    await app?.close();
  });

  const get = (url: string, withSession = true) =>
    app.inject({ method: 'GET', url, headers: withSession ? { cookie } : {} });

  it('needs a signed-in user', async () => {
    const response = await get('/api/units/92', false);
    expect(response.statusCode).toBe(401);
  });

  it('reads a code by date, defaulting to today in Vietnam', async () => {
    expect((await get('/api/units/31507?date=2024-01-01')).json()).toMatchObject({
      name: 'Phường 6',
      validFrom: '2008-01-01',
      validTo: '2025-06-30',
      parentCode: '941',
    });
    expect((await get('/api/units/31507')).json()).toMatchObject({
      name: 'Phường Sóc Trăng',
      validFrom: '2025-07-01',
      validTo: null,
    });
  });

  it('answers 400 with a stable code for unknown codes, codes not valid on the date and impossible dates', async () => {
    const unknown = await get('/api/units/99999');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('unit_code_unknown');
    const gone = await get('/api/units/94?date=2025-07-01');
    expect(gone.json().error).toMatchObject({
      code: 'unit_not_valid_on_date',
      details: { versions: [{ validTo: '2025-06-30' }] },
    });
    const badDay = await get('/api/units/92?date=2025-02-30');
    expect(badDay.statusCode).toBe(400);
    expect(badDay.json().error.code).toBe('validation_failed');
    expect(JSON.stringify(badDay.json().error.details)).toContain('querystring.date');
    expect((await get('/api/units/abc')).json().error.code).toBe('validation_failed');
  });

  it('lists children, searches and maps', async () => {
    const children = (await get('/api/units/92/children?date=2025-07-01')).json();
    expect(children.items).toHaveLength(103);
    const search = (await get('/api/units?date=2024-01-01&parent=941&q=Ph%C6%B0%E1%BB%9Dng%205')).json();
    expect(search.items.map((u: { code: string }) => u.code)).toEqual(['31498']);
    const mapping = (await get('/api/units/31498/map?from=2024-06-01&to=2025-07-01')).json();
    expect(mapping).toMatchObject({
      fromDate: '2024-06-01',
      toDate: '2025-07-01',
      targets: [{ unit: { code: '31507', name: 'Phường Sóc Trăng' }, weight: 1 }],
      unmappedWeight: 0,
    });
    const missingFrom = await get('/api/units/31498/map?to=2025-07-01');
    expect(missingFrom.statusCode).toBe(400);
  });

  it('finds the commune at a point and serves boundaries as GeoJSON', async () => {
    const at = (await get('/api/units/at-point?lon=105.97&lat=9.60&date=2025-07-01')).json();
    expect(at).toMatchObject({
      date: '2025-07-01',
      unit: { level: 'commune', provinceCode: '92' },
      approximateBoundary: true,
    });
    const sea = await get('/api/units/at-point?lon=106.5&lat=9.2');
    expect(sea.json().error.code).toBe('point_outside_units');
    const map = await get('/api/units/boundaries?province=92&level=commune&date=2025-07-01');
    expect(map.statusCode).toBe(200);
    const body = map.json();
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(103);
    const districts = (await get('/api/units/boundaries?province=94&level=district&date=2024-01-01')).json();
    expect(districts.features).toHaveLength(11);
  });
});
