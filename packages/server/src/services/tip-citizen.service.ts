import {
  parseTipSecret,
  parseTrackingCode,
  portalTipCredentialsSchema,
  portalTipMessageRequestSchema,
  formatTrackingCode,
  PUBLIC_TIP_STATUS_LABELS,
  publicTipStatus,
  TIP_EVENT_INFO,
  type CitizenTipView,
  type PortalTipCredentials,
  type PortalTipMessageRequest,
} from '@antt/shared';
import { createHmac, randomBytes } from 'node:crypto';
import { DomainError, validationError } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import { TipEventRepository } from '../repositories/tip-event.repository.ts';
import { TipMessageRepository } from '../repositories/tip-message.repository.ts';
import { TipRepository, type TipRow } from '../repositories/tip.repository.ts';
import type { Actor } from './actor.ts';
import type { ServiceDeps } from './service-deps.ts';
import { hashTipSecret, sameHash } from './tip-receipt.ts';
import { recordTipStep } from './tip-step.ts';

// The citizen's side of a tip (shared/DESIGN.md section 5.2): with the tracking code and the
// secret from the receipt, the status in public words, the public steps of the timeline and
// the conversation with the handling unit — built from public fields only (no officer, no
// note, no register detail, no other tip). A wrong secret and an unknown code get the same
// answer after the same work (one look-up, one hash, one constant-time comparison), and
// repeated failures are throttled per client address and per tracking code.

const MINUTE = 60_000;

export const CITIZEN_LOOKUP_POLICY = {
  /** Failures from one address within the window before the address must wait. */
  addressMaxFailures: 10,
  /** Failures against one tracking code within the window before it must wait. */
  codeMaxFailures: 5,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
  /** Counters kept in memory at most; the oldest are dropped beyond it. */
  maxEntries: 50_000,
} as const;

const CITIZEN: Actor = { kind: 'citizen' };
/** Compared against when no tip has the code, so an unknown code costs what a wrong secret does. */
const DUMMY_HASH = hashTipSecret('0'.repeat(28));

type Counter = { failures: number; windowStart: number; lockedUntil: number };

/**
 * Failure counters in this process's memory, keyed by an HMAC under a key that exists only
 * here: nothing a client address can be recovered from is ever written anywhere. A restart
 * forgets them (the secrets have 140 bits: throttling slows a nuisance, it does not guard the
 * secret).
 */
class FailureThrottle {
  private readonly key = randomBytes(32);
  private readonly counters = new Map<string, Counter>();

  keyOf(kind: 'addr' | 'code', value: string): string {
    return `${kind}:${createHmac('sha256', this.key).update(value).digest('base64url')}`;
  }

  lockedUntil(key: string, now: number): number | null {
    const c = this.counters.get(key);
    return c && c.lockedUntil > now ? c.lockedUntil : null;
  }

  fail(key: string, max: number, now: number): void {
    let c = this.counters.get(key);
    if (!c || now - c.windowStart > CITIZEN_LOOKUP_POLICY.windowMs) {
      c = { failures: 0, windowStart: now, lockedUntil: 0 };
    }
    c.failures += 1;
    if (c.failures >= max) {
      c.lockedUntil = now + CITIZEN_LOOKUP_POLICY.lockMs;
      c.failures = 0;
      c.windowStart = now;
    }
    this.counters.delete(key);
    this.counters.set(key, c);
    while (this.counters.size > CITIZEN_LOOKUP_POLICY.maxEntries) {
      this.counters.delete(this.counters.keys().next().value!);
    }
  }
}

export class TipCitizenService {
  private readonly throttle = new FailureThrottle();

  constructor(private readonly deps: ServiceDeps) {}

  /** The citizen view of the tip the receipt names. `address` is used for throttling only. */
  async view(input: PortalTipCredentials, address: string): Promise<CitizenTipView> {
    const tip = await this.authenticate(input, address);
    return this.present(tip);
  }

