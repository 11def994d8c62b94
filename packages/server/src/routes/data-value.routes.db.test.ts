import { expect, it } from 'vitest';
import {
  buildDataValueWorld,
  callAs,
  entryOf,
  P06,
  storedValue,
  storeHistory,
  valueOf,
  type DataValueWorld,
} from '../../test/data-value-fixtures.ts';
import { describeEachDialect } from '../../test/test-db.ts';

// Project 06 data values over HTTP (shared/DESIGN.md section 5.4): the entry grid, every
// validation rule refusing with its field and saving nothing, stale versions, submit, approve,
// the lock, un-approval, return with a comment, the offline sync (applied once, conflicts left
// as they are) and the jurisdiction of every read and write.

type Field = { path: string; message: string; rule: string };

describeEachDialect('data value routes', (ctx) => {
  let world: DataValueWorld;
  const call = (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    callAs(world, user, method, url, payload);
  const put = (user: string, values: unknown[]) => call(user, 'PUT', '/api/datavalues', { values });
  const approval = (user: string, action: string, body: unknown) =>
    call(user, 'POST', `/api/datasets/${P06}/approvals/${action}`, body);
  const sync = (user: string, changes: unknown[]) => call(user, 'POST', '/api/datavalues/sync', { changes });
  const fieldsOf = (body: string) =>
    (JSON.parse(body) as { error: { details: { fields: Field[] } } }).error.details.fields;

  it('builds the world with the shipped Project 06 set', async () => {
    world = await buildDataValueWorld(ctx());
    const sets = await call('canbo.a', 'GET', '/api/datasets');
    expect(sets.statusCode).toBe(200);
    expect(sets.json().items).toEqual([
      expect.objectContaining({ code: P06, periodType: 'day', reportingLevel: 'commune' }),
    ]);
    const elements = await call('canbo.a', 'GET', '/api/data-elements');
    expect(elements.json().items).toHaveLength(8);
  });

  it('shows an empty grid with a day per column, states open, and who may enter or approve', async () => {
    const r = await entryOf(world, 'canbo.a', '92001', '2026-02-24', '2026-03-02');
    expect(r.statusCode, r.body).toBe(200);
    const grid = r.json();
    expect(grid.unit).toMatchObject({ code: '92001', level: 'commune' });
    expect(grid.periods.map((p: { code: string }) => p.code)).toEqual([
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(grid.periods[0]).toMatchObject({ label: '24/02/2026', start: '2026-02-24', end: '2026-02-24' });
    expect(grid.values).toEqual([]);
    expect(grid.approvals.every((a: { state: string }) => a.state === 'open')).toBe(true);
    expect(grid).toMatchObject({ canEnter: true, canApprove: false });
    const province = (await entryOf(world, 'lanhdao.tp', '92001', '2026-03-01', '2026-03-02')).json();
    expect(province).toMatchObject({ canApprove: true });
    const analyst = (await entryOf(world, 'phantich', '92001', '2026-03-01', '2026-03-02')).json();
    expect(analyst).toMatchObject({ canEnter: false, canApprove: false });
    const tooLong = await entryOf(world, 'canbo.a', '92001', '2025-11-01', '2026-03-02');
    expect(tooLong.statusCode).toBe(400);
  });

  it('saves a value and shows it with its version; each change raises the version', async () => {
    const r = await put('canbo.a', [
      valueOf({ element: 'p06_cc_applications', period: '2026-03-01', value: 12, baseVersion: 0 }),
    ]);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ saved: 1, unchanged: 0, values: [{ value: 12, version: 1 }] });
    const grid = (await entryOf(world, 'canbo.a', '92001', '2026-02-24', '2026-03-02')).json();
    expect(grid.values).toEqual([
      expect.objectContaining({
        element: 'p06_cc_applications',
        unit: '92001',
        period: '2026-03-01',
        value: 12,
        version: 1,
        updatedBy: 'canbo.a',
      }),
    ]);
    const again = await put('canbo.a', [
      valueOf({ element: 'p06_cc_applications', period: '2026-03-01', value: 15, baseVersion: 1 }),
      valueOf({ element: 'p06_dossiers_online', period: '2026-03-01', value: 4 }),
    ]);
    expect(again.json()).toMatchObject({ saved: 2, unchanged: 0 });
    const same = await put('canbo.a', [
      valueOf({ element: 'p06_cc_applications', period: '2026-03-01', value: 15 }),
    ]);
    expect(same.json()).toMatchObject({ saved: 0, unchanged: 1, values: [{ value: 15, version: 2 }] });
  });

  it.each([
    ['a negative count', 'p06_cc_applications', -1, 'below_min', /-1.*0/],
    ['a count above the maximum', 'p06_cc_applications', 100_001, 'above_max', /100\.001.*100\.000/],
    ['a fraction of an integer element', 'p06_dossiers_total', 2.5, 'not_integer', /2,5/],
  ])(
    'refuses %s with its rule and field, and saves nothing',
    async (_name, element, value, rule, numbers) => {
      const r = await put('canbo.a', [
        valueOf({ element: 'p06_eid2_applications', period: '2026-02-27', value: 3 }),
        valueOf({ element, period: '2026-02-27', value }),
      ]);
      expect(r.statusCode, r.body).toBe(422);
      expect(r.json().error.code).toBe('data_value_refused');
      const fields = fieldsOf(r.body);
      expect(fields).toEqual([expect.objectContaining({ path: 'values.1.value', rule })]);
      expect(fields[0]!.message).toMatch(numbers);
      // All or nothing: the good value of the batch was not saved either.
      expect(await storedValue(world, 'p06_eid2_applications', '2026-02-27')).toBeUndefined();
    },
  );

  it('collects every failure of a batch, one field per bad value', async () => {
    const r = await put('canbo.a', [
      valueOf({ element: 'p06_cc_applications', period: '2026-02-26', value: -5 }),
      valueOf({ element: 'p06_dossiers_online', period: '2026-02-26', value: 3 }),
      valueOf({ element: 'p06_dossiers_total', period: '2026-02-26', value: 1.5 }),
    ]);
    expect(r.statusCode).toBe(422);
    expect(fieldsOf(r.body).map((f) => [f.path, f.rule])).toEqual([
      ['values.0.value', 'below_min'],
      ['values.2.value', 'not_integer'],
    ]);
  });

  it('refuses a running total below an earlier value or above a later one, naming that day and value', async () => {
    const ok = await put('canbo.a', [
      valueOf({ element: 'p06_cc_returned_total', period: '2026-02-25', value: 500 }),
      valueOf({ element: 'p06_cc_returned_total', period: '2026-02-27', value: 600 }),
    ]);
    expect(ok.statusCode, ok.body).toBe(200);
    const below = await put('canbo.a', [
      valueOf({ element: 'p06_cc_returned_total', period: '2026-02-26', value: 450 }),
    ]);
    expect(below.statusCode).toBe(422);
    const [f] = fieldsOf(below.body);
    expect(f).toMatchObject({ path: 'values.0.value', rule: 'cumulative_decreased' });
    expect(f!.message).toContain('25/02/2026');
    expect(f!.message).toContain('500');
    const above = await put('canbo.a', [
      valueOf({ element: 'p06_cc_returned_total', period: '2026-02-26', value: 650 }),
    ]);
    expect(fieldsOf(above.body)[0]!.message).toContain('27/02/2026');
    expect(await storedValue(world, 'p06_cc_returned_total', '2026-02-26')).toBeUndefined();
    // A pasted column is judged as it will stand: lowering a later day in the same batch is fine.
    const pasted = await put('canbo.a', [
      valueOf({ element: 'p06_cc_returned_total', period: '2026-02-26', value: 650 }),
      valueOf({ element: 'p06_cc_returned_total', period: '2026-02-27', value: 660 }),
    ]);
    expect(pasted.statusCode, pasted.body).toBe(200);
  });

  it('asks for a comment for a value far from the unit’s own history, and accepts it with one', async () => {
    await storeHistory(world, {
      unit: '92001',
      element: 'p06_dossiers_total',
      lastDay: '2026-02-19',
      values: [20, 22, 19, 21, 20, 23, 18, 21, 20, 22],
    });
    const r = await put('canbo.a', [
      valueOf({ element: 'p06_dossiers_total', period: '2026-02-20', value: 500 }),
    ]);
    expect(r.statusCode).toBe(422);
    expect(fieldsOf(r.body)[0]).toMatchObject({ path: 'values.0.value', rule: 'outlier_needs_comment' });
    expect(fieldsOf(r.body)[0]!.message).toMatch(/500/);
    expect(await storedValue(world, 'p06_dossiers_total', '2026-02-20')).toBeUndefined();
    const ordinary = await put('canbo.a', [
      valueOf({ element: 'p06_dossiers_total', period: '2026-02-20', value: 24 }),
    ]);
    expect(ordinary.statusCode, ordinary.body).toBe(200);
    const commented = await put('canbo.a', [
      valueOf({
        element: 'p06_dossiers_total',
        period: '2026-02-21',
        value: 500,
        comment: 'Đợt cao điểm cấp căn cước tại trụ sở xã',
      }),
    ]);
    expect(commented.statusCode, commented.body).toBe(200);
    expect(await storedValue(world, 'p06_dossiers_total', '2026-02-21')).toMatchObject({
      value: 500,
      comment: 'Đợt cao điểm cấp căn cước tại trụ sở xã',
    });
  });

  it('refuses an element of no set of the unit’s level and a future day', async () => {
    const province = await put('lanhdao.tp', [
      valueOf({ unit: '92', element: 'p06_cc_applications', period: '2026-03-01', value: 1 }),
    ]);
    expect(province.statusCode, province.body).toBe(422);
    expect(fieldsOf(province.body)[0]).toMatchObject({ path: 'values.0.value', rule: 'element_not_in_set' });
    const unknown = await put('canbo.a', [
      valueOf({ element: 'p06_no_such_thing', period: '2026-03-01', value: 1 }),
    ]);
    expect(fieldsOf(unknown.body)[0]).toMatchObject({ rule: 'element_not_in_set' });
    const future = await put('canbo.a', [
      valueOf({ element: 'p06_cc_applications', period: '2026-03-03', value: 1 }),
    ]);
    expect(future.statusCode).toBe(422);
    expect(fieldsOf(future.body)[0]).toMatchObject({ path: 'values.0.value', rule: 'period_not_reportable' });
    const grid = (await entryOf(world, 'lanhdao.tp', '92001', '2026-03-01', '2026-03-02')).json();
    expect(grid.values.filter((v: { value: number }) => v.value === 1)).toEqual([]);
  });

  it('answers 409 data_value_conflict for a stale baseVersion, naming the current value and its author', async () => {
    const r = await put('lanhdao.a', [
      valueOf({ element: 'p06_cc_applications', period: '2026-03-01', value: 99, baseVersion: 1 }),
    ]);
    expect(r.statusCode, r.body).toBe(409);
    expect(r.json().error.code).toBe('data_value_conflict');
    expect(r.json().error.details.conflicts[0].current).toMatchObject({
      value: 15,
      version: 2,
      updatedBy: 'canbo.a',
    });
    expect(await storedValue(world, 'p06_cc_applications', '2026-03-01')).toMatchObject({
      value: 15,
      version: 2,
    });
  });

  it('submits a period with values; a period without values cannot be submitted', async () => {
    const empty = await approval('canbo.a', 'submit', { unit: '92001', periods: ['2026-02-24'] });
    expect(empty.statusCode, empty.body).toBe(409);
    expect(empty.json().error.code).toBe('approval_state_invalid');
    const r = await approval('canbo.a', 'submit', { unit: '92001', periods: ['2026-03-01'] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().items).toEqual([
      expect.objectContaining({ period: '2026-03-01', state: 'submitted', changedBy: 'canbo.a' }),
    ]);
    // While submitted the unit may still correct its figures.
    const edit = await put('canbo.a', [
      valueOf({ element: 'p06_cc_applications', period: '2026-03-01', value: 16 }),
    ]);
    expect(edit.statusCode, edit.body).toBe(200);
  });

  it('lets the province leader approve, not the unit’s own leader', async () => {
    const own = await approval('lanhdao.a', 'approve', { unit: '92001', periods: ['2026-03-01'] });
    expect(own.statusCode).toBe(403);
    const r = await approval('lanhdao.tp', 'approve', { unit: '92001', periods: ['2026-03-01'] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().items[0]).toMatchObject({ state: 'approved', changedBy: 'lanhdao.tp' });
    const grid = (await entryOf(world, 'canbo.a', '92001', '2026-03-01', '2026-03-01')).json();
    expect(grid.approvals[0]).toMatchObject({ period: '2026-03-01', state: 'approved' });
  });

  it('locks an approved period: a save answers 409 period_locked and changes nothing', async () => {
    const r = await put('canbo.a', [
      valueOf({ element: 'p06_cc_applications', period: '2026-03-01', value: 40 }),
      valueOf({ element: 'p06_eid2_applications', period: '2026-03-01', value: 2 }),
    ]);
    expect(r.statusCode, r.body).toBe(409);
    expect(r.json().error.code).toBe('period_locked');
    expect(await storedValue(world, 'p06_cc_applications', '2026-03-01')).toMatchObject({
      value: 16,
      version: 3,
    });
    expect(await storedValue(world, 'p06_eid2_applications', '2026-03-01')).toBeUndefined();
    const offline = await sync('canbo.a', [
      {
        opId: 'locked-op-0001',
        baseVersion: 3,
        ...valueOf({ element: 'p06_cc_applications', period: '2026-03-01', value: 41 }),
      },
    ]);
    expect(offline.json().results[0]).toMatchObject({ outcome: 'refused', rule: 'period_locked' });
    const twice = await approval('lanhdao.tp', 'approve', { unit: '92001', periods: ['2026-03-01'] });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({
      code: 'approval_state_invalid',
      details: { periods: [{ period: '2026-03-01', state: 'approved' }] },
    });
  });

  it('un-approves, after which the unit edits again', async () => {
    const r = await approval('lanhdao.tp', 'unapprove', {
      unit: '92001',
      periods: ['2026-03-01'],
      comment: 'Cần sửa số hồ sơ',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().items[0]).toMatchObject({ state: 'returned', comment: 'Cần sửa số hồ sơ' });
    const edit = await put('canbo.a', [
      valueOf({ element: 'p06_cc_applications', period: '2026-03-01', value: 17, baseVersion: 3 }),
    ]);
    expect(edit.statusCode, edit.body).toBe(200);
    expect(await storedValue(world, 'p06_cc_applications', '2026-03-01')).toMatchObject({
      value: 17,
      version: 4,
    });
  });

  it('returns a submitted period only with a comment, which the unit then sees', async () => {
    expect((await approval('canbo.a', 'submit', { unit: '92001', periods: ['2026-03-01'] })).statusCode).toBe(
      200,
    );
    const bare = await approval('lanhdao.tp', 'return', { unit: '92001', periods: ['2026-03-01'] });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.code).toBe('validation_failed');
    expect(fieldsOf(bare.body).map((f) => f.path)).toEqual(['comment']);
    const r = await approval('lanhdao.tp', 'return', {
      unit: '92001',
      periods: ['2026-03-01'],
      comment: 'Số hồ sơ trực tuyến lớn hơn tổng số hồ sơ',
    });
    expect(r.statusCode, r.body).toBe(200);
    const grid = (await entryOf(world, 'canbo.a', '92001', '2026-03-01', '2026-03-01')).json();
    expect(grid.approvals[0]).toMatchObject({
      state: 'returned',
      comment: 'Số hồ sơ trực tuyến lớn hơn tổng số hồ sơ',
    });
    const audit = (await call('lanhdao.tp', 'GET', '/api/audit?limit=500')).body;
    for (const action of [
      'dataset.submitted',
      'dataset.approved',
      'dataset.unapproved',
      'dataset.returned',
      'datavalue.saved',
    ])
      expect(audit).toContain(action);
  });

  it('lists the province’s queue: every commune × day with its state and number of values', async () => {
    const r = await call(
      'lanhdao.tp',
      'GET',
      `/api/datasets/${P06}/approvals?unit=92&from=2026-02-28&to=2026-03-01`,
    );
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json().items as {
      unit: string;
      period: string;
      state: string;
      valueCount: number;
      unitName: string;
    }[];
    expect(items.map((i) => `${i.unit} ${i.period}`)).toEqual([
      '92001 2026-02-28',
      '92001 2026-03-01',
      '92002 2026-02-28',
      '92002 2026-03-01',
    ]);
    expect(items[1]).toMatchObject({ state: 'returned', valueCount: 2, unitName: 'Phường A 92' });
    const returned = await call(
      'lanhdao.tp',
      'GET',
      `/api/datasets/${P06}/approvals?unit=92&from=2026-02-28&to=2026-03-01&state=returned`,
    );
    expect(returned.json().items).toHaveLength(1);
  });

  it('applies an offline change once: the replay of the same request changes nothing', async () => {
    const changes = [
      {
        opId: 'op-a-0000001',
        baseVersion: 0,
        ...valueOf({ element: 'p06_eid2_applications', period: '2026-02-26', value: 7 }),
      },
      {
        opId: 'op-a-0000002',
        baseVersion: 0,
        ...valueOf({ element: 'p06_dossiers_online', period: '2026-02-26', value: 3 }),
      },
    ];
    const first = await sync('canbo.a', changes);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().results.map((x: { outcome: string }) => x.outcome)).toEqual(['applied', 'applied']);
    const replay = await sync('canbo.a', changes);
    expect(replay.json().results.map((x: { outcome: string }) => x.outcome)).toEqual([
      'already_applied',
      'already_applied',
    ]);
    expect(await storedValue(world, 'p06_eid2_applications', '2026-02-26')).toMatchObject({
      value: 7,
      version: 1,
    });
    expect(await storedValue(world, 'p06_dossiers_online', '2026-02-26')).toMatchObject({
      value: 3,
      version: 1,
    });
  });

  it('reports a conflict with another user’s edit and leaves that edit as it is', async () => {
    const other = await put('lanhdao.a', [
      valueOf({ element: 'p06_eid2_applications', period: '2026-02-26', value: 9, baseVersion: 1 }),
    ]);
    expect(other.statusCode, other.body).toBe(200);
    const r = await sync('canbo.a', [
      {
        opId: 'op-a-0000003',
        baseVersion: 1,
        ...valueOf({ element: 'p06_eid2_applications', period: '2026-02-26', value: 8 }),
      },
      {
        opId: 'op-a-0000004',
        baseVersion: 1,
        ...valueOf({ element: 'p06_dossiers_online', period: '2026-02-26', value: -2 }),
      },
    ]);
    expect(r.statusCode, r.body).toBe(200);
    const [conflict, refused] = r.json().results;
    expect(conflict).toMatchObject({
      outcome: 'conflict',
      current: { value: 9, version: 2, updatedBy: 'lanhdao.a' },
    });
    expect(refused).toMatchObject({ outcome: 'refused', rule: 'below_min' });
    expect(await storedValue(world, 'p06_eid2_applications', '2026-02-26')).toMatchObject({
      value: 9,
      version: 2,
      updatedBy: 'lanhdao.a',
    });
    expect(await storedValue(world, 'p06_dossiers_online', '2026-02-26')).toMatchObject({
      value: 3,
      version: 1,
    });
  });

  it('refuses commune B’s officer on commune A for the grid, a save and a sync, and shows B none of A’s values', async () => {
    const grid = await entryOf(world, 'canbo.b', '92001', '2026-02-24', '2026-03-02');
    expect(grid.statusCode).toBe(403);
    expect(grid.json().error.code).toBe('outside_jurisdiction');
    const save = await put('canbo.b', [
      valueOf({ element: 'p06_cc_applications', period: '2026-02-24', value: 1 }),
    ]);
    expect(save.statusCode).toBe(403);
    expect(save.json().error.code).toBe('outside_jurisdiction');
    const offline = await sync('canbo.b', [
      {
        opId: 'op-b-0000001',
        baseVersion: 2,
        ...valueOf({ element: 'p06_eid2_applications', period: '2026-02-26', value: 1 }),
      },
    ]);
    expect(offline.statusCode).toBe(403);
    expect(offline.json().error.code).toBe('outside_jurisdiction');
    expect(await storedValue(world, 'p06_eid2_applications', '2026-02-26')).toMatchObject({ value: 9 });
    expect(await storedValue(world, 'p06_cc_applications', '2026-02-24')).toBeUndefined();

    const own = await entryOf(world, 'canbo.b', '92002', '2026-02-24', '2026-03-02');
    expect(own.statusCode).toBe(200);
    expect(own.json().values).toEqual([]);
    expect(own.body).not.toContain('92001');
    const queue = await call(
      'lanhdao.b',
      'GET',
      `/api/datasets/${P06}/approvals?unit=92&from=2026-02-24&to=2026-03-02`,
    );
    expect(queue.statusCode).toBe(403);
    const ownQueue = await call(
      'lanhdao.b',
      'GET',
      `/api/datasets/${P06}/approvals?unit=92002&from=2026-02-24&to=2026-03-02`,
    );
    expect(ownQueue.statusCode).toBe(200);
    expect(ownQueue.body).not.toContain('92001');
    const submit = await approval('canbo.b', 'submit', { unit: '92001', periods: ['2026-02-26'] });
    expect(submit.statusCode).toBe(403);
  });

  it('lets analysts read but not enter, and administrators alone change elements', async () => {
    const r = await put('phantich', [
      valueOf({ element: 'p06_cc_applications', period: '2026-02-24', value: 1 }),
    ]);
    expect(r.statusCode).toBe(403);
    const element = (await call('canbo.a', 'GET', '/api/data-elements')).json().items[0];
    const change = await call('lanhdao.tp', 'PUT', `/api/data-elements/${element.code}`, element);
    expect(change.statusCode).toBe(403);
  });
});
