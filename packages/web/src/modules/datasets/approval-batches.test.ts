import { describe, expect, it } from 'vitest';
import { actionBatches, dayCount, queueDayKey, type QueueDay } from './approval-batches.ts';

const days: QueueDay[] = [
  { unit: '31507', period: '2026-03-03', state: 'submitted' },
  { unit: '31507', period: '2026-03-02', state: 'submitted' },
  { unit: '31510', period: '2026-03-02', state: 'approved' },
  { unit: '31510', period: '2026-03-03', state: 'submitted' },
  { unit: '31512', period: '2026-03-02', state: 'submitted' },
];
const all = new Set(days.map(queueDayKey));

describe('approval actions over chosen days', () => {
  it('approves the submitted days among those chosen, one batch per commune', () => {
    const batches = actionBatches(days, all, 'approve');
    expect(batches).toEqual([
      { unit: '31507', periods: ['2026-03-02', '2026-03-03'] },
      { unit: '31510', periods: ['2026-03-03'] },
      { unit: '31512', periods: ['2026-03-02'] },
    ]);
    expect(dayCount(batches)).toBe(4);
  });

  it('un-approves only approved days', () => {
    expect(actionBatches(days, all, 'unapprove')).toEqual([{ unit: '31510', periods: ['2026-03-02'] }]);
  });

  it('leaves out the days not chosen', () => {
    const chosen = new Set([queueDayKey(days[0]!), queueDayKey(days[2]!)]);
    expect(actionBatches(days, chosen, 'return')).toEqual([{ unit: '31507', periods: ['2026-03-03'] }]);
    expect(actionBatches(days, new Set(), 'approve')).toEqual([]);
  });
});
