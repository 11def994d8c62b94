import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-db.ts';
import {
  buildTipWorld,
  freshAddress,
  POINT_IN_A,
  POINT_OUTSIDE,
  staffCall,
  type TipWorld,
} from '../../test/tip-fixtures.ts';
import { OPEN311_RATE_LIMITS } from './open311.routes.ts';

// Open311 GeoReport v2: an existing civic-reporting app sends a tip; anyone holding the public
// id sees only open/closed and times; the tip lands in the right commune's queue with its
// registration number and deadline; personal data is stored encrypted only.

describeEachDialect('Open311 GeoReport v2', (ctx) => {
  let w: TipWorld;
  beforeAll(async () => {
    w = await buildTipWorld(ctx());
  });
  afterAll(async () => w?.app.close());

  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const post = (
    body: string,
    contentType = 'application/x-www-form-urlencoded',
    url = '/open311/v2/requests.json',
    remoteAddress = freshAddress(),
  ) =>
    w.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': contentType },
      payload: body,
      remoteAddress,
    });
  const get = (url: string, remoteAddress = freshAddress()) =>
    w.app.inject({ method: 'GET', url, remoteAddress });
  const description = 'Có người lạ cạy khóa xe máy trước nhà số 12 lúc 21 giờ';

  it('lists the tip kinds as services, in JSON and in XML', async () => {
    const json = await get('/open311/v2/services.json');
    expect(json.statusCode).toBe(200);
    expect(json.json().map((s: { service_code: string }) => s.service_code)).toEqual([
      'denunciation',
      'report',
    ]);
    const xml = await get('/open311/v2/services.xml');
    expect(xml.headers['content-type']).toContain('application/xml');
    expect(xml.body).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<services><service><service_code>denunciation<\/service_code>/,
    );
    const definition = await get('/open311/v2/services/report.json');
    expect(definition.json().attributes[0]).toMatchObject({ code: 'category', datatype: 'singlevaluelist' });
  });

  it('answers an unknown format with 406 and a clear error', async () => {
    const r = await get('/open311/v2/services.html');
    expect(r.statusCode).toBe(406);
    expect(r.json()[0].description).toContain('.json');
  });

  it('takes a form-encoded request with a point, routes it to the commune, and reveals nothing on read', async () => {
    const r = await post(
      form({
        service_code: 'denunciation',
        lat: String(POINT_IN_A.lat),
        long: String(POINT_IN_A.lon),
        description,
        first_name: 'Trần',
        last_name: 'Văn Bình',
        phone: '0912345678',
        'attribute[category]': 'theft',
      }),
    );
    expect(r.statusCode, r.body).toBe(201);
    const [created] = r.json();
    expect(created.service_request_id).toMatch(/^[a-z2-7]{26}$/);
    expect(created.token).toMatch(/^[a-z2-7]{26}$/);

    const read = await get(`/open311/v2/requests/${created.service_request_id}.json`);
    expect(read.statusCode).toBe(200);
    const [request] = read.json();
    expect(Object.keys(request).sort()).toEqual([
      'requested_datetime',
      'service_code',
      'service_request_id',
      'status',
      'status_notes',
      'updated_datetime',
    ]);
    expect(request).toMatchObject({ status: 'open', service_code: 'denunciation' });
    for (const secret of [
      'cạy khóa',
      'Trần',
      'Bình',
      '0912345678',
      String(POINT_IN_A.lat),
      String(POINT_IN_A.lon),
    ]) {
      expect(read.body).not.toContain(secret);
    }
    const xml = await get(`/open311/v2/requests/${created.service_request_id}.xml`);
    expect(xml.body).toContain('<service_requests><request><service_request_id>');
    expect((await get(`/open311/v2/tokens/${created.token}.json`)).json()).toEqual([
      { service_request_id: created.service_request_id, token: created.token },
    ]);

    // The same tip stands in commune A's queue with a registration number and a deadline.
    const queue = await staffCall(w, 'lanhdao.a', 'GET', '/api/tips?queue=unit');
    expect(queue.statusCode, queue.body).toBe(200);
    const mine = (
      queue.json().items as { channel: string; registration: { number: number }; description?: string }[]
    ).filter((t) => t.channel === 'open311');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.registration.number).toBeGreaterThan(0);

    // The informant's name and phone exist only encrypted.
    const informants = await ctx().db.selectFrom('tip_informants').selectAll().execute();
    expect(JSON.stringify(informants)).not.toMatch(/Bình|0912345678/);
  });

  it('takes JSON too, and a tip with only an address goes to the duty desk', async () => {
    const r = await post(
      JSON.stringify({ service_code: 'report', address_string: 'chợ trung tâm', description }),
      'application/json',
    );
    expect(r.statusCode, r.body).toBe(201);
  });

  it('refuses bad input with the field, in the spec’s error shape, and stores nothing', async () => {
    const count = async () =>
      Number(
        (
          await ctx()
            .db.selectFrom('open311_requests')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const noDescription = await post(
      form({ service_code: 'report', lat: String(POINT_IN_A.lat), long: String(POINT_IN_A.lon) }),
    );
    expect(noDescription.statusCode).toBe(400);
    expect(noDescription.json()[0]).toMatchObject({
      code: 400,
      description: expect.stringContaining('description'),
    });
    const outside = await post(
      form({
        service_code: 'report',
        lat: String(POINT_OUTSIDE.lat),
        long: String(POINT_OUTSIDE.lon),
        description,
      }),
    );
    expect(outside.statusCode).toBe(400);
    const unknownService = await post(form({ service_code: 'parking', address_string: 'x', description }));
    expect(unknownService.statusCode).toBe(400);
    const badKey = await post(
      form({ service_code: 'report', address_string: 'x', description, api_key: 'not-a-key' }),
      undefined,
      '/open311/v2/requests.xml',
    );
    expect(badKey.statusCode).toBe(401);
    expect(badKey.body).toContain('<errors><error><code>401</code>');
    expect(await count()).toBe(before);
  });

  it('needs ids (or a registered key) to list requests, and a registered key sees only its own', async () => {
    expect((await get('/open311/v2/requests.json')).statusCode).toBe(400);
    const key = await w.app.services.open311.createApiKey(
      { kind: 'cli', label: 'test' },
      'Ứng dụng phản ánh',
    );
    const sent = await post(
      form({ service_code: 'report', address_string: 'bến xe', description, api_key: key.key }),
    );
    expect(sent.statusCode, sent.body).toBe(201);
    const list = await get(`/open311/v2/requests.json?api_key=${key.key}`);
    expect(list.json().map((r: { service_request_id: string }) => r.service_request_id)).toEqual([
      sent.json()[0].service_request_id,
    ]);
  });

  it('holds an anonymous caller to the stricter limit, keyed by address, while a registered app goes on', async () => {
    const address = '203.0.113.77';
    const statuses: number[] = [];
    for (let i = 0; i < OPEN311_RATE_LIMITS.withoutKey.max + 1; i++)
      statuses.push((await get('/open311/v2/services.json', address)).statusCode);
    expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const key = await w.app.services.open311.createApiKey({ kind: 'cli', label: 'test' }, 'Ứng dụng khác');
    expect((await get(`/open311/v2/requests.json?api_key=${key.key}`, address)).statusCode).toBe(200);
  });
});
