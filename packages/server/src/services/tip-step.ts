import { TIP_EVENT_INFO, type TipDueKind, type TipEventType, type TipStatus } from '@antt/shared';
import type { Kysely, Updateable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { TipTable } from '../db/tables/tip.ts';
import { DomainError } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import { TipEventRepository } from '../repositories/tip-event.repository.ts';
import { TipRepository, type TipRow } from '../repositories/tip.repository.ts';
import { TipRollupRepository, tipRollupKey } from '../repositories/tip-rollup.repository.ts';
import { actorLabel, actorUserId, type Actor } from './actor.ts';
import type { ServiceDeps } from './service-deps.ts';
import { TipDeadlines } from './tip-deadlines.ts';

// One step of a tip's handling, written the same way every time: the change to the tip (only
// if it is still at the version the actor saw), one timeline event, one audit row — all in
// the caller's transaction, so they commit or vanish together.

export type TipStep = {
  type: TipEventType;
  /** The version the actor saw; null for steps that leave the tip row as it is (messages, notes). */
  expectedVersion: number | null;
  changes?: Updateable<TipTable>;
  /** What the timeline shows staff (never the informant's personal data). */
  details?: Record<string, unknown>;
  /** The audit row; by default action "tip.<type>" with the event's details. */
  audit?: { action: string; details?: Record<string, unknown> };
};

export function staleVersion(current: number): DomainError {
  return new DomainError(
    'stale_version',
    'Tin báo vừa được người khác cập nhật; tải lại rồi thử lại / the tip was changed by someone else: reload and try again',
    { currentVersion: current },
  );
}

/** Refuses early when the actor's version is not the tip's (the update re-checks under the lock). */
export function assertVersion(tip: TipRow, expected: number): void {
  if (tip.version !== expected) throw staleVersion(tip.version);
}

export async function recordTipStep(
  trx: Kysely<DB>,
  deps: ServiceDeps,
  actor: Actor,
  tip: TipRow,
  step: TipStep,
): Promise<void> {
  const now = deps.clock.now().toISOString();
  if (step.expectedVersion !== null) {
    const updated = await new TipRepository(trx).updateAtVersion(
      tip.province_code,
      tip.id,
      step.expectedVersion,
      {
        ...step.changes,
        updated_at: now,
      },
    );
    if (!updated) {
      const current = await new TipRepository(trx).findById(tip.id);
      throw staleVersion(current?.version ?? tip.version);
    }
    // The tip moved only if it was at the version read, so `tip` is exactly its old state.
    await new TipRollupRepository(trx).move(
      tipRollupKey(tip),
      tipRollupKey({ ...tip, ...step.changes } as TipRow),
    );
  }
  await new TipEventRepository(trx).insert({
    id: newId(),
    province_code: tip.province_code,
    tip_id: tip.id,
    at: now,
    type: step.type,
    actor_label: actorLabel(actor),
    actor_user_id: actorUserId(actor),
    public: TIP_EVENT_INFO[step.type].public ? 1 : 0,
    details: JSON.stringify(step.details ?? {}),
  });
  await deps.audit.record(trx, actor, {
    action: step.audit?.action ?? `tip.${step.type}`,
    entityType: 'tip',
    entityId: tip.id,
    provinceCode: tip.province_code,
    adminUnitId: tip.area_admin_unit_id,
    details: step.audit?.details ?? step.details ?? {},
  });
}

/**
 * The limit a tip is measured against in its state: classification within 24 hours of receipt
 * while unclassified; then, until the competent body has it and the decision limit runs, the
 * commune police' hand-over; then the decision limit. None while suspended or decided.
 */
export function currentDue(
  tip: { status: TipStatus; limit_last_day: number | null; received_at: string },
  deadlines: TipDeadlines,
): { due_day: number | null; due_kind: TipDueKind | null } {
  const receivedAt = new Date(tip.received_at);
  switch (tip.status) {
    case 'received':
      return {
        due_day: TipDeadlines.dayOf(deadlines.classificationExpiry(receivedAt)),
        due_kind: 'classification',
      };
    case 'verifying':
      if (tip.limit_last_day !== null) return { due_day: tip.limit_last_day, due_kind: 'decision' };
      return { due_day: TipDeadlines.dayOf(deadlines.handOverExpiry(receivedAt)), due_kind: 'hand_over' };
    case 'suspended':
    case 'decided':
      return { due_day: null, due_kind: null };
  }
}
