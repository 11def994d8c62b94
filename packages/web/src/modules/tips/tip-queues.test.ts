import { describe, expect, it } from 'vitest';
import { defaultQueue, mayRecordTips, queuesFor } from './tip-queues.ts';

describe('tip queues by role', () => {
  it('opens an officer on their own tips and a leader on the unit’s', () => {
    expect(defaultQueue(['officer'])).toBe('mine');
    expect(defaultQueue(['leader'])).toBe('unit');
    expect(queuesFor(['officer'])).toEqual(['mine', 'unit', 'due_soon', 'overdue', 'suspended', 'all']);
  });

  it('gives a procurator the whole area and the deadline queues, and no intake', () => {
    expect(defaultQueue(['procurator'])).toBe('all');
    expect(queuesFor(['procurator'])).toEqual(['all', 'due_soon', 'overdue', 'suspended']);
    expect(mayRecordTips(['procurator'])).toBe(false);
    expect(mayRecordTips(['leader'])).toBe(true);
  });
});
