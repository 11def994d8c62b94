import {
  addDays,
  isoFromDay,
  normalizeCrockford,
  TIP_DUE_SOON_DAYS,
  TRACKING_CODE_LENGTH,
  tipListQuerySchema,
  vnDayOf,
  type TipDetailDto,
  type TipListDto,
  type TipListQuery,
  type TipSuspensionGround,
} from '@antt/shared';
import { DomainError, validationError } from '../errors/domain-error.ts';
import {
  dayText,
  presentTipAttachment,
  presentTipEvent,
  presentTipMessage,
  presentTipSummary,
  registrationLabel,
} from '../presenters/tip.presenter.ts';
import { IncidentRepository } from '../repositories/incident.repository.ts';
import { TipAttachmentRepository, type TipAttachmentRow } from '../repositories/tip-attachment.repository.ts';
import { TipEventRepository } from '../repositories/tip-event.repository.ts';
import { TipInformantRepository } from '../repositories/tip-informant.repository.ts';
import { TipMessageRepository } from '../repositories/tip-message.repository.ts';
import { TipRepository, type TipListFilter, type TipVisibility } from '../repositories/tip.repository.ts';
import { jurisdictionOf, type Actor } from './actor.ts';
import { maySeeIncident } from './incident-access.ts';
import type { ServiceDeps } from './service-deps.ts';
import { allowedTipActions, assertMaySeeTip, tipNotFound } from './tip-access.ts';
import { suggestDuplicates } from './tip-duplicates.ts';

// The queues of shared/DESIGN.md section 5.2 — my tips, my unit's tips, due soon, overdue,
// suspended, everything in my jurisdiction — and one tip's whole picture: time left and state,
// timeline, messages, attachments, duplicate suggestions, and what the caller may do next.
// Procurators see every tip of their jurisdiction (province-wide) and act only through the
// procuracy's own decisions.

export class TipQueueService {
  constructor(private readonly deps: ServiceDeps) {}

  private visibility(actor: Actor): TipVisibility {
    if (actor.kind === 'cli' || actor.kind === 'system') return { scope: 'all' };
    if (actor.kind !== 'user') throw new DomainError('unauthenticated', 'Cần đăng nhập / sign-in required');
    const j = jurisdictionOf(actor);
    if (j.scope === 'nation') return { scope: 'all' };
    return {
      scope: 'some',
      areaIds: [...j.adminUnitIds],
      ownerUnitId: actor.unitId,
      assigneeUserId: actor.userId,
    };
  }

  async list(actor: Actor, query: Partial<TipListQuery> = {}): Promise<TipListDto> {
    const parsed = tipListQuerySchema.safeParse(query);
    if (!parsed.success) {
      throw validationError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    }
    const q = parsed.data;
    const today = vnDayOf(this.deps.clock.now());
    const filter: Omit<TipListFilter, 'limit' | 'offset'> = {
      visibility: this.visibility(actor),
      statuses: q.status ? [q.status] : undefined,
      category: q.category,
      kind: q.kind,
      ...searchTerms(q.q),
    };
    switch (q.queue) {
      case 'mine':
        if (actor.kind !== 'user') return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
        filter.assigneeUserId = actor.userId;
        break;
      case 'unit':
        if (actor.kind !== 'user') return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
        filter.ownerUnitId = actor.unitId;
        break;
      case 'due_soon':
        filter.dueBetween = { from: today, to: addDays(today, TIP_DUE_SOON_DAYS), kinds: ['decision'] };
        break;
      case 'overdue':
        filter.dueBefore = today;
        break;
      case 'suspended':
        filter.statuses = ['suspended'];
        break;
      case 'all':
        break;
    }
    const repo = new TipRepository(this.deps.db);
    const [rows, total] = await Promise.all([
      repo.list({ ...filter, limit: q.pageSize, offset: (q.page - 1) * q.pageSize }),
      repo.count(filter),
    ]);
    return { items: rows.map((r) => presentTipSummary(r, today)), total, page: q.page, pageSize: q.pageSize };
  }

