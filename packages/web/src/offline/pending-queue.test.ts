import { describe, expect, it } from 'vitest';
import {
  applySyncResults,
  changesToSend,
  discardChange,
  keepMine,
  keepTheirs,
  pendingFor,
  recordEdit,
  resendWithComment,
  type PendingChange,
  type ServerValue,
  type SyncOutcome,
} from './pending-queue.ts';

const DAY = { unit: '31507', period: '2026-03-02' };
const APPLICATIONS = { ...DAY, element: 'p06_cc_applications' };
const DOSSIERS = { ...DAY, element: 'p06_dossiers_total' };
const AT = '2026-03-02T01:00:00.000Z';

let counter = 0;
function made(username = 'canbo') {
  counter += 1;
  return { opId: `op-${String(counter).padStart(6, '0')}`, username, at: AT };
}

function serverValue(value: number, version: number, updatedBy = 'lanhdaophuong'): ServerValue {
  return { value, comment: null, version, updatedAt: '2026-03-02T02:00:00.000Z', updatedBy };
}

function outcome(
  opId: string,
  kind: SyncOutcome['outcome'],
  current: ServerValue | null,
  refusal: { rule: SyncOutcome['rule']; message: string } | null = null,
): SyncOutcome {
  return {
    opId,
    outcome: kind,
    current: current && { ...APPLICATIONS, ...current },
    rule: refusal?.rule ?? null,
    message: refusal?.message ?? null,
  };
}

describe('entering values offline', () => {
  it('queues a change on the version the officer saw, 0 when there was no value', () => {
    const queue = recordEdit([], { ...APPLICATIONS, value: 12 }, null, made());
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ ...APPLICATIONS, value: 12, baseVersion: 0, state: 'queued' });

    const onServer = recordEdit([], { ...DOSSIERS, value: 30 }, serverValue(25, 3), made());
    expect(onServer[0]!.baseVersion).toBe(3);
  });

  it('replaces an unsent change of the same field under a new opId, keeping its base version', () => {
    const first = recordEdit([], { ...APPLICATIONS, value: 1 }, serverValue(0, 2), made());
    const second = recordEdit(first, { ...APPLICATIONS, value: 12 }, serverValue(0, 2), made());
    expect(second).toHaveLength(1);
    expect(second[0]!.value).toBe(12);
    expect(second[0]!.baseVersion).toBe(2);
    expect(second[0]!.opId).not.toBe(first[0]!.opId);
  });

  it('leaves nothing to send when the value goes back to the server’s', () => {
    const edited = recordEdit([], { ...APPLICATIONS, value: 9 }, serverValue(5, 1), made());
    expect(recordEdit(edited, { ...APPLICATIONS, value: 5 }, serverValue(5, 1), made())).toEqual([]);
    expect(recordEdit([], { ...APPLICATIONS, value: null }, null, made())).toEqual([]);
  });

  it('keeps a cleared value as a change when the server holds one', () => {
    const queue = recordEdit([], { ...APPLICATIONS, value: null }, serverValue(5, 1), made());
    expect(queue[0]).toMatchObject({ value: null, baseVersion: 1 });
  });

  it('refuses to edit a field in conflict before the officer decides', () => {
    const queue: PendingChange[] = [
      { ...recordEdit([], { ...APPLICATIONS, value: 3 }, null, made())[0]!, state: 'conflict' },
    ];
    expect(() => recordEdit(queue, { ...APPLICATIONS, value: 4 }, null, made())).toThrow(/conflict/);
  });
});

describe('what a sync sends', () => {
  it('sends only the queued changes of the signed-in officer, never conflicts or refusals', () => {
    let queue = recordEdit([], { ...APPLICATIONS, value: 1 }, null, made('canbo'));
    queue = recordEdit(queue, { ...DOSSIERS, value: 2 }, null, made('someone.else'));
    queue = [
      ...queue,
      { ...queue[0]!, element: 'p06_dossiers_online', opId: 'op-conflict', state: 'conflict' },
      { ...queue[0]!, element: 'p06_eid2_applications', opId: 'op-refused', state: 'refused' },
    ];
    const sent = changesToSend(queue, 'canbo');
    expect(sent).toEqual([
      {
        opId: queue[0]!.opId,
        baseVersion: 0,
        element: 'p06_cc_applications',
        unit: '31507',
        period: '2026-03-02',
        value: 1,
        comment: null,
      },
    ]);
  });

  it('sends nothing when everything is synced', () => {
    expect(changesToSend([], 'canbo')).toEqual([]);
  });
});

