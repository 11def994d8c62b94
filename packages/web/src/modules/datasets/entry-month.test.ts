import { describe, expect, it } from 'vitest';
import { isMonth, monthOfDay, monthRange, shiftMonth, weekdayOf } from './entry-month.ts';

describe('the month the entry grid shows', () => {
  it('runs from the first to the last day, leap years included', () => {
    expect(monthRange('2026-03')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-04').to).toBe('2026-04-30');
  });

  it('steps across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-03', 0)).toBe('2026-03');
  });

  it('accepts only real months', () => {
    expect(isMonth('2026-03')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-3')).toBe(false);
    expect(isMonth(null)).toBe(false);
    expect(() => monthRange('march')).toThrow(RangeError);
  });

  it('takes the month of a day and the weekday of a date', () => {
    expect(monthOfDay(20260302)).toBe('2026-03');
    expect(weekdayOf('2026-03-02')).toBe(1); // a Monday
    expect(weekdayOf('2026-03-01')).toBe(0); // a Sunday
  });
});