  /** One tip with everything staff need; 404 when it does not exist or the actor may not see it. */
  async detail(actor: Actor, id: string): Promise<TipDetailDto> {
    const db = this.deps.db;
    const row = await new TipRepository(db).findViewById(id);
    assertMaySeeTip(actor, row);
    const tip = row!;
    const today = vnDayOf(this.deps.clock.now());
    const [events, messages, attachments, informant, duplicates, original, incidents] = await Promise.all([
      new TipEventRepository(db).listForTip(id),
      new TipMessageRepository(db).listForTip(id),
      new TipAttachmentRepository(db).listForTip(id),
      new TipInformantRepository(db).findByTip(id),
      suggestDuplicates(db, actor, tip),
      tip.duplicate_of_id ? new TipRepository(db).findById(tip.duplicate_of_id) : Promise.resolve(undefined),
      new IncidentRepository(db, this.deps.dialect).listByTip(id),
    ]);
    const informantIdentified = informant !== undefined;
    return {
      ...presentTipSummary(tip, today),
      description: tip.description,
      occurredAt: tip.occurred_at,
      lon: tip.lon,
      lat: tip.lat,
      sourceAgency: tip.source_agency,
      receiptRecordNo: tip.receipt_record_no,
      receivingUnit: {
        id: tip.receiving_unit_id,
        code: tip.receiving_code,
        name: tip.receiving_name,
        kind: tip.receiving_kind as TipDetailDto['receivingUnit']['kind'],
      },
      classifiedAt: tip.classified_at,
      handedOverAt: tip.handed_over_at,
      procuracyNotifiedAt: tip.procuracy_notified_at,
      procuracyNoticeNo: tip.procuracy_notice_no,
      clockStartDate: dayText(tip.clock_start_day),
      limitLastDate: dayText(tip.limit_last_day),
      unitExtendedTo: dayText(tip.unit_extended_to),
      procuracyExtendedTo: dayText(tip.procuracy_extended_to),
      suspension:
        tip.status === 'suspended' && tip.suspension_ground && tip.suspended_at
          ? { ground: tip.suspension_ground as TipSuspensionGround, suspendedAt: tip.suspended_at }
          : null,
      resumedAt: tip.resumed_at,
      decisionDetails:
        tip.decision && tip.decided_at
          ? {
              decision: tip.decision,
              number: tip.decision_no,
              date: dayText(tip.decision_day),
              penalCodeArticle: tip.decision_article,
              agencyName: tip.decision_agency,
              duplicateOf: original
                ? { id: original.id, registrationLabel: registrationLabel(original) }
                : null,
              decidedAt: tip.decided_at,
            }
          : null,
      resultNotifiedAt: tip.result_notified_at,
      informantIdentified,
      timeline: events.map(presentTipEvent),
      messages: messages.map(presentTipMessage),
      attachments: attachments.map(presentTipAttachment),
      duplicates,
      incidents: incidents
        .filter((i) => maySeeIncident(actor, i))
        .map((i) => ({
          id: i.id,
          type: i.type,
          category: i.category,
          occurredOn: isoFromDay(i.occurred_day),
          summary: i.summary,
        })),
      allowedActions: allowedTipActions(actor, { ...tip, informantIdentified }),
    };
  }

  /** An attachment's bytes, for whoever may see the tip. */
  async attachment(actor: Actor, tipId: string, attachmentId: string): Promise<TipAttachmentRow> {
    const tip = await new TipRepository(this.deps.db).findById(tipId);
    assertMaySeeTip(actor, tip);
    const file = await new TipAttachmentRepository(this.deps.db).findWithContent(tipId, attachmentId);
    if (!file) throw tipNotFound();
    return file;
  }
}

/** "ABCDE-12345" → that tracking code; "12" or "12/2026" → that register number (and year). */
function searchTerms(q: string | undefined): Pick<TipListFilter, 'trackingCode' | 'regNo' | 'regYear'> {
  if (!q) return {};
  const reg = /^(\d{1,7})(?:\/(\d{4}))?$/.exec(q);
  if (reg) return { regNo: Number(reg[1]), ...(reg[2] ? { regYear: Number(reg[2]) } : {}) };
  const code = normalizeCrockford(q);
  if (code && code.length === TRACKING_CODE_LENGTH) return { trackingCode: code };
  // Anything else matches nothing rather than everything.
  return { trackingCode: '-' };
}
