import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-db.ts';
import {
  buildTipWorld,
  moveClockTo,
  staffCall,
  submitTipInA,
  tipIdOf,
  type TipWorld,
} from '../../test/tip-fixtures.ts';

// Deadline alerts: a tip due soon, then overdue, alerts its assignee and the leaders of the
// unit that owns it, once per tip, kind and last day, in the app and in the outbox.

type AlertList = {
  items: { id: string; kind: string; dueDate: string; tip: { id: string; registrationLabel: string } }[];
  unread: number;
};

describeEachDialect('deadline alerts', (ctx) => {
  let w: TipWorld;
  let tipId: string;

  beforeAll(async () => {
    w = await buildTipWorld(ctx());
    const { trackingCode } = await submitTipInA(w, {
      description: 'Trộm chó ban đêm',
      informant: { phone: '0901112233' },
    });
    tipId = await tipIdOf(w, trackingCode);
    let version = 1;
    const step = async (user: string, action: string, body: Record<string, unknown> = {}) => {
      const r = await staffCall(w, user, 'POST', `/api/tips/${tipId}/${action}`, { version, ...body });
      if (r.statusCode !== 200) throw new Error(`${action}: ${r.body}`);
      version = (r.json() as { version: number }).version;
    };
    await step('canbo.a', 'classify', { kind: 'denunciation', category: 'theft' });
    await step('canbo.a', 'hand-over');
    await step('lanhdao.dt', 'assign', { userId: w.userIds['dieutra'] });
  });
  afterAll(async () => w?.app.close());

  const alertsOf = async (user: string) =>
    (await staffCall(w, user, 'GET', '/api/alerts')).json() as AlertList;
  const outbox = () => ctx().db.selectFrom('notification_outbox').selectAll().orderBy('created_at').execute();

  it('raises nothing while the tip has time', async () => {
    expect(await w.app.services.tips.alerts.scanDeadlines()).toEqual({
      tipsDue: 0,
      alertsCreated: 0,
      notificationsQueued: 0,
    });
  });

  it('alerts the assignee and the owning unit’s leader once when the tip is due soon', async () => {
    await moveClockTo(w, new Date('2026-03-18T02:00:00Z'));
    expect(await w.app.services.tips.alerts.scanDeadlines()).toEqual({
      tipsDue: 1,
      alertsCreated: 2,
      notificationsQueued: 2,
    });
    expect((await w.app.services.tips.alerts.scanDeadlines()).alertsCreated).toBe(0);
    const mine = await alertsOf('dieutra');
    expect(mine.unread).toBe(1);
    expect(mine.items[0]).toMatchObject({
      kind: 'due_soon',
      dueDate: '2026-03-22',
      tip: { id: tipId, registrationLabel: '1/2026' },
    });
    expect((await alertsOf('lanhdao.dt')).items).toHaveLength(1);
    expect((await alertsOf('canbo.a')).items).toHaveLength(0);
    const queued = await outbox();
    expect(queued.map((n) => n.recipient_user_id).sort()).toEqual(
      [w.userIds['dieutra'], w.userIds['lanhdao.dt']].sort(),
    );
    expect(queued[0]!.subject).toContain('1/2026');
    // A notification names the tip by number only: nothing of the informant or the story.
    expect(JSON.stringify(queued)).not.toContain('0901112233');
    expect(JSON.stringify(queued)).not.toContain('Trộm chó');
  });

  it('lets a user mark their own alert read, and nobody else’s', async () => {
    const [alert] = (await alertsOf('dieutra')).items;
    const other = await staffCall(w, 'lanhdao.dt', 'POST', `/api/alerts/${alert!.id}/read`);
    expect(other.statusCode).toBe(404);
    const own = await staffCall(w, 'dieutra', 'POST', `/api/alerts/${alert!.id}/read`);
    expect(own.statusCode).toBe(204);
    expect((await alertsOf('dieutra')).unread).toBe(0);
  });

  it('alerts again, as overdue, once the last day has passed', async () => {
    await moveClockTo(w, new Date('2026-03-23T02:00:00Z'));
    expect((await w.app.services.tips.alerts.scanDeadlines()).alertsCreated).toBe(2);
    const mine = await alertsOf('dieutra');
    expect(mine.items.map((a) => a.kind)).toEqual(['overdue', 'due_soon']);
    expect(mine.unread).toBe(1);
  });
});
