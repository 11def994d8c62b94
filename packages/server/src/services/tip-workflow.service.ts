import {
  assignTipRequestSchema,
  cancelSuspensionRequestSchema,
  classifyTipRequestSchema,
  dayFromIso,
  daysBetween,
  decideTipRequestSchema,
  extendTipRequestSchema,
  handOverTipRequestSchema,
  isoFromDay,
  notifyProcuracyRequestSchema,
  notifyResultRequestSchema,
  resumeTipRequestSchema,
  routeTipRequestSchema,
  suspendTipRequestSchema,
  TIP_HANDLING_UNIT_KINDS,
  TIP_SUSPENSION_GROUND_LABELS,
  TIP_TIME_LIMITS,
  TIP_WORKFLOW_RULES,
  tipMessageRequestSchema,
  tipNoteRequestSchema,
  vnDayOf,
  type AssignTipRequest,
  type CancelSuspensionRequest,
  type ClassifyTipRequest,
  type DayNumber,
  type DecideTipRequest,
  type ExtendTipRequest,
  type HandOverTipRequest,
  type NotifyProcuracyRequest,
  type NotifyResultRequest,
  type ResumeTipRequest,
  type RouteTipRequest,
  type SuspendTipRequest,
  type TipDetailDto,
  type TipMessageRequest,
  type TipNoteRequest,
} from '@antt/shared';
import type { Updateable } from 'kysely';
import type { ZodType } from 'zod';
import type { TipTable } from '../db/tables/tip.ts';
import { DomainError, validationError } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import { TipMessageRepository } from '../repositories/tip-message.repository.ts';
import { TipRoutingRepository } from '../repositories/tip-routing.repository.ts';
import { TipRepository, type TipViewRow } from '../repositories/tip.repository.ts';
import { hasRole, inJurisdiction, jurisdictionOf, type Actor } from './actor.ts';
import type { ServiceDeps } from './service-deps.ts';
import {
  assertMaySeeTip,
  forbidden,
  isOwnerLeader,
  isOwnerStaff,
  isSupervisingLeader,
  isSupervisingProcurator,
  maySeeTip,
} from './tip-access.ts';
import type { TipDeadlines } from './tip-deadlines.ts';
import type { TipQueueService } from './tip-queue.service.ts';
import type { TipRouting } from './tip-routing.ts';
import { assertVersion, currentDue, recordTipStep, type TipStep } from './tip-step.ts';

// The lawful handling of a tip after receipt (shared/DESIGN.md section 5.2). Each action:
// the tip must be visible to the actor (else 404), the actor must hold the right role in the
// right unit (else 403), the version must be the one the actor saw (else 409), the state and
// the legal rule must allow it (else a named refusal); then one transaction writes the change,
// a timeline event and an audit row. The time limits and their articles are in
// packages/shared/src/legal/tip-time-limits.ts; the other rules in packages/shared/src/tips/tip-rules.ts.

function parseOrThrow<T>(schema: ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw validationError(
      parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
    );
  }
  return parsed.data;
}

function stateInvalid(vi: string, en: string, details?: Record<string, unknown>): DomainError {
  return new DomainError('tip_state_invalid', `${vi} / ${en}`, details);
}

const dateText = (day: DayNumber) => isoFromDay(day);

