import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { newId } from '../lib/ids.ts';
import type { Clock } from '../lib/clock.ts';
import { AuditRepository, type AuditRow } from '../repositories/audit.repository.ts';
import { actorLabel, actorUserId, type Actor, type Jurisdiction } from './actor.ts';

// The hash-chained audit log (shared/DESIGN.md section 5.8). Appends happen inside the caller's
// transaction, so a write and its audit row commit or vanish together.

export type AuditEvent = {
  action: string;
  entityType: string;
  entityId?: string | null;
  provinceCode?: string | null;
  adminUnitId?: string | null;
  details?: Record<string, unknown>;
};

export const GENESIS_HASH = '0'.repeat(64);

/** The fields a row's hash covers, in a fixed order, joined to the previous row's hash. */
export function hashAuditRow(row: Omit<AuditRow, 'hash'>): string {
  const canonical = JSON.stringify([
    row.seq,
    row.id,
    row.at,
    row.actor_id,
    row.actor_label,
    row.action,
    row.entity_type,
    row.entity_id,
    row.province_code,
    row.admin_unit_id,
    row.details,
  ]);
  return createHash('sha256').update(row.prev_hash).update('\n').update(canonical).digest('hex');
}

/** Appends one event to the chain. `trx` must be the transaction of the write it records. */
export async function recordAudit(
  trx: Kysely<DB>,
  clock: Clock,
  actor: Actor,
  event: AuditEvent,
): Promise<void> {
  const repo = new AuditRepository(trx);
  const head = await repo.lockHead();
  const base = {
    seq: Number(head.last_seq) + 1,
    id: newId(),
    at: clock.now().toISOString(),
    actor_id: actorUserId(actor),
    actor_label: actorLabel(actor),
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId ?? null,
    province_code: event.provinceCode ?? null,
    admin_unit_id: event.adminUnitId ?? null,
    details: JSON.stringify(event.details ?? {}),
    prev_hash: head.last_hash,
  };
  await repo.append({ ...base, hash: hashAuditRow(base) });
}

export type AuditVerification =
  | { ok: true; rows: number; lastHash: string }
  | { ok: false; rows: number; brokenSeq: number; reason: string };

export class AuditService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
  ) {}

  record(trx: Kysely<DB>, actor: Actor, event: AuditEvent): Promise<void> {
    return recordAudit(trx, this.clock, actor, event);
  }

  /** Records outside any other write (e.g. a sensitive read), in its own transaction. */
  recordNow(actor: Actor, event: AuditEvent): Promise<void> {
    return this.db.transaction().execute((trx) => recordAudit(trx, this.clock, actor, event));
  }

  /**
   * Walks the whole chain in order and reports the first row whose hash, link or sequence
   * is wrong: an edited row fails its own hash, a deleted row leaves a gap in seq and a broken
   * link, a reordering breaks the links. The head must also match the last row, so cutting
   * rows off the end is found too.
   */
  async verify(onProgress?: (done: number, total: number) => void): Promise<AuditVerification> {
    const repo = new AuditRepository(this.db);
    const total = await repo.count();
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let done = 0;
    const pageSize = 5_000;
    for (;;) {
      const page = await repo.pageAfter(expectedSeq - 1, pageSize);
      if (page.length === 0) break;
      for (const row of page) {
        const seq = Number(row.seq);
        if (seq !== expectedSeq) {
          return { ok: false, rows: done, brokenSeq: expectedSeq, reason: `row ${expectedSeq} is missing` };
        }
        if (row.prev_hash !== prevHash) {
          return {
            ok: false,
            rows: done,
            brokenSeq: seq,
            reason: `row ${seq} does not link to the row before it`,
          };
        }
        const { hash, ...rest } = row;
        if (hashAuditRow({ ...rest, seq }) !== hash) {
          return {
            ok: false,
            rows: done,
            brokenSeq: seq,
            reason: `row ${seq} was altered (its hash does not match)`,
          };
        }
        prevHash = hash;
        expectedSeq += 1;
        done += 1;
      }
      onProgress?.(done, total);
    }
    const head = await repo.head();
    if (Number(head.last_seq) !== done || head.last_hash !== prevHash) {
      return {
        ok: false,
        rows: done,
        brokenSeq: done + 1,
        reason: `the chain ends at row ${done} but its head says ${head.last_seq}: rows were removed from the end`,
      };
    }
    return { ok: true, rows: done, lastHash: prevHash };
  }

  /** Audit rows the actor may see, newest first. */
  list(jurisdiction: Jurisdiction, options: { limit: number; beforeSeq?: number; entityType?: string }) {
    const repo = new AuditRepository(this.db);
    return repo.list({
      adminUnitIds: jurisdiction.scope === 'nation' ? null : [...jurisdiction.adminUnitIds],
      provinceCodes: null,
      ...options,
    });
  }
}