  /** A message from the informant to the handling unit; answers with the updated view. */
  async sendMessage(input: PortalTipMessageRequest, address: string): Promise<CitizenTipView> {
    const parsed = portalTipMessageRequestSchema.safeParse(input);
    if (!parsed.success) {
      throw validationError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    }
    const tip = await this.authenticate(parsed.data, address);
    if (tip.status === 'decided') {
      throw new DomainError(
        'tip_state_invalid',
        'Tin báo đã có kết quả giải quyết; không gửi thêm tin nhắn được / the tip is resolved and takes no more messages',
      );
    }
    await this.deps.db.transaction().execute(async (trx) => {
      await new TipMessageRepository(trx).insert({
        id: newId(),
        province_code: tip.province_code,
        tip_id: tip.id,
        direction: 'citizen',
        body: parsed.data.body,
        author_user_id: null,
        at: this.deps.clock.now().toISOString(),
      });
      await recordTipStep(trx, this.deps, CITIZEN, tip, {
        type: 'message_from_citizen',
        expectedVersion: null,
        details: { length: parsed.data.body.length },
      });
    });
    return this.present(tip);
  }

  private async authenticate(input: PortalTipCredentials, address: string): Promise<TipRow> {
    const parsed = portalTipCredentialsSchema.safeParse(input);
    if (!parsed.success) {
      throw validationError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    }
    const now = this.deps.clock.now().getTime();
    const code = parseTrackingCode(parsed.data.trackingCode);
    const addressKey = this.throttle.keyOf('addr', address);
    const codeKey = this.throttle.keyOf('code', code ?? parsed.data.trackingCode.toUpperCase());
    const locked = this.throttle.lockedUntil(addressKey, now) ?? this.throttle.lockedUntil(codeKey, now);
    if (locked !== null) {
      const minutes = Math.ceil((locked - now) / MINUTE);
      throw new DomainError(
        'rate_limited',
        `Nhập sai quá nhiều lần; thử lại sau ${minutes} phút / too many wrong attempts: try again in ${minutes} minutes`,
        { retryAfterMinutes: minutes },
      );
    }
    // Always the same work: one look-up, one hash, at least one constant-time comparison.
    const secret = parseTipSecret(parsed.data.secret);
    const rows = await new TipRepository(this.deps.db).findByTrackingCode(code ?? '');
    const presented = hashTipSecret(secret ?? parsed.data.secret);
    let match: TipRow | undefined;
    for (const row of rows.length > 0 ? rows : [undefined]) {
      const ok = sameHash(row?.secret_hash ?? DUMMY_HASH, presented);
      if (ok && row && secret) match = row;
    }
    if (!match) {
      this.throttle.fail(addressKey, CITIZEN_LOOKUP_POLICY.addressMaxFailures, now);
      this.throttle.fail(codeKey, CITIZEN_LOOKUP_POLICY.codeMaxFailures, now);
      throw new DomainError(
        'tip_receipt_invalid',
        'Mã theo dõi hoặc mã bí mật không đúng / wrong tracking code or secret',
      );
    }
    return match;
  }

  private async present(tip: TipRow): Promise<CitizenTipView> {
    const current = (await new TipRepository(this.deps.db).findById(tip.id)) ?? tip;
    const [events, messages] = await Promise.all([
      new TipEventRepository(this.deps.db).listForTip(tip.id, true),
      new TipMessageRepository(this.deps.db).listForTip(tip.id),
    ]);
    const status = publicTipStatus(current.status);
    return {
      trackingCode: formatTrackingCode(current.tracking_code),
      kind: current.kind,
      category: current.category,
      submittedAt: current.received_at,
      status: { code: status, label: PUBLIC_TIP_STATUS_LABELS[status].vi },
      events: events.map((e) => ({ type: e.type, label: TIP_EVENT_INFO[e.type].vi, at: e.at })),
      messages: messages.map((m) => ({ direction: m.direction, body: m.body, at: m.at })),
      canSendMessage: current.status !== 'decided',
    };
  }
}