export class TipWorkflowService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly routing: TipRouting,
    private readonly deadlines: TipDeadlines,
    private readonly queue: TipQueueService,
  ) {}

  private today(): DayNumber {
    return vnDayOf(this.deps.clock.now());
  }

  private async load(actor: Actor, id: string): Promise<TipViewRow> {
    const tip = await new TipRepository(this.deps.db).findViewById(id);
    assertMaySeeTip(actor, tip);
    return tip!;
  }

  /** Writes one step in its own transaction and answers with the tip as it now is. */
  private async commit(actor: Actor, tip: TipViewRow, step: TipStep): Promise<TipDetailDto> {
    await this.deps.db.transaction().execute((trx) => recordTipStep(trx, this.deps, actor, tip, step));
    return this.queue.detail(actor, tip.id);
  }

  /** The due fields after a change of status or limit. */
  private due(tip: TipViewRow, changes: Updateable<TipTable>) {
    return currentDue(
      {
        status: changes.status ?? tip.status,
        limit_last_day:
          changes.limit_last_day !== undefined
            ? (changes.limit_last_day as number | null)
            : tip.limit_last_day,
        received_at: tip.received_at,
      },
      this.deadlines,
    );
  }

  /** The competent body has the tip from today on: the decision limit starts (TIP_WORKFLOW_RULES.clockStart). */
  private async startClock(tip: TipViewRow, today: DayNumber): Promise<Updateable<TipTable>> {
    if (tip.clock_start_day !== null) return {};
    return { clock_start_day: today, limit_last_day: await this.deadlines.decisionLastDay(today) };
  }

  // ---- classification, routing, assignment, hand-over -----------------------------------------

  /** Classification within 24 hours of receipt (TIP_TIME_LIMITS.classification), by the owner unit's staff. */
  async classify(actor: Actor, id: string, input: ClassifyTipRequest): Promise<TipDetailDto> {
    const data = parseOrThrow(classifyTipRequestSchema, input);
    const tip = await this.load(actor, id);
    if (!isOwnerStaff(actor, tip)) {
      throw forbidden(
        'Chỉ cán bộ của đơn vị đang giữ tin báo được phân loại',
        'only the owning unit’s staff classify',
      );
    }
    assertVersion(tip, data.version);
    if (tip.status !== 'received')
      throw stateInvalid('Tin báo đã được phân loại', 'the tip is already classified');
    const now = this.deps.clock.now();
    const late = now > this.deadlines.classificationExpiry(new Date(tip.received_at));
    const changes: Updateable<TipTable> = {
      kind: data.kind,
      category: data.category,
      status: 'verifying',
      classified_at: now.toISOString(),
    };
    return this.commit(actor, tip, {
      type: 'classified',
      expectedVersion: data.version,
      changes: { ...changes, ...this.due(tip, changes) },
      details: {
        kind: data.kind,
        category: data.category,
        ...(data.kind !== tip.kind ? { previousKind: tip.kind } : {}),
        ...(data.category !== tip.category ? { previousCategory: tip.category } : {}),
        late,
        limit: TIP_TIME_LIMITS.classification.article,
        ...(data.note ? { note: data.note } : {}),
      },
    });
  }

  /**
   * Sends the tip to another unit: the duty desk routing a tip whose commune could not be
   * determined, or a leader reassigning within their jurisdiction. A tip routed to the
   * investigating body has reached the competent body: its decision limit starts.
   */
  async route(actor: Actor, id: string, input: RouteTipRequest): Promise<TipDetailDto> {
    const data = parseOrThrow(routeTipRequestSchema, input);
    const tip = await this.load(actor, id);
    const deskStaff = tip.owner_kind === 'duty_desk' && isOwnerStaff(actor, tip);
    const leader = isSupervisingLeader(actor, tip);
    if (!deskStaff && !leader) {
      throw forbidden(
        'Chỉ trực ban (với tin báo chưa xác định được nơi xảy ra) và lãnh đạo có thẩm quyền được chuyển tin báo',
        'only the duty desk and leaders with jurisdiction route tips',
      );
    }
    assertVersion(tip, data.version);
    if (tip.status !== 'received' && tip.status !== 'verifying') {
      throw stateInvalid('Tin báo đã tạm đình chỉ hoặc đã giải quyết', 'the tip is suspended or decided');
    }
    const target = await new TipRoutingRepository(this.deps.db).findUnit(data.unitId);
    const field = (message: string) => validationError([{ path: 'unitId', message }], `${message}`);
    if (!target || !(TIP_HANDLING_UNIT_KINDS as readonly string[]).includes(target.kind)) {
      throw field(
        'Đơn vị nhận phải là công an xã, phường, trực ban hoặc Cơ quan điều tra / not a unit that handles tips',
      );
    }
    if (target.province_code !== tip.province_code) {
      throw field('Đơn vị nhận phải cùng tỉnh, thành phố / the unit must be of the same province');
    }
    if (target.id === tip.owner_unit_id) throw field('Tin báo đã ở đơn vị này / the tip is already there');
    if (!deskStaff && actor.kind === 'user' && !inJurisdiction(jurisdictionOf(actor), target.admin_unit_id)) {
      throw forbidden(
        'Đơn vị nhận nằm ngoài địa bàn quản lý của bạn',
        'that unit lies outside your jurisdiction',
      );
    }
    const today = this.today();
    const changes: Updateable<TipTable> = {
      owner_unit_id: target.id,
      assignee_user_id: null,
      ...(target.kind === 'investigating_body' ? await this.startClock(tip, today) : {}),
    };
    return this.commit(actor, tip, {
      type: 'routed',
      expectedVersion: data.version,
      changes: { ...changes, ...this.due(tip, changes) },
      details: { from: tip.owner_code, to: target.code, ...(data.note ? { note: data.note } : {}) },
    });
  }

  /** A leader assigns an officer of the owning unit; an officer may take an unassigned tip of their unit. */
  async assign(actor: Actor, id: string, input: AssignTipRequest): Promise<TipDetailDto> {
    const data = parseOrThrow(assignTipRequestSchema, input);
    const tip = await this.load(actor, id);
    const selfTake =
      actor.kind === 'user' &&
      isOwnerStaff(actor, tip) &&
      tip.assignee_user_id === null &&
      data.userId === actor.userId;
    if (!(isOwnerLeader(actor, tip) || isSupervisingLeader(actor, tip) || selfTake)) {
      throw forbidden('Chỉ lãnh đạo được phân công cán bộ', 'only leaders assign officers');
    }
    assertVersion(tip, data.version);
    if (tip.status === 'decided') throw stateInvalid('Tin báo đã giải quyết', 'the tip is decided');
    const routingRepo = new TipRoutingRepository(this.deps.db);
    const user = await routingRepo.findUser(data.userId);
    const roles = user ? await routingRepo.rolesOf(user.id) : [];
    if (
      !user ||
      user.disabled === 1 ||
      user.unit_id !== tip.owner_unit_id ||
      !roles.some((r) => r === 'officer' || r === 'leader')
    ) {
      throw validationError(
        [{ path: 'userId', message: 'must be an active officer or leader of the unit that owns the tip' }],
        'Người được phân công phải là cán bộ của đơn vị đang giữ tin báo / the assignee must be an officer of the owning unit',
      );
    }
    return this.commit(actor, tip, {
      type: 'assigned',
      expectedVersion: data.version,
      changes: { assignee_user_id: user.id },
      details: { assignee: user.username },
    });
  }

  /**
   * Commune police pass the classified tip to the investigating body at once
   * (TIP_TIME_LIMITS.communeHandOver); from then on the body owns it and, under
   * TIP_WORKFLOW_RULES.clockStart, its 20 days start.
   */
  async handOver(actor: Actor, id: string, input: HandOverTipRequest): Promise<TipDetailDto> {
    const data = parseOrThrow(handOverTipRequestSchema, input);
    const tip = await this.load(actor, id);
    if (!isOwnerStaff(actor, tip) || tip.owner_kind !== 'commune_police') {
      throw forbidden(
        'Chỉ công an xã, phường đang giữ tin báo được chuyển Cơ quan điều tra',
        'only the owning commune police hand over',
      );
    }
    assertVersion(tip, data.version);
    if (tip.status !== 'verifying') {
      throw stateInvalid(
        tip.status === 'received'
          ? 'Phân loại tin báo trước khi chuyển'
          : 'Tin báo đã tạm đình chỉ hoặc đã giải quyết',
        tip.status === 'received' ? 'classify the tip first' : 'the tip is suspended or decided',
      );
    }
    const body = await this.routing.investigatingBody(tip.province_code);
    const now = this.deps.clock.now();
    const today = this.today();
    const late = now > this.deadlines.handOverExpiry(new Date(tip.received_at));
    const changes: Updateable<TipTable> = {
      owner_unit_id: body.id,
      assignee_user_id: null,
      handed_over_at: now.toISOString(),
      ...(await this.startClock(tip, today)),
    };
    const due = this.due(tip, changes);
    return this.commit(actor, tip, {
      type: 'handed_over',
      expectedVersion: data.version,
      changes: { ...changes, ...due },
      details: {
        from: tip.owner_code,
        to: body.code,
        late,
        hoursSinceReceipt: Math.round((now.getTime() - Date.parse(tip.received_at)) / 360_000) / 10,
        limit: TIP_TIME_LIMITS.communeHandOver.article,
        ...(changes.limit_last_day ? { limitLastDate: dateText(changes.limit_last_day as number) } : {}),
        ...(data.note ? { note: data.note } : {}),
      },
    });
  }

  /** The investigating body notifies the procuracy within 3 days of receipt (TIP_TIME_LIMITS.notifyProcuracy). */
  async notifyProcuracy(actor: Actor, id: string, input: NotifyProcuracyRequest): Promise<TipDetailDto> {
    const data = parseOrThrow(notifyProcuracyRequestSchema, input);
    const tip = await this.load(actor, id);
    if (!isOwnerStaff(actor, tip) || tip.owner_kind !== 'investigating_body') {
      throw forbidden(
        'Chỉ Cơ quan điều tra đang giữ tin báo thông báo Viện kiểm sát',
        'only the owning investigating body notifies the procuracy',
      );
    }
    assertVersion(tip, data.version);
    if (tip.procuracy_notified_at !== null)
      throw stateInvalid('Đã thông báo Viện kiểm sát', 'the procuracy was already notified');
    if (tip.status === 'decided') throw stateInvalid('Tin báo đã giải quyết', 'the tip is decided');
    const receiptDay = tip.clock_start_day ?? tip.received_day;
    const lastDay = await this.deadlines.procuracyNoticeLastDay(receiptDay);
    const today = this.today();
    return this.commit(actor, tip, {
      type: 'procuracy_notified',
      expectedVersion: data.version,
      changes: {
        procuracy_notified_at: this.deps.clock.now().toISOString(),
        procuracy_notice_no: data.noticeNo,
      },
      details: {
        noticeNo: data.noticeNo,
        lastDate: dateText(lastDay),
        late: today > lastDay,
        limit: TIP_TIME_LIMITS.notifyProcuracy.article,
        ...(data.note ? { note: data.note } : {}),
      },
    });
  }

  // ---- extensions ----------------------------------------------------------------------------

  /**
   * Extends the decision limit (BLTTHS art. 147(2), TIP_WORKFLOW_RULES.unitExtension and
   * procuracyExtension): a leader of the owning unit up to 2 months from the clock start in
   * all, asked at least 5 days before the limit in force runs out; beyond that only a
   * procurator, once, by at most 2 months from the limit in force, before it runs out.
   */
  async extend(actor: Actor, id: string, input: ExtendTipRequest): Promise<TipDetailDto> {
    const data = parseOrThrow(extendTipRequestSchema, input);
    const tip = await this.load(actor, id);
    const procurator = isSupervisingProcurator(actor, tip);
    const leader = isOwnerLeader(actor, tip);
    if (!procurator && !leader) {
      throw new DomainError(
        'extension_not_allowed',
        'Chỉ lãnh đạo đơn vị đang giải quyết gia hạn (đến 02 tháng), và chỉ Viện kiểm sát gia hạn thêm / only the handling unit’s leader extends (up to 2 months), and only the procuracy further',
      );
    }
    assertVersion(tip, data.version);
    if (tip.status !== 'verifying' || tip.limit_last_day === null || tip.clock_start_day === null) {
      throw stateInvalid(
        'Chỉ gia hạn khi tin báo đang được Cơ quan điều tra kiểm tra, xác minh',
        'only a tip under verification by the competent body can be extended',
      );
    }
    const current = tip.limit_last_day;
    const until = dayFromIso(data.until);
    const today = this.today();
    if (until <= current) {
      throw validationError(
        [{ path: 'until', message: `must be after the current last day ${dateText(current)}` }],
        `Ngày gia hạn phải sau hạn hiện tại ${dateText(current)} / the new last day must be after ${dateText(current)}`,
      );
    }
    if (tip.procuracy_extended_to !== null) {
      throw new DomainError(
        'extension_not_allowed',
        'Viện kiểm sát đã gia hạn một lần; không được gia hạn thêm (BLTTHS Điều 147 khoản 2) / the procuracy has extended once: no further extension is lawful',
        { procuracyExtendedTo: dateText(tip.procuracy_extended_to) },
      );
    }
    if (procurator) {
      if (today > current) {
        throw new DomainError(
          'extension_too_late',
          `Thời hạn đã hết ngày ${dateText(current)}; không gia hạn được / the limit ran out on ${dateText(current)}`,
          { limitLastDate: dateText(current) },
        );
      }
      const max = await this.deadlines.procuracyExtensionMaxLastDay(current);
      if (until > max) throw this.tooLong(max, TIP_TIME_LIMITS.procuracyExtension.article);
      return this.commit(actor, tip, {
        type: 'procuracy_extended',
        expectedVersion: data.version,
        changes: {
          limit_last_day: until,
          procuracy_extended_to: until,
          due_day: until,
          due_kind: 'decision',
        },
        details: { from: dateText(current), until: data.until, maxDate: dateText(max), reason: data.reason },
      });
    }
    const max = await this.deadlines.unitExtensionMaxLastDay(tip.clock_start_day);
    if (current >= max) {
      throw new DomainError(
        'extension_not_allowed',
        `Đơn vị đã gia hạn đủ 02 tháng (đến ${dateText(current)}); chỉ Viện kiểm sát được gia hạn thêm một lần / the unit's 2 months are used: only the procuracy may extend further, once`,
        { limitLastDate: dateText(current), unitMaxDate: dateText(max) },
      );
    }
    const lead = this.deadlines.extensionLeadDays;
    if (daysBetween(today, current) < lead) {
      throw new DomainError(
        'extension_too_late',
        `Phải đề nghị gia hạn chậm nhất ${lead} ngày trước khi hết hạn ${dateText(current)} (BLTTHS Điều 147 khoản 2) / an extension must be asked for at least ${lead} days before the limit runs out on ${dateText(current)}`,
        { limitLastDate: dateText(current), leadDays: lead },
      );
    }
    if (until > max) throw this.tooLong(max, TIP_TIME_LIMITS.extendedByBody.article);
    return this.commit(actor, tip, {
      type: 'extended',
      expectedVersion: data.version,
      changes: { limit_last_day: until, unit_extended_to: until, due_day: until, due_kind: 'decision' },
      details: { from: dateText(current), until: data.until, maxDate: dateText(max), reason: data.reason },
    });
  }

  private tooLong(max: DayNumber, article: string): DomainError {
    return new DomainError(
      'extension_too_long',
      `Gia hạn tối đa đến ngày ${dateText(max)} (${article}) / the extension may run to ${dateText(max)} at most`,
      { fields: [{ path: 'until', message: `at most ${dateText(max)}` }], maxDate: dateText(max) },
    );
  }

  // ---- suspension and resumption -------------------------------------------------------------

  /**
   * Suspends the handling on a lawful ground (BLTTHS art. 148(1), TIP_SUSPENSION_GROUNDS) once
   * the limit has run out (TIP_WORKFLOW_RULES.suspensionFrom): from its last day on.
   */
  async suspend(actor: Actor, id: string, input: SuspendTipRequest): Promise<TipDetailDto> {
    const data = parseOrThrow(suspendTipRequestSchema, input);
    const tip = await this.load(actor, id);
    this.assertDecidingLeader(actor, tip);
    assertVersion(tip, data.version);
    if (tip.status !== 'verifying' || tip.limit_last_day === null) {
      throw stateInvalid(
        'Chỉ tạm đình chỉ tin báo đang kiểm tra, xác minh',
        'only a tip under verification can be suspended',
      );
    }
    const today = this.today();
    if (today < tip.limit_last_day) {
      throw new DomainError(
        'suspension_premature',
        `Chưa hết thời hạn giải quyết (hết ngày ${dateText(tip.limit_last_day)}); chỉ tạm đình chỉ khi hết thời hạn (BLTTHS Điều 148 khoản 1) / the limit has not run out (last day ${dateText(tip.limit_last_day)}): a suspension is lawful only once it has`,
        { limitLastDate: dateText(tip.limit_last_day) },
      );
    }
    const ground = TIP_SUSPENSION_GROUND_LABELS[data.ground];
    return this.commit(actor, tip, {
      type: 'suspended',
      expectedVersion: data.version,
      changes: {
        status: 'suspended',
        suspended_at: this.deps.clock.now().toISOString(),
        suspension_ground: data.ground,
        due_day: null,
        due_kind: null,
      },
      details: {
        ground: data.ground,
        groundLabel: ground.vi,
        article: ground.article,
        limitLastDate: dateText(tip.limit_last_day),
        ...(data.note ? { note: data.note } : {}),
      },
    });
  }

  /** Resumes a suspended tip with at most 1 month left (BLTTHS art. 149(1)). */
  async resume(actor: Actor, id: string, input: ResumeTipRequest): Promise<TipDetailDto> {
    const data = parseOrThrow(resumeTipRequestSchema, input);
    const tip = await this.load(actor, id);
    this.assertDecidingLeader(actor, tip);
    assertVersion(tip, data.version);
    if (tip.status !== 'suspended')
      throw stateInvalid('Tin báo không ở trạng thái tạm đình chỉ', 'the tip is not suspended');
    const today = this.today();
    const until = dayFromIso(data.until);
    const max = await this.deadlines.resumptionMaxLastDay(today);
    if (until < today) {
      throw validationError(
        [{ path: 'until', message: 'cannot be in the past' }],
        'Hạn mới không thể ở quá khứ / the new last day cannot be in the past',
      );
    }
    if (until > max) {
      throw new DomainError(
        'resumption_limit_too_long',
        `Sau khi phục hồi, thời hạn giải quyết không quá 01 tháng: đến ngày ${dateText(max)} (BLTTHS Điều 149 khoản 1) / after resumption at most 1 month is left: ${dateText(max)} at the latest`,
        { fields: [{ path: 'until', message: `at most ${dateText(max)}` }], maxDate: dateText(max) },
      );
    }
    return this.commit(
      actor,
      tip,
      this.resumption(tip, data.version, until, 'resumed', data.note ? { note: data.note } : {}),
    );
  }

  /**
   * The procuracy cancels a suspension (BLTTHS art. 148): handling resumes with the 1 month of
   * art. 149(1) counted from the cancellation (TIP_TIME_LIMITS.resumptionRemaining, note).
   */
  async cancelSuspension(actor: Actor, id: string, input: CancelSuspensionRequest): Promise<TipDetailDto> {
    const data = parseOrThrow(cancelSuspensionRequestSchema, input);
    const tip = await this.load(actor, id);
    if (!isSupervisingProcurator(actor, tip)) {
      throw forbidden(
        'Chỉ Viện kiểm sát hủy quyết định tạm đình chỉ',
        'only the procuracy cancels a suspension',
      );
    }
    assertVersion(tip, data.version);
    if (tip.status !== 'suspended')
      throw stateInvalid('Tin báo không ở trạng thái tạm đình chỉ', 'the tip is not suspended');
    const until = await this.deadlines.resumptionMaxLastDay(this.today());
    return this.commit(
      actor,
      tip,
      this.resumption(tip, data.version, until, 'suspension_cancelled', { reason: data.reason }),
    );
  }

  private resumption(
    tip: TipViewRow,
    version: number,
    until: DayNumber,
    type: 'resumed' | 'suspension_cancelled',
    extra: Record<string, unknown>,
  ): TipStep {
    return {
      type,
      expectedVersion: version,
      changes: {
        status: 'verifying',
        resumed_at: this.deps.clock.now().toISOString(),
        suspended_at: null,
        suspension_ground: null,
        limit_last_day: until,
        due_day: until,
        due_kind: 'decision',
      },
      details: {
        suspendedGround: tip.suspension_ground,
        until: dateText(until),
        limit: TIP_TIME_LIMITS.resumptionRemaining.article,
        ...extra,
      },
    };
  }

  /** Leaders of the investigating body that owns the tip (TIP_WORKFLOW_RULES.decidingUnitKind). */
  private assertDecidingLeader(actor: Actor, tip: TipViewRow): void {
    if (!isOwnerLeader(actor, tip)) {
      throw forbidden(
        'Chỉ lãnh đạo đơn vị đang giải quyết tin báo được quyết định',
        'only leaders of the handling unit decide',
      );
    }
    if (tip.owner_kind !== TIP_WORKFLOW_RULES.decidingUnitKind.value) {
      throw forbidden(
        'Chỉ Cơ quan điều tra có thẩm quyền ra quyết định này; hãy chuyển tin báo cho Cơ quan điều tra',
        'only the investigating body makes this decision: hand the tip over first',
      );
    }
  }

  // ---- decisions -----------------------------------------------------------------------------

  /**
   * Prosecute, decline, transfer (BLTTHS art. 147; by the investigating body's leader) or merge
   * as a duplicate (by the owning unit's leader). A prosecution is recorded with the decision
   * number, date and Penal Code article; the case itself is recorded in the incident register
   * with the tip as its origin (the tip's detail lists the incidents that name it).
   */
  async decide(actor: Actor, id: string, input: DecideTipRequest): Promise<TipDetailDto> {
    const data = parseOrThrow(decideTipRequestSchema, input);
    const tip = await this.load(actor, id);
    if (data.decision === 'merge') {
      if (!isOwnerLeader(actor, tip)) {
        throw forbidden(
          'Chỉ lãnh đạo đơn vị đang giữ tin báo được gộp tin báo trùng',
          'only leaders of the owning unit merge duplicates',
        );
      }
    } else {
      this.assertDecidingLeader(actor, tip);
    }
    assertVersion(tip, data.version);
    if (tip.status === 'suspended') {
      throw stateInvalid(
        'Phục hồi việc giải quyết trước khi ra quyết định',
        'resume the handling before deciding',
      );
    }
    if (tip.status === 'decided')
      throw stateInvalid('Tin báo đã có quyết định', 'the tip is already decided');
    if (data.decision !== 'merge' && tip.status !== 'verifying') {
      throw stateInvalid(
        'Phân loại và kiểm tra, xác minh trước khi ra quyết định',
        'classify and verify the tip first',
      );
    }
    const today = this.today();
    const nowIso = this.deps.clock.now().toISOString();
    const base: Updateable<TipTable> = {
      status: 'decided',
      decision: data.decision,
      decided_at: nowIso,
      due_day: null,
      due_kind: null,
    };
    let changes: Updateable<TipTable>;
    let details: Record<string, unknown>;
    switch (data.decision) {
      case 'prosecute':
      case 'decline': {
        const day = dayFromIso(data.decisionDate);
        if (day > today) {
          throw validationError(
            [{ path: 'decisionDate', message: 'cannot be in the future' }],
            'Ngày quyết định không thể ở tương lai / the decision date cannot be in the future',
          );
        }
        changes = { ...base, decision_no: data.decisionNo, decision_day: day };
        details = { decision: data.decision, decisionNo: data.decisionNo, decisionDate: data.decisionDate };
        if (data.decision === 'prosecute') {
          changes.decision_article = data.penalCodeArticle;
          details = {
            ...details,
            penalCodeArticle: data.penalCodeArticle,
            // The case is then recorded in the incident register with this tip as its origin.
            caseRegistration: 'record_in_incident_register',
          };
        }
        break;
      }
      case 'transfer':
        changes = {
          ...base,
          decision_agency: data.agencyName,
          decision_no: data.decisionNo ?? null,
          decision_day: today,
        };
        details = {
          decision: 'transfer',
          agencyName: data.agencyName,
          ...(data.decisionNo ? { decisionNo: data.decisionNo } : {}),
        };
        break;
      case 'merge': {
        const original = await new TipRepository(this.deps.db).findViewById(data.duplicateOfId);
        const refuse = (message: string) => validationError([{ path: 'duplicateOfId', message }], message);
        if (!original || !maySeeTip(actor, original))
          throw refuse('Không tìm thấy tin báo gốc / the original tip was not found');
        if (original.id === tip.id)
          throw refuse('Không gộp tin báo vào chính nó / a tip cannot be merged into itself');
        if (original.decision === 'merge') {
          throw refuse(
            'Tin báo gốc cũng đã được gộp; gộp vào tin báo đầu tiên / the original was merged too: merge into the first one',
          );
        }
        changes = { ...base, duplicate_of_id: original.id, decision_day: today };
        details = {
          decision: 'merge',
          duplicateOf: original.id,
          duplicateOfRegistration: `${original.reg_no}/${original.reg_year}`,
        };
        break;
      }
    }
    if (data.note) details.note = data.note;
    return this.commit(actor, tip, { type: 'decided', expectedVersion: data.version, changes, details });
  }

  // ---- the informant -------------------------------------------------------------------------

  /** Tells the informant the result (a public event and a message in the citizen view). */
  async notifyResult(actor: Actor, id: string, input: NotifyResultRequest): Promise<TipDetailDto> {
    const data = parseOrThrow(notifyResultRequestSchema, input);
    const tip = await this.load(actor, id);
    if (!isOwnerStaff(actor, tip))
      throw forbidden(
        'Chỉ đơn vị đang giải quyết thông báo kết quả',
        'only the handling unit notifies the result',
      );
    assertVersion(tip, data.version);
    if (tip.status !== 'decided')
      throw stateInvalid('Tin báo chưa có quyết định', 'the tip is not decided yet');
    if (tip.result_notified_at !== null)
      throw stateInvalid('Đã thông báo kết quả', 'the result was already notified');
    const now = this.deps.clock.now().toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      await new TipMessageRepository(trx).insert({
        id: newId(),
        province_code: tip.province_code,
        tip_id: tip.id,
        direction: 'unit',
        body: data.message,
        author_user_id: actor.kind === 'user' ? actor.userId : null,
        at: now,
      });
      await recordTipStep(trx, this.deps, actor, tip, {
        type: 'result_notified',
        expectedVersion: data.version,
        changes: { result_notified_at: now },
        details: { decision: tip.decision, length: data.message.length },
      });
    });
    return this.queue.detail(actor, tip.id);
  }

  /** A message from the handling unit to the informant; the citizen sees the unit, never the officer. */
  async sendMessage(actor: Actor, id: string, input: TipMessageRequest): Promise<TipDetailDto> {
    const data = parseOrThrow(tipMessageRequestSchema, input);
    const tip = await this.load(actor, id);
    if (!isOwnerStaff(actor, tip))
      throw forbidden(
        'Chỉ đơn vị đang giải quyết nhắn tin cho người báo tin',
        'only the handling unit writes to the informant',
      );
    await this.deps.db.transaction().execute(async (trx) => {
      await new TipMessageRepository(trx).insert({
        id: newId(),
        province_code: tip.province_code,
        tip_id: tip.id,
        direction: 'unit',
        body: data.body,
        author_user_id: actor.kind === 'user' ? actor.userId : null,
        at: this.deps.clock.now().toISOString(),
      });
      await recordTipStep(trx, this.deps, actor, tip, {
        type: 'message_to_citizen',
        expectedVersion: null,
        details: { length: data.body.length },
      });
    });
    return this.queue.detail(actor, tip.id);
  }

  /** An internal note: staff only, never shown to the informant. */
  async addNote(actor: Actor, id: string, input: TipNoteRequest): Promise<TipDetailDto> {
    const data = parseOrThrow(tipNoteRequestSchema, input);
    const tip = await this.load(actor, id);
    if (!(isOwnerStaff(actor, tip) || isSupervisingLeader(actor, tip)) || hasRole(actor, 'procurator')) {
      throw forbidden('Không được ghi chú vào tin báo này', 'you may not add notes to this tip');
    }
    await this.deps.db.transaction().execute((trx) =>
      recordTipStep(trx, this.deps, actor, tip, {
        type: 'note',
        expectedVersion: null,
        details: { note: data.body },
        audit: { action: 'tip.note_added', details: { length: data.body.length } },
      }),
    );
    return this.queue.detail(actor, tip.id);
  }
}
