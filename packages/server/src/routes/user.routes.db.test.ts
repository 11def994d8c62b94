import type { Role } from '@antt/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTinyProvince, FIXTURE_PASSWORD, insertUser, type TinyProvince } from '../../test/fixtures.ts';
import { signIn, type SignedIn } from '../../test/sign-in.ts';
import { describeEachDialect } from '../../test/test-db.ts';
import { buildApp, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import { ManualClock } from '../lib/clock.ts';

describeEachDialect('users: visibility and creation', (ctx) => {
  const clock = new ManualClock();
  let app: App;
  let org: TinyProvince;
  const ids: Record<string, string> = {};
  const sessions: Record<string, SignedIn> = {};

  beforeAll(async () => {
    const config = loadConfig({}, { database: ctx().config, logLevel: 'silent', demo: false });
    app = await buildApp({ config, database: ctx(), clock, serveWeb: false });
    org = await buildTinyProvince(ctx().db);
    const people: [string, string, Role[]][] = [
      ['admin', org.police.province.code, ['admin']],
      ['leader.city', org.police.province.code, ['leader']],
      ['leader.a', org.police.communeA.code, ['leader']],
      ['officer.a', org.police.communeA.code, ['officer']],
      ['officer.b', org.police.communeB.code, ['officer']],
      ['analyst', org.police.province.code, ['analyst']],
    ];
    for (const [username, unitCode, roles] of people) {
      ids[username] = (await insertUser(app.services.users, { username, unitCode, roles })).id;
    }
    for (const username of ['admin', 'leader.city', 'leader.a', 'officer.a']) {
      sessions[username] = await signIn(app, { username, password: FIXTURE_PASSWORD });
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  const listAs = async (who: string) => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/users',
      headers: { cookie: sessions[who]!.headers.cookie },
    });
    return {
      status: response.statusCode,
      usernames: (response.json().users ?? []).map((u: { username: string }) => u.username),
    };
  };

  it('shows a commune leader the users of the commune only', async () => {
    expect(await listAs('leader.a')).toEqual({ status: 200, usernames: ['leader.a', 'officer.a'] });
  });

  it('shows the city leader every unit of the city, and the administrator everyone', async () => {
    const city = await listAs('leader.city');
    expect(city.usernames.sort()).toEqual([
      'admin',
      'analyst',
      'leader.a',
      'leader.city',
      'officer.a',
      'officer.b',
    ]);
    expect((await listAs('admin')).usernames).toHaveLength(6);
  });

  it('refuses the list to an officer (403) and to nobody signed in (401)', async () => {
    expect((await listAs('officer.a')).status).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });

  it('answers 404, not 403, for a user outside the jurisdiction', async () => {
    const get = (who: string, id: string) =>
      app.inject({
        method: 'GET',
        url: `/api/users/${id}`,
        headers: { cookie: sessions[who]!.headers.cookie },
      });
    const own = await get('leader.a', ids['officer.a']!);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({
      username: 'officer.a',
      unit: { code: org.police.communeA.code },
      roles: ['officer'],
    });
    expect(own.json()).not.toHaveProperty('passwordHash');
    const other = await get('leader.a', ids['officer.b']!);
    expect(other.statusCode).toBe(404);
    expect(await get('leader.a', 'no-such-id').then((r) => r.json())).toEqual(other.json());
  });

  it('lets an administrator create a user, with an audit entry', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: sessions.admin!.headers,
      payload: {
        username: 'officer.b2',
        displayName: 'Lâm Thị Bé',
        unitCode: org.police.communeB.code,
        roles: ['officer'],
        password: 'mat-khau-2026',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      username: 'officer.b2',
      displayName: 'Lâm Thị Bé',
      provinceCode: '92',
      isDemo: false,
    });
    const audit = await ctx()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', response.json().id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['user.created']);
    expect(audit[0]!.admin_unit_id).toBe(org.admin.communeB.id);
    expect(audit[0]!.details).not.toContain('mat-khau');
    // The new account can sign in.
    await signIn(app, { username: 'officer.b2', password: 'mat-khau-2026' });
  });

  it('refuses user creation to a leader, and bad input with the field named, creating nothing', async () => {
    const create = (who: string, body: object) =>
      app.inject({ method: 'POST', url: '/api/users', headers: sessions[who]!.headers, payload: body });
    const good = {
      username: 'someone',
      displayName: 'Ai Đó',
      unitCode: org.police.communeA.code,
      roles: ['officer'],
      password: 'mat-khau-2026',
    };

    expect((await create('leader.a', good)).statusCode).toBe(403);

    const taken = await create('admin', { ...good, username: 'officer.a' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('conflict');

    const unknownUnit = await create('admin', { ...good, unitCode: 'CAX-00000' });
    expect(unknownUnit.statusCode).toBe(400);
    expect(unknownUnit.json().error.code).toBe('unit_code_unknown');

    const badRole = await create('admin', { ...good, roles: ['sheriff'] });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.details.fields[0].path).toMatch(/^body\.roles/);

    const procuratorInPolice = await create('admin', { ...good, roles: ['procurator'] });
    expect(procuratorInPolice.statusCode).toBe(400);
    expect(procuratorInPolice.json().error.details.fields[0].path).toBe('roles');

    const weak = await create('admin', { ...good, password: 'someone-2026' });
    expect(weak.json().error.code).toBe('password_too_weak');

    const names = (await ctx().db.selectFrom('users').select('username').execute()).map((u) => u.username);
    expect(names).not.toContain('someone');
  });
});
