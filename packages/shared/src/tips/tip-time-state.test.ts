import { describe, expect, it } from 'vitest';
import { daysBetween, tipTimeLeft } from './tip-time-state.ts';

describe('tipTimeLeft', () => {
  const decision = (dueDay: number) => ({
    status: 'verifying' as const,
    dueDay,
    dueKind: 'decision' as const,
  });

  it('counts the days to the last day: on time, due soon within 5 days, overdue after it', () => {
    expect(tipTimeLeft(decision(20260322), 20260302)).toEqual({ state: 'on_time', daysLeft: 20 });
    expect(tipTimeLeft(decision(20260322), 20260316)).toEqual({ state: 'on_time', daysLeft: 6 });
    expect(tipTimeLeft(decision(20260322), 20260317)).toEqual({ state: 'due_soon', daysLeft: 5 });
    expect(tipTimeLeft(decision(20260322), 20260322)).toEqual({ state: 'due_soon', daysLeft: 0 });
    expect(tipTimeLeft(decision(20260322), 20260323)).toEqual({ state: 'overdue', daysLeft: -1 });
  });

  it('never calls a one-day limit (classification, hand-over) due soon: on time or overdue', () => {
    const handOver = { status: 'verifying' as const, dueDay: 20260303, dueKind: 'hand_over' as const };
    expect(tipTimeLeft(handOver, 20260303).state).toBe('on_time');
    expect(tipTimeLeft(handOver, 20260304).state).toBe('overdue');
  });

  it('has no time left while suspended or once decided', () => {
    expect(tipTimeLeft({ status: 'suspended', dueDay: null, dueKind: null }, 20260302)).toEqual({
      state: 'suspended',
      daysLeft: null,
    });
    expect(tipTimeLeft({ status: 'decided', dueDay: 20260101, dueKind: 'decision' }, 20260302).state).toBe(
      'decided',
    );
  });

  it('counts across months and years', () => {
    expect(daysBetween(20251230, 20260102)).toBe(3);
    expect(daysBetween(20260228, 20260301)).toBe(1);
    expect(daysBetween(20240228, 20240301)).toBe(2);
  });
});
