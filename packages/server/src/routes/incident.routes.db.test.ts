import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-db.ts';
import {
  buildIncidentWorld,
  theft,
  trafficAccident,
  type IncidentWorld,
} from '../../test/incident-fixtures.ts';
import { POINT_IN_A, POINT_OUTSIDE } from '../../test/tip-fixtures.ts';

// The incident register over HTTP: recording each type, validation that names the field and
// changes nothing, codes resolved by the incident's date, point-in-polygon, edits with history
// and stale versions, deletes, bulk actions, and the jurisdiction of every read and write.

describeEachDialect('incident routes', (ctx) => {
  let world: IncidentWorld;
  const call = (user: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    world.app.inject({
      method,
      url,
      headers: world.as[user]!.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('builds the world', async () => {
    world = await buildIncidentWorld(ctx());
  });

  it('records a traffic accident and answers with its detail and history', async () => {
    const r = await call('canbo.a', 'POST', '/api/incidents', trafficAccident());
    expect(r.statusCode, r.body).toBe(201);
    const d = r.json();
    expect(d).toMatchObject({
      type: 'traffic_accident',
      category: 'road',
      occurredOn: '2026-03-01',
      commune: { code: '92001' },
      reportingUnit: { code: 'CAX-92001' },
      deaths: 1,
      injuries: 2,
      crime: null,
      version: 1,
      allowedActions: ['edit', 'delete'],
    });
    expect(d.history).toHaveLength(1);
    expect(d.history[0]).toMatchObject({ type: 'created', actor: 'canbo.a' });
  });

  it('classes a crime by its clause: art. 173 clause 1 less serious, clause 4 especially serious', async () => {
    const a = await call('canbo.a', 'POST', '/api/incidents', theft());
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({
      category: 'social_order',
      crime: { article: 173, clause: 1, seriousness: 'less_serious' },
    });
    const b = await call('canbo.a', 'POST', '/api/incidents', theft({ clause: 4 }));
    expect(b.json().crime.seriousness).toBe('especially_serious');
  });

  it('refuses an unknown article, a future date and negative deaths, naming each field, and stores nothing', async () => {
    const before = (await call('phantich', 'GET', '/api/incidents')).json().total;
    const r1 = await call('canbo.a', 'POST', '/api/incidents', theft({ article: 998 }));
    expect(r1.statusCode).toBe(400);
    expect(r1.json().error.details.fields[0].path).toBe('article');
    const r2 = await call(
      'canbo.a',
      'POST',
      '/api/incidents',
      theft({ occurredAt: '2027-01-01T00:00:00+07:00' }),
    );
    expect(r2.json().error.details.fields.map((f: { path: string }) => f.path)).toContain('occurredAt');
    const r3 = await call('canbo.a', 'POST', '/api/incidents', trafficAccident({ deaths: -1 }));
    expect(r3.statusCode).toBe(400);
    expect(r3.json().error.details.fields.map((f: { path: string }) => f.path)).toContain('body.deaths');
    expect((await call('phantich', 'GET', '/api/incidents')).json().total).toBe(before);
  });

  it('resolves a commune code by the incident date: the old code before the reform, refused after it', async () => {
    const old = await call(
      'canbo.a',
      'POST',
      '/api/incidents',
      theft({ communeCode: '94001', occurredAt: '2024-05-01T10:00:00+07:00' }),
    );
    expect(old.statusCode, old.body).toBe(201);
    expect(old.json().commune).toMatchObject({ code: '94001', name: 'Phường 5 (cũ)' });
    const late = await call(
      'canbo.a',
      'POST',
      '/api/incidents',
      theft({ communeCode: '94001', occurredAt: '2025-08-01T10:00:00+07:00' }),
    );
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details.fields[0]).toMatchObject({ path: 'communeCode' });
    expect(late.json().error.details.fields[0].message).toContain('2025-08-01');
  });

  it('finds the commune of a map point and refuses a point outside the province', async () => {
    const inA = await call(
      'canbo.a',
      'POST',
      '/api/incidents',
      trafficAccident({ communeCode: undefined, ...POINT_IN_A }),
    );
    expect(inA.statusCode, inA.body).toBe(201);
    expect(inA.json().commune.code).toBe('92001');
    const out = await call(
      'canbo.a',
      'POST',
      '/api/incidents',
      trafficAccident({ communeCode: undefined, ...POINT_OUTSIDE }),
    );
    expect(out.statusCode).toBe(400);
    expect(out.json().error.details.fields[0].path).toBe('lon');
  });

  it('edits with history, refuses a stale version, deletes', async () => {
    const created = (await call('canbo.a', 'POST', '/api/incidents', trafficAccident({ deaths: 0 }))).json();
    const edit = await call('canbo.a', 'PUT', `/api/incidents/${created.id}`, {
      ...trafficAccident({ deaths: 2 }),
      status: 'closed',
      cleared: true,
      clearedOn: '2026-03-02',
      version: 1,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({
      deaths: 2,
      status: 'closed',
      cleared: true,
      clearedOn: '2026-03-02',
      version: 2,
    });
    expect(edit.json().history.at(-1)).toMatchObject({
      type: 'updated',
      changes: { deaths: [0, 2], status: ['open', 'closed'] },
    });
    const stale = await call('canbo.a', 'PUT', `/api/incidents/${created.id}`, {
      ...trafficAccident(),
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect((await call('canbo.a', 'DELETE', `/api/incidents/${created.id}?version=1`)).statusCode).toBe(409);
    expect((await call('canbo.a', 'DELETE', `/api/incidents/${created.id}?version=2`)).statusCode).toBe(204);
    expect((await call('canbo.a', 'GET', `/api/incidents/${created.id}`)).statusCode).toBe(404);
  });

  it('keeps another commune’s incidents out of reach: no read, edit, list or delete', async () => {
    const inB = (
      await call('canbo.b', 'POST', '/api/incidents', trafficAccident({ communeCode: '92002' }))
    ).json();
    expect(inB.commune.code).toBe('92002');
    expect((await call('canbo.a', 'GET', `/api/incidents/${inB.id}`)).statusCode).toBe(404);
    expect(
      (await call('canbo.a', 'PUT', `/api/incidents/${inB.id}`, { ...trafficAccident(), version: 1 }))
        .statusCode,
    ).toBe(404);
    expect((await call('canbo.a', 'DELETE', `/api/incidents/${inB.id}?version=1`)).statusCode).toBe(404);
    const listA = (await call('canbo.a', 'GET', '/api/incidents?pageSize=200')).json();
    expect(listA.items.every((i: { commune: { code: string } }) => i.commune.code !== '92002')).toBe(true);
    const recordInB = await call(
      'canbo.a',
      'POST',
      '/api/incidents',
      trafficAccident({ communeCode: '92002' }),
    );
    expect(recordInB.statusCode).toBe(403);
    expect(recordInB.json().error.code).toBe('outside_jurisdiction');
    // The province analyst sees both communes, and the old commune's incident under A.
    const all = (await call('phantich', 'GET', '/api/incidents?pageSize=200')).json();
    expect(new Set(all.items.map((i: { commune: { code: string } }) => i.commune.code))).toEqual(
      new Set(['92001', '92002', '94001']),
    );
    const onlyA = (await call('phantich', 'GET', '/api/incidents?unit=92001&pageSize=200')).json();
    expect(new Set(onlyA.items.map((i: { commune: { code: string } }) => i.commune.code))).toEqual(
      new Set(['92001', '94001']),
    );
  });

  it('procurators read but do not write', async () => {
    expect((await call('kiemsat', 'GET', '/api/incidents')).statusCode).toBe(200);
    expect((await call('kiemsat', 'POST', '/api/incidents', theft())).statusCode).toBe(403);
  });

  it('bulk-marks incidents cleared, all or nothing', async () => {
    const ids = (await call('phantich', 'GET', '/api/incidents?type=crime&pageSize=200'))
      .json()
      .items.map((i: { id: string }) => i.id);
    const bad = await call('canbo.a', 'POST', '/api/incidents/bulk', {
      ids,
      action: 'mark_cleared',
      clearedOn: '2026-02-25',
    });
    // The 2024 theft can be cleared on 2026-02-25 but the 2026-02-20 ones too; all fine:
    expect(bad.statusCode, bad.body).toBe(200);
    expect(bad.json().changed).toBe(ids.length);
    const tooEarly = await call('canbo.a', 'POST', '/api/incidents/bulk', {
      ids,
      action: 'mark_cleared',
      clearedOn: '2026-02-01',
    });
    expect(tooEarly.statusCode).toBe(400);
    const still = (
      await call('phantich', 'GET', '/api/incidents?type=crime&cleared=yes&pageSize=200')
    ).json();
    expect(still.items.every((i: { clearedOn: string }) => i.clearedOn === '2026-02-25')).toBe(true);
  });

  it('links an incident to the tip it came from, both ways, and only to a tip the recorder may see', async () => {
    const tip = await call('canbo.a', 'POST', '/api/tips', {
      kind: 'denunciation',
      channel: 'phone',
      category: 'theft',
      description: 'Người dân báo mất trộm xe máy',
      communeCode: '92001',
    });
    expect(tip.statusCode, tip.body).toBe(201);
    const tipId = tip.json().id;
    const linked = await call('canbo.a', 'POST', '/api/incidents', theft({ tipId }));
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().tip).toMatchObject({ id: tipId, label: `${tip.json().registration.number}/2026` });
    const tipDetail = (await call('canbo.a', 'GET', `/api/tips/${tipId}`)).json();
    expect(tipDetail.incidents).toEqual([expect.objectContaining({ id: linked.json().id, type: 'crime' })]);
    const foreign = await call('canbo.b', 'POST', '/api/incidents', theft({ communeCode: '92002', tipId }));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details.fields[0].path).toBe('tipId');
  });

  it('keeps the rollups equal to a recount after all of the above', async () => {
    expect(await world.app.services.incidents.checkRollups()).toEqual([]);
  });

  it('closes the app', async () => {
    await world.app.close();
  });
});
