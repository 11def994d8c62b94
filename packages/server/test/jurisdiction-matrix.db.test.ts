import type { FastifyInstance } from 'fastify';
import { beforeAll, afterAll, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { ManualClock } from '../src/lib/clock.ts';
import { buildTinyProvince, insertUser, type TinyProvince } from './fixtures.ts';
import { PNG_SIGNATURE, tinyPngChunks } from './media-fixtures.ts';
import { multipartBody } from './tip-fixtures.ts';
import { signIn, type SignedIn } from './sign-in.ts';
import { describeEachDialect } from './test-db.ts';
import { FIXTURE_PASSWORD } from './fixtures.ts';

// The jurisdiction matrix (DESIGN.md section 5.1): for every data-returning route, a user of
// commune B gets nothing of commune A's data, while A's own leader does see it (so the check
// can fail). Every GET route in the OpenAPI document must have an entry here: a new route
// without one fails this test until someone decides how it is scoped.

type Fixture = {
  tiny: TinyProvince;
  userIdsOfA: string[];
  usernamesOfA: string[];
  /** A citizen's tip placed in commune A, and its one attachment. */
  tipIdOfA: string;
  attachmentIdOfA: string;
  /** A traffic accident recorded by A's police in commune A. */
  incidentIdOfA: string;
  /** A campaign over commune A alone. */
  campaignIdOfA: string;
  /** A clearance target of commune A. */
  targetIdOfA: string;
  /** An interim review of commune A. */
  reportIdOfA: string;
};

type MatrixEntry =
  /** Returns records placed in units: B must see none of A's, A's leader must see them. */
  | { scope: 'jurisdiction'; url: (f: Fixture) => string }
  /** Names one record of A: B gets 404 (or 403), A's leader gets 200. */
  | { scope: 'record'; url: (f: Fixture) => string }
  /** Names one file of a record of A: B gets 404 (or 403), A's leader gets 200 (bytes, no markers to find). */
  | { scope: 'file'; url: (f: Fixture) => string }
  /** The caller's own session only. */
  | { scope: 'self'; url: (f: Fixture) => string }
  /** Reference data the same for every signed-in user (administrative units, boundaries). */
  | { scope: 'reference'; url: (f: Fixture) => string }
  /** No personal or unit data at all (health, documentation). */
  | { scope: 'public'; url: (f: Fixture) => string }
  /** Figures of commune A as a whole (indicators): B gets 403 or 404, A's leader gets 200. */
  | { scope: 'unit'; url: (f: Fixture) => string };

const MATRIX: Record<string, MatrixEntry> = {
  'GET /api/health': { scope: 'public', url: () => '/api/health' },
  'GET /api/auth/session': { scope: 'self', url: () => '/api/auth/session' },
  'GET /api/users': { scope: 'jurisdiction', url: () => '/api/users' },
  'GET /api/users/{id}': { scope: 'record', url: (f) => `/api/users/${f.userIdsOfA[0]}` },
  'GET /api/police-units': { scope: 'jurisdiction', url: () => '/api/police-units' },
  'GET /api/audit': { scope: 'jurisdiction', url: () => '/api/audit?limit=500' },
  'GET /api/tips': { scope: 'jurisdiction', url: () => '/api/tips?pageSize=200' },
  'GET /api/tips/{id}': { scope: 'record', url: (f) => `/api/tips/${f.tipIdOfA}` },
  'GET /api/tips/{id}/attachments/{attachmentId}': {
    scope: 'file',
    url: (f) => `/api/tips/${f.tipIdOfA}/attachments/${f.attachmentIdOfA}`,
  },
  'GET /api/alerts': { scope: 'self', url: () => '/api/alerts' },
  'GET /api/incidents': { scope: 'jurisdiction', url: () => '/api/incidents?pageSize=200' },
  'GET /api/incidents/map': { scope: 'jurisdiction', url: () => '/api/incidents/map' },
  'GET /api/incidents/{id}': { scope: 'record', url: (f) => `/api/incidents/${f.incidentIdOfA}` },
  'GET /api/incidents/export': { scope: 'jurisdiction', url: () => '/api/incidents/export?format=csv' },
  'GET /api/incidents/template': { scope: 'reference', url: () => '/api/incidents/template?format=csv' },
  // An import job is kept for the user who started it and answers 404 to anyone else
  // (incident-import.routes.db.test.ts starts one and asks for it as another user).
  'GET /api/incidents/imports/{id}': { scope: 'self', url: () => '/api/incidents/imports/not-mine' },
  'GET /api/incident-catalogue': { scope: 'reference', url: () => '/api/incident-catalogue' },
  'GET /api/data-elements': { scope: 'reference', url: () => '/api/data-elements' },
  'GET /api/datasets': { scope: 'reference', url: () => '/api/datasets' },
  // A unit's grid and its approval queue: B gets 403 for commune A, A's leader gets A's.
  'GET /api/datasets/{code}/entry': {
    scope: 'unit',
    url: (f) =>
      `/api/datasets/p06_daily/entry?unit=${f.tiny.admin.communeA.code}&from=2026-02-24&to=2026-03-02`,
  },
  'GET /api/datasets/{code}/approvals': {
    scope: 'unit',
    url: (f) =>
      `/api/datasets/p06_daily/approvals?unit=${f.tiny.admin.communeA.code}&from=2026-02-24&to=2026-03-02`,
  },
  'GET /api/campaigns': { scope: 'jurisdiction', url: () => '/api/campaigns' },
  'GET /api/campaigns/{id}': { scope: 'unit', url: (f) => `/api/campaigns/${f.campaignIdOfA}` },
  'GET /api/targets': { scope: 'jurisdiction', url: () => '/api/targets' },
  'GET /api/targets/{id}': { scope: 'record', url: (f) => `/api/targets/${f.targetIdOfA}` },
  'GET /api/reports': { scope: 'jurisdiction', url: () => '/api/reports' },
  'GET /api/reports/{id}': { scope: 'record', url: (f) => `/api/reports/${f.reportIdOfA}` },
  'GET /api/reports/{id}/sections/{key}/versions': {
    scope: 'unit',
    url: (f) => `/api/reports/${f.reportIdOfA}/sections/results/versions`,
  },
  'GET /api/reports/{id}/docx': { scope: 'file', url: (f) => `/api/reports/${f.reportIdOfA}/docx` },
  'GET /api/reports/{id}/xlsx': { scope: 'file', url: (f) => `/api/reports/${f.reportIdOfA}/xlsx` },
  'GET /api/reports/{id}/preview': { scope: 'file', url: (f) => `/api/reports/${f.reportIdOfA}/preview` },
  'GET /api/indicators': { scope: 'reference', url: () => '/api/indicators' },
  'GET /api/indicators/{code}/values': {
    scope: 'unit',
    url: (f) =>
      `/api/indicators/traffic_accidents/values?period=2026&unit=${f.tiny.admin.communeA.code}&breakdown=children`,
  },
  'GET /api/indicators/{code}/trend': {
    scope: 'unit',
    url: (f) => `/api/indicators/traffic_accidents/trend?period=2026-03&unit=${f.tiny.admin.communeA.code}`,
  },
  'GET /api/indicators/export': {
    scope: 'unit',
    url: (f) => `/api/indicators/export?period=2026&unit=${f.tiny.admin.communeA.code}`,
  },
  'GET /api/portal/communes': { scope: 'reference', url: () => '/api/portal/communes' },
  'GET /api/portal/communes/at-point': {
    scope: 'reference',
    url: () => '/api/portal/communes/at-point?lon=105.97&lat=9.6',
  },
  'GET /api/holidays': { scope: 'reference', url: () => '/api/holidays?year=2026' },
  // Open311 reads carry no unit or personal data by design: status and times only.
  'GET /open311/v2/services.{format}': { scope: 'public', url: () => '/open311/v2/services.json' },
  'GET /open311/v2/services/{service_code}.{format}': {
    scope: 'public',
    url: () => '/open311/v2/services/report.json',
  },
  'GET /open311/v2/requests.{format}': {
    scope: 'public',
    url: () => '/open311/v2/requests.json?service_request_id=x',
  },
  'GET /open311/v2/requests/{service_request_id}.{format}': {
    scope: 'public',
    url: () => '/open311/v2/requests/x.json',
  },
  'GET /open311/v2/tokens/{token}.{format}': { scope: 'public', url: () => '/open311/v2/tokens/x.json' },
  'GET /api/units': { scope: 'reference', url: () => '/api/units?date=2025-07-01&province=92' },
  'GET /api/units/at-point': {
    scope: 'reference',
    url: () => '/api/units/at-point?lon=105.97&lat=9.6&date=2025-07-01',
  },
  'GET /api/units/boundaries': {
    scope: 'reference',
    url: () => '/api/units/boundaries?province=92&level=commune&date=2025-07-01',
  },
  'GET /api/units/{code}': {
    scope: 'reference',
    url: (f) => `/api/units/${f.tiny.admin.communeA.code}?date=2025-07-01`,
  },
  'GET /api/units/{code}/children': {
    scope: 'reference',
    url: () => '/api/units/92/children?date=2025-07-01',
  },
  'GET /api/units/{code}/map': {
    scope: 'reference',
    url: (f) => `/api/units/${f.tiny.admin.communeA.code}/map?from=2025-07-01&to=2025-07-01`,
  },
};

describeEachDialect('jurisdiction matrix over every data-returning route', (ctx) => {
  let app: FastifyInstance;
  let f: Fixture;
  const as: Record<string, SignedIn> = {};

  beforeAll(async () => {
    const database = ctx();
    const config = loadConfig({}, { database: database.config, logLevel: 'silent', demo: false });
    const built = await buildApp({
      config,
      database,
      clock: new ManualClock(new Date('2026-03-02T03:00:00Z')),
      serveWeb: false,
    });
    app = built;
    const tiny = await buildTinyProvince(database.db, '92');
    const users = built.services.users;
    const officerA = await insertUser(users, {
      username: 'canbo.a',
      unitCode: tiny.police.communeA.code,
      roles: ['officer'],
    });
    const leaderA = await insertUser(users, {
      username: 'lanhdao.a',
      unitCode: tiny.police.communeA.code,
      roles: ['leader'],
    });
    await insertUser(users, { username: 'canbo.b', unitCode: tiny.police.communeB.code, roles: ['officer'] });
    await insertUser(users, {
      username: 'lanhdao.b',
      unitCode: tiny.police.communeB.code,
      roles: ['leader'],
    });
    // A citizen's tip in commune A, with a photo: routed to A's police by its commune code.
    const png = Buffer.concat([PNG_SIGNATURE, ...Object.values(tinyPngChunks())]);
    const submission = multipartBody(
      {
        kind: 'report',
        category: 'theft',
        description: 'Mất trộm xe đạp',
        communeCode: tiny.admin.communeA.code,
      },
      [{ name: 'anh.png', bytes: png }],
    );
    const submitted = await app.inject({ method: 'POST', url: '/api/portal/tips', ...submission });
    if (submitted.statusCode !== 201) throw new Error(`tip refused: ${submitted.body}`);
    const [tip] = (await built.services.tips.queue.list({ kind: 'cli', label: 'test' })).items;
    const detail = await built.services.tips.queue.detail({ kind: 'cli', label: 'test' }, tip!.id);
    const incident = await built.services.incidents.register.create(
      { kind: 'cli', label: 'test' },
      {
        type: 'traffic_accident',
        category: 'road',
        occurredAt: '2026-03-01T21:30:00+07:00',
        communeCode: tiny.admin.communeA.code,
        reportingUnitId: tiny.police.communeA.id,
        // No boundaries in this world: the point is kept as given, so the map shows it.
        lon: 105.97,
        lat: 9.6,
        deaths: 0,
        injuries: 1,
        vehicles: 2,
        summary: 'Va chạm giao thông ở phường A',
      },
    );
    const campaign = await built.services.campaigns.create(
      { kind: 'cli', label: 'test' },
      {
        nameVi: 'Cao điểm định danh điện tử phường A',
        nameEn: 'e-ID push in commune A',
        dataSet: 'p06_daily',
        unit: tiny.admin.communeA.code,
        startDate: '2026-02-01',
        endDate: '2026-04-30',
        populationElement: 'p06_population_14plus',
        elements: [{ element: 'p06_eid2_activated_total', targetRate: 0.8 }],
      },
    );
    f = {
      incidentIdOfA: incident.id,
      campaignIdOfA: campaign.id,
      targetIdOfA: (
        await built.services.targets.create(
          { kind: 'cli', label: 'test' },
          {
            indicator: 'clearance_rate',
            unit: tiny.admin.communeA.code,
            targetValue: 75,
            direction: 'at_least',
            term: 'term:2025-2030',
          },
        )
      ).id,
      reportIdOfA: (
        await built.services.reports.generate(
          { kind: 'cli', label: 'test' },
          { type: 'interim', unit: tiny.admin.communeA.code, from: '2026-01-01', to: '2026-03-01' },
        )
      ).id,
      tiny,
      userIdsOfA: [officerA.id, leaderA.id],
      usernamesOfA: ['canbo.a', 'lanhdao.a'],
      tipIdOfA: tip!.id,
      attachmentIdOfA: detail.attachments[0]!.id,
    };
    for (const u of ['canbo.a', 'lanhdao.a', 'canbo.b', 'lanhdao.b']) {
      as[u] = await signIn(app, { username: u, password: FIXTURE_PASSWORD, remoteAddress: '127.0.0.9' });
    }
  });
  afterAll(async () => app?.close());

  /** Strings that only commune A's own records contain. */
  const markersOfA = () => [
    ...f.userIdsOfA,
    ...f.usernamesOfA,
    f.tiny.police.communeA.id,
    f.tiny.police.communeA.code,
    f.incidentIdOfA,
    f.campaignIdOfA,
    f.targetIdOfA,
    f.reportIdOfA,
  ];
  const get = (user: string, url: string) =>
    app.inject({ method: 'GET', url, headers: { cookie: as[user]!.headers.cookie } });

  it('has an entry for every GET route of the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => m === 'get')
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.length).toBeGreaterThan(5);
    const missing = routes.filter((r) => !(r in MATRIX));
    expect(missing, 'routes missing from the jurisdiction matrix').toEqual([]);
  });

  for (const [route, entry] of Object.entries(MATRIX)) {
    it(`${route}: a user of commune B gets nothing of commune A`, async () => {
      for (const outsider of ['canbo.b', 'lanhdao.b']) {
        const response = await get(outsider, entry.url(f));
        if (entry.scope === 'record' || entry.scope === 'file' || entry.scope === 'unit') {
          expect([403, 404]).toContain(response.statusCode);
        } else if (response.statusCode === 200) {
          for (const marker of markersOfA())
            expect(response.body, `${outsider} sees ${marker}`).not.toContain(marker);
        } else {
          // Refused outright (officers may not list users; no polygon holds the point): nothing leaks in the error either.
          expect([400, 401, 403, 404]).toContain(response.statusCode);
          for (const marker of markersOfA()) expect(response.body).not.toContain(marker);
        }
      }
    });

    if (entry.scope === 'unit') {
      it(`${route}: commune A's own leader does get A's figures`, async () => {
        const response = await get('lanhdao.a', entry.url(f));
        expect(response.statusCode, response.body).toBe(200);
      });
    }

    if (entry.scope === 'file') {
      it(`${route}: commune A's own leader does get the file`, async () => {
        const response = await get('lanhdao.a', entry.url(f));
        expect(response.statusCode).toBe(200);
        expect(response.rawPayload.length).toBeGreaterThan(0);
      });
    }

    if (entry.scope === 'jurisdiction' || entry.scope === 'record') {
      it(`${route}: commune A's own leader does see A's data`, async () => {
        const response = await get('lanhdao.a', entry.url(f));
        expect(response.statusCode).toBe(200);
        expect(markersOfA().some((m) => response.body.includes(m))).toBe(true);
      });
    }
  }
});
