import type { DataValueSync, DataValueSyncResult } from '@antt/shared/datasets/data-value.schemas';

// The offline page's queue of changes not yet on the server (shared/DESIGN.md section 5.4), as
// pure functions over plain data so the rules can be tested without a browser:
// - every change gets its own opId once; the server applies an opId at most once, so a change
//   sent twice (an answer lost on a bad network) is never counted twice;
// - a change names the version it was made on (baseVersion); if someone else changed the value
//   since, the server keeps theirs and answers "conflict", and the change waits here, next to
//   their value, until the officer decides: nothing is overwritten silently.

/** A value as the server holds it. */
export type ServerValue = {
  value: number;
  comment: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string;
};

export type ValueKey = { element: string; unit: string; period: string };

export type PendingState = 'queued' | 'conflict' | 'refused';

export type PendingChange = ValueKey & {
  opId: string;
  /** null clears the value. */
  value: number | null;
  comment: string | null;
  /** The server version the officer saw when entering (0: no value then). */
  baseVersion: number;
  /** Who entered it: a queue left on a shared phone is never sent under someone else's session. */
  username: string;
  enteredAt: string;
  state: PendingState;
  /** For a conflict: the value the other user saved (null: they cleared it). */
  theirs: ServerValue | null;
  /** For a refusal: the rule and the server's message. */
  refusal: { rule: string | null; message: string } | null;
};

export type SyncChange = DataValueSync['changes'][number];
export type SyncOutcome = DataValueSyncResult['results'][number];

/** A value the server confirmed, to be written into the cached form. */
export type ConfirmedValue = ValueKey & { server: ServerValue | null };

export function keyOf(key: ValueKey): string {
  return `${key.unit}|${key.period}|${key.element}`;
}

function sameKey(a: ValueKey, b: ValueKey): boolean {
  return a.element === b.element && a.unit === b.unit && a.period === b.period;
}

export function pendingFor(queue: readonly PendingChange[], key: ValueKey): PendingChange | undefined {
  return queue.find((change) => sameKey(change, key));
}

export type Edit = ValueKey & { value: number | null; comment?: string | null };

/**
 * The queue after the officer enters a value. An earlier unsent change of the same field is
 * replaced (with a new opId: an opId never stands for two different values) and keeps the base
 * version it was made on; a value equal to the server's own leaves nothing to send.
 */
export function recordEdit(
  queue: readonly PendingChange[],
  edit: Edit,
  server: ServerValue | null,
  made: { opId: string; username: string; at: string },
): PendingChange[] {
  const earlier = pendingFor(queue, edit);
  if (earlier?.state === 'conflict') {
    throw new Error('a conflict is settled with keepTheirs or keepMine before the field is edited again');
  }
  const rest = queue.filter((change) => !sameKey(change, edit));
  const baseVersion = earlier ? earlier.baseVersion : (server?.version ?? 0);
  const comment = edit.comment ?? null;
  const unchanged =
    server !== null && baseVersion === server.version && edit.value === server.value && comment === null;
  const clearsNothing = server === null && baseVersion === 0 && edit.value === null;
  if (unchanged || clearsNothing) return rest;
  return [
    ...rest,
    {
      element: edit.element,
      unit: edit.unit,
      period: edit.period,
      opId: made.opId,
      value: edit.value,
      comment,
      baseVersion,
      username: made.username,
      enteredAt: made.at,
      state: 'queued',
      theirs: null,
      refusal: null,
    },
  ];
}

/** What a sync sends: the officer's queued changes; conflicts and refusals wait for a decision. */
export function changesToSend(queue: readonly PendingChange[], username: string): SyncChange[] {
  return queue
    .filter((change) => change.state === 'queued' && change.username === username)
    .map((change) => ({
      opId: change.opId,
      baseVersion: change.baseVersion,
      element: change.element,
      unit: change.unit,
      period: change.period,
      value: change.value,
      comment: change.comment,
    }));
}

