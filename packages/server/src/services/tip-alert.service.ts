import {
  addDays,
  isoFromDay,
  TIP_CATEGORY_LABELS,
  TIP_DUE_KIND_LABELS,
  TIP_DUE_SOON_DAYS,
  tipTimeLeft,
  vnDayOf,
  type AlertDto,
  type AlertListDto,
  type TipCategory,
} from '@antt/shared';
import { DomainError } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import { AlertRepository } from '../repositories/alert.repository.ts';
import { TipRoutingRepository } from '../repositories/tip-routing.repository.ts';
import { TipRepository, type TipViewRow } from '../repositories/tip.repository.ts';
import type { Actor } from './actor.ts';
import type { ServiceDeps } from './service-deps.ts';

// Deadline alerts (shared/DESIGN.md section 5.2): a tip due soon or overdue alerts its assignee
// and the leaders of the unit that owns it — once per tip, kind and last day (an extension sets
// a new last day and may alert again) — in the app, and through the notification outbox for
// e-mail or SMS delivery. Alerts and outbox rows name the tip by its register number only:
// nothing of the informant or the description leaves in a notification.

export type DeadlineScanReport = { tipsDue: number; alertsCreated: number; notificationsQueued: number };

const SCAN_ACTOR: Actor = { kind: 'system', label: 'deadline-scan' };

/** How often the server scans (main.ts); `antt tips scan-deadlines` runs one scan by hand. */
export const DEADLINE_SCAN_INTERVAL_MS = 10 * 60_000;

export class TipAlertService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Creates the due-soon and overdue alerts that do not exist yet. Safe to run at any time, any number of times. */
  async scanDeadlines(now: Date = this.deps.clock.now()): Promise<DeadlineScanReport> {
    const today = vnDayOf(now);
    const tips = await new TipRepository(this.deps.db).openDueBy(addDays(today, TIP_DUE_SOON_DAYS));
    const staff = new TipRoutingRepository(this.deps.db);
    const report: DeadlineScanReport = { tipsDue: 0, alertsCreated: 0, notificationsQueued: 0 };
    for (const tip of tips) {
      const left = tipTimeLeft({ status: tip.status, dueDay: tip.due_day, dueKind: tip.due_kind }, today);
      if (left.state !== 'overdue' && left.state !== 'due_soon') continue;
      report.tipsDue += 1;
      const leaders = await staff.usersWithRole(tip.owner_unit_id, 'leader');
      const recipients = new Set([
        ...(tip.assignee_user_id ? [tip.assignee_user_id] : []),
        ...leaders.map((l) => l.id),
      ]);
      if (recipients.size === 0) continue;
      await this.deps.db.transaction().execute(async (trx) => {
        const alerts = new AlertRepository(trx);
        let created = 0;
        for (const userId of recipients) {
          const inserted = await alerts.insertOnce({
            id: newId(),
            province_code: tip.province_code,
            user_id: userId,
            tip_id: tip.id,
            kind: left.state as 'overdue' | 'due_soon',
            due_day: tip.due_day!,
            created_at: now.toISOString(),
            read_at: null,
          });
          if (!inserted) continue;
          created += 1;
          const message = notificationText(tip, left.state as 'overdue' | 'due_soon', left.daysLeft ?? 0);
          await alerts.enqueue({
            id: newId(),
            province_code: tip.province_code,
            channel: 'email',
            recipient_user_id: userId,
            subject: message.subject,
            body: message.body,
            created_at: now.toISOString(),
            sent_at: null,
          });
        }
        if (created > 0) {
          await this.deps.audit.record(trx, SCAN_ACTOR, {
            action: 'tip.deadline_alerted',
            entityType: 'tip',
            entityId: tip.id,
            provinceCode: tip.province_code,
            adminUnitId: tip.area_admin_unit_id,
            details: { kind: left.state, dueDate: isoFromDay(tip.due_day!), recipients: created },
          });
        }
        report.alertsCreated += created;
        report.notificationsQueued += created;
      });
    }
    return report;
  }

  async list(actor: Actor, options: { unreadOnly: boolean; limit: number }): Promise<AlertListDto> {
    if (actor.kind !== 'user') throw new DomainError('unauthenticated', 'Cần đăng nhập / sign-in required');
    const repo = new AlertRepository(this.deps.db);
    const [rows, unread] = await Promise.all([
      repo.listForUser(actor.userId, options),
      repo.unreadCount(actor.userId),
    ]);
    const items: AlertDto[] = rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      tip: {
        id: r.tip_id,
        registrationLabel: `${r.tip_reg_no}/${r.tip_reg_year}`,
        category: r.tip_category as TipCategory,
      },
      dueDate: isoFromDay(r.due_day),
      createdAt: r.created_at,
      readAt: r.read_at,
    }));
    return { items, unread };
  }

  /** Marks one of the actor's own alerts read (someone else's answers 404). */
  async markRead(actor: Actor, id: string): Promise<void> {
    if (actor.kind !== 'user') throw new DomainError('unauthenticated', 'Cần đăng nhập / sign-in required');
    const repo = new AlertRepository(this.deps.db);
    const alert = await repo.findById(id);
    if (!alert || alert.user_id !== actor.userId) {
      throw new DomainError('not_found', 'Không tìm thấy cảnh báo / alert not found');
    }
    await repo.markRead(id, this.deps.clock.now().toISOString());
  }
}

function notificationText(tip: TipViewRow, kind: 'overdue' | 'due_soon', daysLeft: number) {
  const reg = `${tip.reg_no}/${tip.reg_year} (${tip.receiving_code})`;
  const what = TIP_DUE_KIND_LABELS[tip.due_kind ?? 'decision'].vi.toLowerCase();
  const due = isoFromDay(tip.due_day!);
  const category = TIP_CATEGORY_LABELS[tip.category].vi;
  if (kind === 'overdue') {
    return {
      subject: `Tin báo ${reg} quá hạn`,
      body: `Tin báo số ${reg} (${category}) đã quá ${what} ngày ${due}. Đơn vị đang giải quyết: ${tip.owner_name}.`,
    };
  }
  return {
    subject: `Tin báo ${reg} sắp đến hạn (còn ${daysLeft} ngày)`,
    body: `Tin báo số ${reg} (${category}) còn ${daysLeft} ngày đến ${what} (ngày ${due}). Đơn vị đang giải quyết: ${tip.owner_name}.`,
  };
}
