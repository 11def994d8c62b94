import { expect, it } from 'vitest';
import {
  buildIncidentWorld,
  theft,
  trafficAccident,
  type IncidentWorld,
} from '../../test/incident-fixtures.ts';
import { insertUser, FIXTURE_PASSWORD } from '../../test/fixtures.ts';
import { signIn } from '../../test/sign-in.ts';
import { describeEachDialect } from '../../test/test-db.ts';

// The catalogues ship from data/catalogues and an admin edits them as versions: a clause
// changed from a date on classes later crimes the new way and earlier ones the old way.

describeEachDialect('incident catalogue', (ctx) => {
  let world: IncidentWorld;
  const call = (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    world.app.inject({
      method,
      url,
      headers: world.as[user]!.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('builds the world with an administrator', async () => {
    world = await buildIncidentWorld(ctx());
    await insertUser(world.app.services.users, { username: 'quantri', unitCode: 'CA92', roles: ['admin'] });
    world.as.quantri = await signIn(world.app, {
      username: 'quantri',
      password: FIXTURE_PASSWORD,
      remoteAddress: '10.9.9.9',
    });
  });

  it('ships the Penal Code clauses with their seriousness and the categories of every type', async () => {
    const r = await call('canbo.a', 'GET', '/api/incident-catalogue?date=2026-01-01');
    expect(r.statusCode).toBe(200);
    const cat = r.json();
    const clause = (a: number, c: number) =>
      cat.penalCode.find((x: { article: number; clause: number }) => x.article === a && x.clause === c);
    expect(clause(173, 1)).toMatchObject({
      titleVi: 'Tội trộm cắp tài sản',
      crimeGroup: 'social_order',
      seriousness: 'less_serious',
    });
    expect(clause(173, 2).seriousness).toBe('serious');
    expect(clause(173, 3).seriousness).toBe('very_serious');
    expect(clause(173, 4).seriousness).toBe('especially_serious');
    expect(clause(251, 1)).toMatchObject({ crimeGroup: 'drugs' });
    expect(clause(123, 1).seriousness).toBe('especially_serious');
    const types = new Set(cat.categories.map((c: { type: string }) => c.type));
    expect(types).toEqual(new Set(['crime', 'traffic_accident', 'fire', 'social_vice']));
    // The 2015 code took effect on 1 January 2018: nothing is in force before.
    const before = (await call('canbo.a', 'GET', '/api/incident-catalogue?date=2017-06-01')).json();
    expect(before.penalCode).toEqual([]);
  });

  it('lets only an administrator change a clause', async () => {
    const body = {
      article: 173,
      clause: 1,
      chapter: 'XVI',
      titleVi: 'Tội trộm cắp tài sản',
      titleEn: 'Theft of property',
      crimeGroup: 'social_order',
      maxPenalty: 'prison',
      maxPrisonYears: 5,
      validFrom: '2026-01-01',
    };
    expect((await call('lanhdao.tp', 'PUT', '/api/incident-catalogue/penal-code', body)).statusCode).toBe(
      403,
    );
    const r = await call('quantri', 'PUT', '/api/incident-catalogue/penal-code', body);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ seriousness: 'serious', validFrom: '2026-01-01', validTo: null });
  });

  it('classes each crime by the clause in force on its own date', async () => {
    const old = (
      await call('canbo.a', 'POST', '/api/incidents', theft({ occurredAt: '2025-12-20T10:00:00+07:00' }))
    ).json();
    const recent = (
      await call('canbo.a', 'POST', '/api/incidents', theft({ occurredAt: '2026-01-05T10:00:00+07:00' }))
    ).json();
    expect(old.crime.seriousness).toBe('less_serious');
    expect(recent.crime.seriousness).toBe('serious');
    const history = (await call('canbo.a', 'GET', '/api/incident-catalogue?date=2025-12-31')).json();
    expect(
      history.penalCode.find((x: { article: number; clause: number }) => x.article === 173 && x.clause === 1),
    ).toMatchObject({
      seriousness: 'less_serious',
      validTo: '2025-12-31',
    });
  });

  it('refuses a version that starts before a later one, naming the field', async () => {
    const r = await call('quantri', 'PUT', '/api/incident-catalogue/penal-code', {
      article: 173,
      clause: 1,
      chapter: 'XVI',
      titleVi: 'Tội trộm cắp tài sản',
      titleEn: 'Theft of property',
      crimeGroup: 'social_order',
      maxPenalty: 'prison',
      maxPrisonYears: 3,
      validFrom: '2025-06-01',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.details.fields[0].path).toBe('validFrom');
  });

  it('adds a category an officer can then use, and refuses an unknown one', async () => {
    const unknown = await call('canbo.a', 'POST', '/api/incidents', trafficAccident({ category: 'ferry' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields[0].path).toBe('category');
    const added = await call('quantri', 'PUT', '/api/incident-catalogue/categories', {
      code: 'ferry',
      type: 'traffic_accident',
      nameVi: 'Tai nạn bến đò, phà',
      nameEn: 'Ferry accident',
      validFrom: '2026-01-01',
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(
      (await call('canbo.a', 'POST', '/api/incidents', trafficAccident({ category: 'ferry' }))).statusCode,
    ).toBe(201);
  });

  it('closes the app', async () => {
    await world.app.close();
  });
});