describe('the server’s answer', () => {
  it('drops applied and already-applied changes and confirms the server’s values', () => {
    let queue = recordEdit([], { ...APPLICATIONS, value: 12 }, null, made());
    queue = recordEdit(queue, { ...DOSSIERS, value: 30 }, null, made());
    const sent = changesToSend(queue, 'canbo');
    const { queue: after, confirmed } = applySyncResults(queue, sent, [
      outcome(sent[0]!.opId, 'applied', serverValue(12, 1, 'canbo')),
      { ...outcome(sent[1]!.opId, 'already_applied', serverValue(30, 1, 'canbo')), current: null },
    ]);
    expect(after).toEqual([]);
    expect(confirmed.map((c) => [c.element, c.server?.value ?? null])).toEqual([
      ['p06_cc_applications', 12],
      ['p06_dossiers_total', null],
    ]);
  });

  it('keeps a conflict with the other user’s value, and leaves their value alone', () => {
    const queue = recordEdit([], { ...APPLICATIONS, value: 12 }, null, made());
    const sent = changesToSend(queue, 'canbo');
    const theirs = serverValue(40, 1, 'lanhdaophuong');
    const { queue: after, confirmed } = applySyncResults(queue, sent, [
      outcome(sent[0]!.opId, 'conflict', theirs),
    ]);
    expect(confirmed).toEqual([]);
    expect(after).toEqual([{ ...queue[0]!, state: 'conflict', theirs }]);
    expect(changesToSend(after, 'canbo')).toEqual([]);
  });

  it('keeps a refusal with the rule’s message', () => {
    const queue = recordEdit([], { ...APPLICATIONS, value: -1 }, null, made());
    const sent = changesToSend(queue, 'canbo');
    const { queue: after } = applySyncResults(queue, sent, [
      outcome(sent[0]!.opId, 'refused', null, { rule: 'below_min', message: 'Không được âm' }),
    ]);
    expect(after[0]).toMatchObject({
      state: 'refused',
      refusal: { rule: 'below_min', message: 'Không được âm' },
    });
  });

  it('builds an edit made while the request was under way on the version the sync wrote', () => {
    const queue = recordEdit([], { ...APPLICATIONS, value: 1 }, null, made());
    const sent = changesToSend(queue, 'canbo');
    const editedMeanwhile = recordEdit(queue, { ...APPLICATIONS, value: 12 }, null, made());
    const { queue: after } = applySyncResults(editedMeanwhile, sent, [
      outcome(sent[0]!.opId, 'applied', serverValue(1, 1, 'canbo')),
    ]);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ value: 12, baseVersion: 1, state: 'queued' });
    expect(after[0]!.opId).toBe(editedMeanwhile[0]!.opId);
  });

  it('ignores answers about changes it did not send', () => {
    const queue = recordEdit([], { ...APPLICATIONS, value: 1 }, null, made());
    const { queue: after } = applySyncResults(
      queue,
      [],
      [outcome('op-unknown', 'applied', serverValue(9, 4))],
    );
    expect(after).toEqual(queue);
  });
});

describe('settling a conflict', () => {
  const theirs = serverValue(40, 3, 'lanhdaophuong');
  const conflicted = (): PendingChange[] => [
    { ...recordEdit([], { ...APPLICATIONS, value: 12 }, null, made())[0]!, state: 'conflict', theirs },
  ];

  it('keeping theirs drops the change and shows their value', () => {
    const queue = conflicted();
    const { queue: after, confirmed } = keepTheirs(queue, queue[0]!.opId);
    expect(after).toEqual([]);
    expect(confirmed).toEqual({ ...APPLICATIONS, server: theirs });
  });

  it('keeping mine queues it again on their version, under a new opId', () => {
    const queue = conflicted();
    const after = keepMine(queue, queue[0]!.opId, { opId: 'op-keep-mine', at: AT });
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      opId: 'op-keep-mine',
      value: 12,
      baseVersion: 3,
      state: 'queued',
      theirs: null,
    });
    expect(changesToSend(after, 'canbo').map((c) => [c.opId, c.baseVersion])).toEqual([['op-keep-mine', 3]]);
  });

  it('does nothing to a change that is not in conflict', () => {
    const queue = recordEdit([], { ...APPLICATIONS, value: 12 }, null, made());
    expect(keepTheirs(queue, queue[0]!.opId)).toEqual({ queue, confirmed: null });
    expect(keepMine(queue, queue[0]!.opId, { opId: 'op-x', at: AT })).toEqual(queue);
  });
});

describe('settling a refusal', () => {
  const refused = (): PendingChange[] => [
    {
      ...recordEdit([], { ...APPLICATIONS, value: 900 }, null, made())[0]!,
      state: 'refused',
      refusal: { rule: 'outlier_needs_comment', message: 'Cần giải thích' },
    },
  ];

  it('sends it again with the comment under a new opId', () => {
    const queue = refused();
    const after = resendWithComment(queue, queue[0]!.opId, 'Đợt cao điểm', { opId: 'op-comment', at: AT });
    expect(pendingFor(after, APPLICATIONS)).toMatchObject({
      opId: 'op-comment',
      comment: 'Đợt cao điểm',
      state: 'queued',
      refusal: null,
    });
  });

  it('or drops it', () => {
    const queue = refused();
    expect(discardChange(queue, queue[0]!.opId)).toEqual([]);
  });
});