function serverValueOf(current: SyncOutcome['current']): ServerValue | null {
  if (!current) return null;
  return {
    value: current.value,
    comment: current.comment,
    version: current.version,
    updatedAt: current.updatedAt,
    updatedBy: current.updatedBy,
  };
}

/**
 * The queue after the server answered a sync. Results are matched to what was sent by opId; the
 * officer may have edited a field again while the request was under way, and that newer change
 * is what the answer then applies to:
 * - applied / already_applied: the sent change is on the server and leaves the queue; a newer
 *   change of the field now builds on the version this wrote (our own write is no conflict);
 * - conflict: the field's change waits with the other user's value;
 * - refused: the field's change waits with the rule's message.
 */
export function applySyncResults(
  queue: readonly PendingChange[],
  sent: readonly SyncChange[],
  results: readonly SyncOutcome[],
): { queue: PendingChange[]; confirmed: ConfirmedValue[] } {
  const sentByOpId = new Map(sent.map((change) => [change.opId, change]));
  const next = [...queue];
  const confirmed: ConfirmedValue[] = [];
  for (const result of results) {
    const change = sentByOpId.get(result.opId);
    if (!change) continue;
    const server = serverValueOf(result.current);
    const index = next.findIndex((pending) => sameKey(pending, change));
    const pending = index >= 0 ? next[index]! : undefined;
    switch (result.outcome) {
      case 'applied':
      case 'already_applied': {
        if (pending?.opId === change.opId) next.splice(index, 1);
        else if (pending?.state === 'queued') next[index] = { ...pending, baseVersion: server?.version ?? 0 };
        confirmed.push({ element: change.element, unit: change.unit, period: change.period, server });
        break;
      }
      case 'conflict': {
        if (pending) next[index] = { ...pending, state: 'conflict', theirs: server, refusal: null };
        break;
      }
      case 'refused': {
        if (pending?.opId === change.opId) {
          next[index] = {
            ...pending,
            state: 'refused',
            theirs: null,
            refusal: { rule: result.rule, message: result.message ?? '' },
          };
        }
        break;
      }
    }
  }
  return { queue: next, confirmed };
}

/** The officer accepts the other user's value: the change is dropped, theirs is the form's value. */
export function keepTheirs(
  queue: readonly PendingChange[],
  opId: string,
): { queue: PendingChange[]; confirmed: ConfirmedValue | null } {
  const change = queue.find((pending) => pending.opId === opId);
  if (!change || change.state !== 'conflict') return { queue: [...queue], confirmed: null };
  return {
    queue: queue.filter((pending) => pending.opId !== opId),
    confirmed: { element: change.element, unit: change.unit, period: change.period, server: change.theirs },
  };
}

/**
 * The officer keeps their own value, having seen the other one: it is queued again, now built on
 * the other user's version, under a new opId (a new decision, a new change).
 */
export function keepMine(
  queue: readonly PendingChange[],
  opId: string,
  made: { opId: string; at: string },
): PendingChange[] {
  return queue.map((pending) =>
    pending.opId === opId && pending.state === 'conflict'
      ? {
          ...pending,
          opId: made.opId,
          enteredAt: made.at,
          baseVersion: pending.theirs?.version ?? 0,
          state: 'queued',
          theirs: null,
          refusal: null,
        }
      : pending,
  );
}

/** A refused change is dropped: the field shows the server's value again. */
export function discardChange(queue: readonly PendingChange[], opId: string): PendingChange[] {
  return queue.filter((pending) => pending.opId !== opId);
}

/** A refused change sent again with a comment (an outlier must be explained), under a new opId. */
export function resendWithComment(
  queue: readonly PendingChange[],
  opId: string,
  comment: string,
  made: { opId: string; at: string },
): PendingChange[] {
  return queue.map((pending) =>
    pending.opId === opId && pending.state === 'refused'
      ? { ...pending, opId: made.opId, enteredAt: made.at, comment, state: 'queued', refusal: null }
      : pending,
  );
}

/** A random opId of the form the server accepts (a UUID: hex digits and dashes). */
export function newOpId(): string {
  return crypto.randomUUID();
}
