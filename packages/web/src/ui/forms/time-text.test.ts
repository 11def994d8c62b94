import { describe, expect, it } from 'vitest';
import { joinDayAndTime, parseTimeText, splitDayAndTime } from './time-text.ts';

describe('time text', () => {
  it('reads a 24-hour time written the usual ways', () => {
    const cases: [string, string][] = [
      ['21:30', '21:30'],
      ['21h30', '21:30'],
      ['21H30', '21:30'],
      ['21g30', '21:30'],
      ['21.30', '21:30'],
      [' 9:05 ', '09:05'],
      ['2130', '21:30'],
      ['0000', '00:00'],
      ['21h', '21:00'],
      ['7g', '07:00'],
      ['23:59', '23:59'],
    ];
    for (const [text, time] of cases) expect(parseTimeText(text), text).toBe(time);
  });

  it('refuses what is not a time of day, rather than guessing', () => {
    for (const text of ['', '24:00', '21:60', '9:5', '930', '21', '21:30:00', '9:30 PM', 'tối']) {
      expect(parseTimeText(text), text).toBeNull();
    }
  });
});

describe('day and time', () => {
  it('joins whole parts into a datetime-local value and splits it back', () => {
    expect(joinDayAndTime('2026-03-01', '21:30')).toBe('2026-03-01T21:30');
    expect(splitDayAndTime('2026-03-01T21:30')).toEqual({ day: '2026-03-01', time: '21:30' });
  });

  it('keeps a half-typed value distinct from an empty one', () => {
    expect(joinDayAndTime('', '')).toBe('');
    expect(joinDayAndTime('2026-03-01', '')).toBe('2026-03-01T');
    expect(joinDayAndTime('', '21:30')).toBe('T21:30');
    expect(splitDayAndTime('2026-03-01T')).toEqual({ day: '2026-03-01', time: '' });
    expect(splitDayAndTime('T21:30')).toEqual({ day: '', time: '21:30' });
    expect(splitDayAndTime('')).toEqual({ day: '', time: '' });
  });

  it('finds the time even when the day was typed with a "T" in it', () => {
    expect(splitDayAndTime(joinDayAndTime('Tue', '21:30'))).toEqual({ day: 'Tue', time: '21:30' });
  });
});
