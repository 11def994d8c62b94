import { addDays, dayFromIso, isoFromDay } from '@antt/shared';
import { expect, it } from 'vitest';
import { buildIncidentWorld, type IncidentWorld } from '../../test/incident-fixtures.ts';
import { describeEachDialect } from '../../test/test-db.ts';

// Campaigns over HTTP: set-up by the province's leader (refused for an officer, a bad body
// names its field), targets from the eligible population × rate and an explicit override, the
// progress, shares, leaderboard and projection checked by hand, and a user outside the
// campaign's unit refused.

const START = '2026-02-01';
const END = '2026-03-31';
const AS_OF = '2026-02-20';

const E_ID = 'p06_eid2_activated_total';
const ONLINE = 'p06_dossiers_online';
const POPULATION = 'p06_population_14plus';

const campaignBody = (overrides: Record<string, unknown> = {}) => ({
  nameVi: 'Cao điểm kích hoạt định danh điện tử',
  nameEn: 'e-ID activation push',
  dataSet: 'p06_daily',
  unit: '92',
  startDate: START,
  endDate: END,
  populationElement: POPULATION,
  elements: [
    { element: E_ID, targetRate: 0.8 },
    { element: ONLINE, targetRate: null },
  ],
  ...overrides,
});

describeEachDialect('campaign routes', (ctx) => {
  let world: IncidentWorld;
  let campaignId = '';
  const call = (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    world.app.inject({
      method,
      url,
      headers: world.as[user]!.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  /** Writes values straight into data_values, as the data entry would have. */
  const insertValues = async (unitId: string, element: string, values: [string, number][]) => {
    await ctx()
      .db.insertInto('data_values')
      .values(
        values.map(([date, value]) => ({
          province_code: '92',
          admin_unit_id: unitId,
          element_code: element,
          period: date,
          start_day: dayFromIso(date),
          end_day: dayFromIso(date),
          value,
          comment: null,
          version: 1,
          op_id: null,
          created_at: '2026-03-01T00:00:00.000Z',
          updated_at: '2026-03-01T00:00:00.000Z',
          updated_by: 'test',
        })),
      )
      .execute();
  };
  /** `count` consecutive days from the start, the value of day i given by `valueOf(i)`. */
  const daily = (count: number, valueOf: (i: number) => number): [string, number][] =>
    Array.from({ length: count }, (_, i) => [isoFromDay(addDays(dayFromIso(START), i)), valueOf(i)]);

  it('builds the world and its reported values', async () => {
    world = await buildIncidentWorld(ctx());
    const { communeA, communeB } = world.tiny.admin;
    // Population: A's value before the start counts (not the later one); B has none before the
    // start, so its earliest after counts.
    await insertValues(communeA.id, POPULATION, [
      ['2026-01-15', 1000],
      ['2026-02-10', 1200],
    ]);
    await insertValues(communeB.id, POPULATION, [['2026-02-05', 500]]);
    // e-ID level 2: A from 300 before the start, +10 a day; B from 100, +15 a day.
    await insertValues(communeA.id, E_ID, [['2026-01-31', 300]]);
    await insertValues(
      communeA.id,
      E_ID,
      daily(20, (i) => 300 + 10 * (i + 1)),
    );
    await insertValues(communeB.id, E_ID, [['2026-01-20', 100]]);
    await insertValues(
      communeB.id,
      E_ID,
      daily(20, (i) => 100 + 15 * (i + 1)),
    );
    // Online dossiers (a flow): A 3 a day, B 2 a day; a value after the asked day must not count.
    await insertValues(
      communeA.id,
      ONLINE,
      daily(21, () => 3),
    );
    await insertValues(
      communeB.id,
      ONLINE,
      daily(20, () => 2),
    );
  });

  it('lets the province leader set up a campaign, audited', async () => {
    const r = await call('lanhdao.tp', 'POST', '/api/campaigns', campaignBody());
    expect(r.statusCode, r.body).toBe(201);
    const created = r.json();
    expect(created).toMatchObject({
      nameVi: 'Cao điểm kích hoạt định danh điện tử',
      dataSet: 'p06_daily',
      unit: { code: '92' },
      startDate: START,
      endDate: END,
      daysTotal: 59,
      // The world's clock stands on 2 March 2026: 29 days to 31 March.
      daysLeft: 29,
      elements: [
        { element: E_ID, targetRate: 0.8 },
        { element: ONLINE, targetRate: null },
      ],
    });
    campaignId = created.id;
    const audit = await ctx()
      .db.selectFrom('audit_log')
      .select(['action', 'actor_label'])
      .where('entity_id', '=', campaignId)
      .execute();
    expect(audit).toEqual([{ action: 'campaign.created', actor_label: 'lanhdao.tp' }]);
  });

  it('refuses a bad body naming the field, and an officer', async () => {
    const backwards = await call(
      'lanhdao.tp',
      'POST',
      '/api/campaigns',
      campaignBody({ endDate: '2026-01-01' }),
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details.fields.map((f: { path: string }) => f.path)).toContain(
      'body.endDate',
    );
    const foreign = await call(
      'lanhdao.tp',
      'POST',
      '/api/campaigns',
      campaignBody({ elements: [{ element: 'not_in_the_set', targetRate: 1 }] }),
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details.fields[0].path).toBe('elements.0.element');
    const unknownUnit = await call('lanhdao.tp', 'POST', '/api/campaigns', campaignBody({ unit: '99' }));
    expect(unknownUnit.statusCode).toBe(400);
    expect(unknownUnit.json().error.details.fields[0].path).toBe('unit');
    const officer = await call('canbo.a', 'POST', '/api/campaigns', campaignBody());
    expect(officer.statusCode).toBe(403);
    // A commune's leader does not set up the province's campaign either.
    expect((await call('lanhdao.a', 'POST', '/api/campaigns', campaignBody())).statusCode).toBe(403);
    expect((await call('phantich', 'GET', '/api/campaigns')).json().items).toHaveLength(1);
  });

  it('takes an explicit target for one unit, refusing a unit outside the campaign', async () => {
    const outside = await call('lanhdao.tp', 'PUT', `/api/campaigns/${campaignId}/targets`, {
      targets: [{ element: ONLINE, unit: '94001', target: 5 }],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details.fields[0].path).toBe('targets.0.unit');
    const officer = await call('canbo.a', 'PUT', `/api/campaigns/${campaignId}/targets`, {
      targets: [{ element: ONLINE, unit: '92001', target: 100 }],
    });
    expect(officer.statusCode).toBe(403);
    const r = await call('lanhdao.tp', 'PUT', `/api/campaigns/${campaignId}/targets`, {
      targets: [
        { element: ONLINE, unit: '92001', target: 100 },
        // An explicit e-ID target for A that is then taken back: the default applies again.
        { element: E_ID, unit: '92001', target: 999 },
      ],
    });
    expect(r.statusCode, r.body).toBe(200);
    const back = await call('lanhdao.tp', 'PUT', `/api/campaigns/${campaignId}/targets`, {
      targets: [{ element: E_ID, unit: '92001', target: null }],
    });
    expect(back.statusCode, back.body).toBe(200);
  });

  it('gives the status with hand-checked targets, values, shares, ranks and projections', async () => {
    const r = await call('lanhdao.tp', 'GET', `/api/campaigns/${campaignId}?asOf=${AS_OF}`);
    expect(r.statusCode, r.body).toBe(200);
    const s = r.json();
    expect(s.asOf).toBe(AS_OF);
    expect(s.campaign.daysLeft).toBe(39);
    const [a, b] = s.units;
    expect(a.unit.code).toBe('92001');
    expect(b.unit.code).toBe('92002');
    expect(a.population).toBe(1000);
    expect(b.population).toBe(500);

    // A: target 1000 × 0.8; 500 reached from 300; gaining 10 a day, 39 days after 20 February
    // → 890 expected, exactly (no noise), which reaches 800: on track.
    expect(a.progress[0]).toMatchObject({
      element: E_ID,
      value: 500,
      startValue: 300,
      asOf: AS_OF,
      target: 800,
      share: 0.625,
      verdict: 'on_track',
      projection: { mean: 890, lo: 890, hi: 890, level: 0.9, perDay: 10, requiredPerDay: 300 / 39 },
    });
    // B: target 500 × 0.8 = 400, reached on 20 February.
    expect(b.progress[0]).toMatchObject({
      value: 400,
      startValue: 100,
      target: 400,
      share: 1,
      verdict: 'achieved',
    });
    expect(b.rank).toBe(1);
    expect(a.rank).toBe(2);

    // Online dossiers: A's explicit target 100, 20 days × 3 (the 21st day is after the asked day).
    expect(a.progress[1]).toMatchObject({
      element: ONLINE,
      value: 60,
      startValue: 0,
      target: 100,
      share: 0.6,
    });
    expect(a.progress[1].projection.mean).toBe(60 + 39 * 3);
    expect(a.progress[1].verdict).toBe('on_track');
    // B has neither a rate nor an explicit target.
    expect(b.progress[1]).toMatchObject({ value: 40, target: null, share: null, verdict: 'no_target' });

    // The whole: sums of the units; the online total has no target while B has none.
    expect(s.total.progress[0]).toMatchObject({ value: 900, startValue: 400, target: 1200, share: 0.75 });
    expect(s.total.progress[0].projection.mean).toBe(900 + 39 * 25);
    expect(s.total.progress[1]).toMatchObject({ value: 100, target: null, verdict: 'no_target' });
    expect(s.series).toHaveLength(20);
    expect(s.series[0]).toEqual({ date: START, value: 310 + 115 });
    expect(s.series[19]).toEqual({ date: AS_OF, value: 900 });
  });

  it('takes a target for the campaign’s unit itself in place of the units’ sum', async () => {
    const r = await call('lanhdao.tp', 'PUT', `/api/campaigns/${campaignId}/targets`, {
      targets: [{ element: ONLINE, unit: '92', target: 150 }],
    });
    expect(r.statusCode, r.body).toBe(200);
    const s = (await call('lanhdao.tp', 'GET', `/api/campaigns/${campaignId}?asOf=${AS_OF}`)).json();
    expect(s.total.progress[1]).toMatchObject({ value: 100, target: 150, share: 100 / 150 });
    // 100 + 39 days × 5 a day = 295 expected: on track.
    expect(s.total.progress[1].projection.mean).toBe(295);
    expect(s.total.progress[1].verdict).toBe('on_track');
  });

  it('shows a commune of the province the whole and its own row only, with its place among all', async () => {
    for (const [user, own, other] of [
      ['canbo.a', '92001', '92002'],
      ['lanhdao.b', '92002', '92001'],
    ] as const) {
      const r = await call(user, 'GET', `/api/campaigns/${campaignId}`);
      expect(r.statusCode).toBe(200);
      const s = r.json();
      expect(s.units.map((u: { unit: { code: string } }) => u.unit.code)).toEqual([own]);
      expect(s.rankedUnits).toBe(2);
      expect(s.units[0].rank).toBeGreaterThanOrEqual(1);
      expect(r.body).not.toContain(`"code":"${other}"`);
      expect((await call(user, 'GET', '/api/campaigns')).json().items).toHaveLength(1);
    }
  });

  it('keeps a commune’s own campaign from the other commune', async () => {
    const created = await call('lanhdao.tp', 'POST', '/api/campaigns', campaignBody({ unit: '92001' }));
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const r = await call('canbo.b', 'GET', `/api/campaigns/${id}`);
    expect(r.statusCode).toBe(403);
    expect(r.body).not.toContain('92001');
    const listed = (await call('canbo.b', 'GET', '/api/campaigns')).json().items as { id: string }[];
    expect(listed.map((c) => c.id)).not.toContain(id);
    expect((await call('canbo.a', 'GET', `/api/campaigns/${id}`)).statusCode).toBe(200);
    expect((await call('phantich', 'GET', `/api/campaigns/${campaignId}`)).statusCode).toBe(200);
    expect((await call('lanhdao.tp', 'GET', '/api/campaigns/no-such-campaign')).statusCode).toBe(404);
  });
});
