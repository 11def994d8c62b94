import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-db.ts';
import {
  buildTipWorld,
  moveClockTo,
  portalCall,
  staffCall,
  submitTipInA,
  tipIdOf,
  type Receipt,
  type TipWorld,
} from '../../test/tip-fixtures.ts';

// The whole path of one identified tip through the law (shared/DESIGN.md section 5.2), as route
// tests: portal submission → commune police classify and hand over → the investigating body
// assigns, notifies the procuracy, extends (the unit to 2 months in all, then the procuracy
// once) → suspension once the limit has run out → resumption → decision → result notice —
// with every refusal the law requires along the way.

type Detail = {
  id: string;
  version: number;
  status: string;
  ownerUnit: { code: string };
  assignee: { username: string } | null;
  deadline: { state: string; dueKind: string | null; dueDate: string | null; daysLeft: number | null };
  clockStartDate: string | null;
  limitLastDate: string | null;
  registration: { label: string; unit: { code: string } };
  timeline: { type: string; actorLabel: string; public: boolean; details: Record<string, unknown> }[];
  decisionDetails: { decision: string; penalCodeArticle: string | null } | null;
  allowedActions: string[];
};

describeEachDialect('tip lifecycle through the routes', (ctx) => {
  let w: TipWorld;
  let receipt: Receipt;
  let tipId: string;
  let version: number;

  const act = async (user: string, action: string, body: Record<string, unknown>) =>
    staffCall(w, user, 'POST', `/api/tips/${tipId}/${action}`, { version, ...body });
  const expectOk = (response: { statusCode: number; body: string; json(): unknown }) => {
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json() as Detail;
    version = detail.version;
    return detail;
  };
  const errorOf = (response: { statusCode: number; json(): unknown }) =>
    (response.json() as { error: { code: string; details?: Record<string, unknown> } }).error;
  const vnDay = (iso: string) => new Date(`${iso}T10:00:00+07:00`);

  beforeAll(async () => {
    w = await buildTipWorld(ctx());
    const submitted = await submitTipInA(w, {
      informant: { fullName: 'Trần Thị Báo', phone: '0912345678', idNumber: '094123456789' },
    });
    receipt = { trackingCode: submitted.trackingCode, secret: submitted.secret };
    tipId = await tipIdOf(w, receipt.trackingCode);
  });
  afterAll(async () => w?.app.close());

  it('registers the portal tip with commune A’s police, number 1 of 2026, to be classified within 24 hours', async () => {
    const response = await staffCall(w, 'canbo.a', 'GET', `/api/tips/${tipId}`);
    const detail = expectOk(response);
    expect(detail.ownerUnit.code).toBe(w.tiny.police.communeA.code);
    expect(detail.registration.label).toBe('1/2026');
    expect(detail.status).toBe('received');
    expect(detail.deadline).toMatchObject({
      dueKind: 'classification',
      dueDate: '2026-03-03',
      state: 'on_time',
    });
    expect(detail.allowedActions).toEqual(expect.arrayContaining(['classify', 'message']));
    expect(detail.allowedActions).not.toContain('decide');
  });

  it('classifies it, and refuses a second change made on the same (now stale) version', async () => {
    const seen = version;
    const detail = expectOk(await act('canbo.a', 'classify', { kind: 'denunciation', category: 'theft' }));
    expect(detail.status).toBe('verifying');
    expect(detail.deadline.dueKind).toBe('hand_over');
    const stale = await staffCall(w, 'canbo.a', 'POST', `/api/tips/${tipId}/classify`, {
      version: seen,
      kind: 'report',
      category: 'fraud',
    });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale)).toMatchObject({ code: 'stale_version', details: { currentVersion: version } });
  });

  it('hands it over to the investigating body, which owns it from then on; the 20 days start', async () => {
    const detail = expectOk(await act('canbo.a', 'hand-over', {}));
    expect(detail.ownerUnit.code).toBe('CA92-CSDT');
    expect(detail.clockStartDate).toBe('2026-03-02');
    // BLTTHS art. 147(1): 20 days from 2 March, the day of receipt not counted → 22 March.
    expect(detail.limitLastDate).toBe('2026-03-22');
    expect(detail.deadline).toMatchObject({ dueKind: 'decision', state: 'on_time', daysLeft: 20 });
    const handOver = detail.timeline.find((e) => e.type === 'handed_over')!;
    expect(handOver.details).toMatchObject({
      from: w.tiny.police.communeA.code,
      to: 'CA92-CSDT',
      late: false,
    });
    // The commune can still read it (its area) but no longer act on it.
    const commune = expectOk(await staffCall(w, 'canbo.a', 'GET', `/api/tips/${tipId}`));
    expect(commune.allowedActions).toEqual([]);
  });

  it('lets the body’s leader assign an officer, who notifies the procuracy', async () => {
    expectOk(await act('lanhdao.dt', 'assign', { userId: w.userIds['dieutra'] }));
    const detail = expectOk(await act('dieutra', 'notify-procuracy', { noticeNo: '15/TB-CSĐT' }));
    expect(detail.assignee?.username).toBe('dieutra');
    expect(detail.timeline.find((e) => e.type === 'procuracy_notified')?.details).toMatchObject({
      noticeNo: '15/TB-CSĐT',
      late: false,
    });
  });

  it('refuses a decision on the tip to a leader outside its jurisdiction (404), and to the commune’s own leader (403)', async () => {
    const body = { decision: 'decline', decisionNo: '1/QĐ', decisionDate: '2026-03-02' };
    const outsider = await act('lanhdao.b', 'decide', body);
    expect(outsider.statusCode).toBe(404);
    const commune = await act('lanhdao.a', 'decide', body);
    expect(commune.statusCode).toBe(403);
  });

  it('shows the procurator every tip of the province, to read and to extend only', async () => {
    const list = (await staffCall(w, 'kiemsat', 'GET', '/api/tips')).json() as { items: { id: string }[] };
    expect(list.items.map((t) => t.id)).toContain(tipId);
    const detail = expectOk(await staffCall(w, 'kiemsat', 'GET', `/api/tips/${tipId}`));
    expect(detail.allowedActions).toEqual(['extend']);
    const note = await staffCall(w, 'kiemsat', 'POST', `/api/tips/${tipId}/notes`, { body: 'Ghi chú' });
    expect(note.statusCode).toBe(403);
  });

  it('refuses a suspension before the limit runs out', async () => {
    const response = await act('lanhdao.dt', 'suspend', { ground: 'expert_examination_pending' });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response)).toMatchObject({
      code: 'suspension_premature',
      details: { limitLastDate: '2026-03-22' },
    });
  });

  it('extends by the unit’s leader up to 2 months in all, and not further', async () => {
    const tooLong = await act('lanhdao.dt', 'extend', {
      until: '2026-06-30',
      reason: 'Phải xác minh tại nhiều địa điểm',
    });
    expect(tooLong.statusCode).toBe(400);
    const error = errorOf(tooLong);
    expect(error.code).toBe('extension_too_long');
    // 2 months from 2 March is 2 May, a Saturday after the 30 April – 1 May holidays → Monday 4 May.
    expect(error.details?.maxDate).toBe('2026-05-04');
    const byOfficer = await act('dieutra', 'extend', { until: '2026-04-10', reason: 'Cần thêm thời gian' });
    expect(byOfficer.statusCode).toBe(403);
    expect(errorOf(byOfficer).code).toBe('extension_not_allowed');
    const detail = expectOk(
      await act('lanhdao.dt', 'extend', { until: '2026-05-04', reason: 'Phải xác minh tại nhiều địa điểm' }),
    );
    expect(detail.limitLastDate).toBe('2026-05-04');
    const second = await act('lanhdao.dt', 'extend', {
      until: '2026-05-20',
      reason: 'Chưa đủ thời gian xác minh',
    });
    expect(second.statusCode).toBe(403);
    expect(errorOf(second).code).toBe('extension_not_allowed');
  });

  it('lets the procuracy extend once more, by at most 2 months, and only once', async () => {
    await moveClockTo(w, vnDay('2026-04-20'));
    const detail = expectOk(
      await act('kiemsat', 'extend', { until: '2026-07-03', reason: 'VKS gia hạn theo đề nghị của CQĐT' }),
    );
    expect(detail.limitLastDate).toBe('2026-07-03');
    expect(detail.timeline.at(-1)).toMatchObject({ type: 'procuracy_extended', actorLabel: 'kiemsat' });
    const again = await act('kiemsat', 'extend', { until: '2026-07-20', reason: 'Gia hạn lần hai' });
    expect(again.statusCode).toBe(403);
    expect(errorOf(again).code).toBe('extension_not_allowed');
    const leader = await act('lanhdao.dt', 'extend', { until: '2026-07-10', reason: 'Gia hạn thêm' });
    expect(errorOf(leader).code).toBe('extension_not_allowed');
  });

  it('shows the tip due soon in the queues five days before the last day, then overdue after it', async () => {
    await moveClockTo(w, vnDay('2026-06-29'));
    const dueSoon = (await staffCall(w, 'lanhdao.dt', 'GET', '/api/tips?queue=due_soon')).json() as {
      items: Detail[];
    };
    expect(dueSoon.items.map((t) => t.id)).toContain(tipId);
    expect(dueSoon.items.find((t) => t.id === tipId)?.deadline).toMatchObject({
      state: 'due_soon',
      daysLeft: 4,
    });
    await moveClockTo(w, vnDay('2026-07-04'));
    const overdue = (await staffCall(w, 'dieutra', 'GET', '/api/tips?queue=overdue')).json() as {
      items: Detail[];
    };
    expect(overdue.items.find((t) => t.id === tipId)?.deadline).toMatchObject({
      state: 'overdue',
      daysLeft: -1,
    });
  });

  it('suspends once the limit has run out, on a lawful ground only', async () => {
    const unlawful = await act('lanhdao.dt', 'suspend', { ground: 'too_busy' });
    expect(unlawful.statusCode).toBe(400);
    const detail = expectOk(await act('lanhdao.dt', 'suspend', { ground: 'expert_examination_pending' }));
    expect(detail.status).toBe('suspended');
    expect(detail.deadline).toMatchObject({ state: 'suspended', dueDate: null });
  });

  it('refuses a resumption asking for more than 1 month, and resumes within it', async () => {
    await moveClockTo(w, vnDay('2026-08-10'));
    const tooLong = await act('lanhdao.dt', 'resume', { until: '2026-09-30' });
    expect(tooLong.statusCode).toBe(400);
    expect(errorOf(tooLong)).toMatchObject({
      code: 'resumption_limit_too_long',
      details: { maxDate: '2026-09-10' },
    });
    const detail = expectOk(await act('lanhdao.dt', 'resume', { until: '2026-09-10' }));
    expect(detail.status).toBe('verifying');
    expect(detail.limitLastDate).toBe('2026-09-10');
  });

  it('decides to prosecute, recording the decision and that the case awaits the incident register', async () => {
    const detail = expectOk(
      await act('lanhdao.dt', 'decide', {
        decision: 'prosecute',
        decisionNo: '45/QĐ-CSĐT',
        decisionDate: '2026-08-10',
        penalCodeArticle: 'Điều 173 khoản 1',
      }),
    );
    expect(detail.status).toBe('decided');
    expect(detail.decisionDetails).toMatchObject({
      decision: 'prosecute',
      penalCodeArticle: 'Điều 173 khoản 1',
    });
    expect(detail.timeline.at(-1)?.details).toMatchObject({
      caseRegistration: 'record_in_incident_register',
    });
    const again = await act('lanhdao.dt', 'decide', {
      decision: 'decline',
      decisionNo: '2/QĐ',
      decisionDate: '2026-08-10',
    });
    expect(again.statusCode).toBe(409);
  });

  it('tells the informant the result; the citizen sees it, in public words only', async () => {
    expectOk(
      await act('dieutra', 'notify-result', { message: 'Cơ quan điều tra đã khởi tố vụ án. Cảm ơn ông/bà.' }),
    );
    const view = await portalCall(w, '/api/portal/tips/status', receipt);
    expect(view.statusCode).toBe(200);
    const body = view.json() as {
      status: { code: string };
      events: { type: string }[];
      messages: { body: string }[];
    };
    expect(body.status.code).toBe('resolved');
    expect(body.events.map((e) => e.type)).toEqual([
      'received',
      'handed_over',
      'extended',
      'procuracy_extended',
      'suspended',
      'resumed',
      'decided',
      'result_notified',
    ]);
    expect(body.messages.at(-1)?.body).toContain('khởi tố');
  });
});
