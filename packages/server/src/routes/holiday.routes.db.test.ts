import type { Role } from '@antt/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTinyProvince, FIXTURE_PASSWORD, insertUser } from '../../test/fixtures.ts';
import { signIn, type SignedIn } from '../../test/sign-in.ts';
import { describeEachDialect } from '../../test/test-db.ts';
import { buildApp, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import { ManualClock } from '../lib/clock.ts';

describeEachDialect('holidays API', (ctx) => {
  let app: App;
  const sessions: Record<string, SignedIn> = {};

  beforeAll(async () => {
    const config = loadConfig({}, { database: ctx().config, logLevel: 'silent', demo: false });
    app = await buildApp({ config, database: ctx(), clock: new ManualClock(), serveWeb: false });
    const org = await buildTinyProvince(ctx().db);
    const people: [string, string, Role[]][] = [
      ['quantri', org.police.province.code, ['admin']],
      ['canbo', org.police.communeA.code, ['officer']],
    ];
    for (const [username, unitCode, roles] of people) {
      await insertUser(app.services.users, { username, unitCode, roles });
      sessions[username] = await signIn(app, { username, password: FIXTURE_PASSWORD });
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  const call = (who: string | null, method: 'GET' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, payload, headers: who ? sessions[who]!.headers : {} });

  it('shows any signed-in staff member the year, official days marked as such', async () => {
    const response = await call('canbo', 'GET', '/api/holidays?year=2026');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.weeklyRestDays).toEqual(['saturday', 'sunday']);
    expect(body.entries.find((e: { date: string }) => e.date === '2026-02-17')).toMatchObject({
      kind: 'day_off',
      origin: 'official',
      occasion: 'tet',
    });
    expect((await call(null, 'GET', '/api/holidays?year=2026')).statusCode).toBe(401);
    const bad = await call('canbo', 'GET', '/api/holidays?year=26');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0].path).toContain('year');
  });

  it('lets an administrator set and clear a day, and refuses an officer', async () => {
    const body = { kind: 'working_day', name: 'Làm bù (thử)', source: 'Công văn thử' };
    expect((await call('canbo', 'PUT', '/api/holidays/2026-05-09', body)).statusCode).toBe(403);

    const set = await call('quantri', 'PUT', '/api/holidays/2026-05-09', body);
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      date: '2026-05-09',
      kind: 'working_day',
      origin: 'admin',
      updatedBy: 'quantri',
    });
    const listed = (await call('canbo', 'GET', '/api/holidays?year=2026')).json();
    expect(listed.entries.find((e: { date: string }) => e.date === '2026-05-09')).toMatchObject({
      origin: 'admin',
    });

    expect((await call('canbo', 'DELETE', '/api/holidays/2026-05-09')).statusCode).toBe(403);
    const cleared = await call('quantri', 'DELETE', '/api/holidays/2026-05-09');
    expect(cleared.json()).toEqual({ date: '2026-05-09', now: null });
    expect((await call('quantri', 'DELETE', '/api/holidays/2026-05-09')).statusCode).toBe(404);
  });

  it('names the wrong field of a bad request and writes nothing', async () => {
    const badDay = await call('quantri', 'PUT', '/api/holidays/2026-02-30', {
      kind: 'day_off',
      name: 'x',
      source: 'y',
    });
    expect(badDay.statusCode).toBe(400);
    expect(badDay.json().error.details.fields[0].path).toContain('day');
    const badKind = await call('quantri', 'PUT', '/api/holidays/2026-03-03', {
      kind: 'holiday',
      name: 'x',
      source: 'y',
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.details.fields[0].path).toContain('kind');
    expect(await ctx().db.selectFrom('holidays').selectAll().execute()).toEqual([]);
  });
});
