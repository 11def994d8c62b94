import { describe, expect, it } from 'vitest';
import { timeLeftText } from './tip-time-left.ts';

const deadline = (
  state: 'on_time' | 'due_soon' | 'overdue' | 'suspended' | 'decided',
  daysLeft: number | null,
) => ({
  state,
  dueKind: 'decision' as const,
  dueDate: '2026-03-20',
  daysLeft,
});

describe('time left on a tip', () => {
  it('counts the days left, the last day, and the days overdue', () => {
    expect(timeLeftText(deadline('due_soon', 5))).toEqual({ key: 'timeLeft.left', values: { count: 5 } });
    expect(timeLeftText(deadline('due_soon', 0))).toEqual({ key: 'timeLeft.today' });
    expect(timeLeftText(deadline('overdue', -2))).toEqual({ key: 'timeLeft.overdue', values: { count: 2 } });
  });

  it('says no clock runs while suspended, once decided, or before the clock starts', () => {
    expect(timeLeftText(deadline('suspended', null)).key).toBe('timeLeft.suspended');
    expect(timeLeftText(deadline('decided', null)).key).toBe('timeLeft.decided');
    expect(timeLeftText(deadline('on_time', null)).key).toBe('timeLeft.none');
  });
});
