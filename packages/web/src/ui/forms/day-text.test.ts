import { describe, expect, it } from 'vitest';
import { dayText, parseDayText } from './day-text.ts';

describe('day text', () => {
  it('writes a day as dd/MM/yyyy', () => {
    expect(dayText('2026-11-28')).toBe('28/11/2026');
    expect(dayText('2018-01-01')).toBe('01/01/2018');
    expect(dayText('')).toBe('');
  });

  it('reads the day first, with any usual separator or none', () => {
    for (const text of ['28/11/2026', '28.11.2026', '28-11-2026', ' 28/11/2026 ', '28112026']) {
      expect(parseDayText(text), text).toBe('2026-11-28');
    }
    expect(parseDayText('1/2/2026')).toBe('2026-02-01');
  });

  it('refuses what is not a calendar day, rather than guessing', () => {
    for (const text of ['', '31/02/2026', '29/02/2027', '11/28/2026', '2026-11-28', '28/11/26', 'hôm nay']) {
      expect(parseDayText(text), text).toBeNull();
    }
    expect(parseDayText('29/02/2028')).toBe('2028-02-29');
  });

  it('reads back what it writes', () => {
    for (const iso of ['2018-01-01', '2026-12-31', '2100-02-28'])
      expect(parseDayText(dayText(iso))).toBe(iso);
  });
});
