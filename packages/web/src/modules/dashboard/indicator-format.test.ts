import { describe, expect, it } from 'vitest';
import {
  displayRound,
  formatAbsoluteChange,
  formatRange,
  formatTarget,
  formatRelativeChange,
  formatValue,
  relativePercent,
} from './indicator-format.ts';

const NBSP = '\u00a0';

describe('indicator figures on screen', () => {
  it('rounds like the XLSX export: rates to one decimal, counts to whole numbers', () => {
    expect(displayRound(74.65346534653466, 'percent')).toBe(74.7);
    expect(displayRound(3.5, 'count')).toBe(4);
    expect(displayRound(null, 'count')).toBeNull();
    expect(relativePercent(-0.006729316999496613)).toBe(-0.7);
  });

  it('writes numbers the Vietnamese way, with the unit and the noun', () => {
    expect(formatValue(74.65, 'percent', 'vi')).toBe(`74,7${NBSP}%`);
    expect(formatValue(80, 'percent', 'vi')).toBe(`80,0${NBSP}%`);
    expect(formatValue(1234, 'count', 'vi', () => 'vụ')).toBe(`1.234${NBSP}vụ`);
    expect(formatValue(1_500_000, 'vnd', 'vi')).toBe(`1.500.000${NBSP}đ`);
    expect(formatValue(null, 'count', 'vi', () => 'vụ')).toBe('—');
    expect(formatValue(1234.4, 'count', 'en')).toBe('1,234');
    expect(formatValue(1, 'count', 'en', (n) => (n === 1 ? 'tip' : 'tips'))).toBe(`1${NBSP}tip`);
    expect(formatValue(74.65, 'percent', 'en')).toBe('74.7%');
  });

  it('signs changes; a rate changes by percentage points', () => {
    expect(formatAbsoluteChange(46, 'count', 'vi')).toBe('+46');
    expect(formatAbsoluteChange(-2.449, 'percent', 'vi')).toBe(`-2,4${NBSP}điểm${NBSP}%`);
    expect(formatAbsoluteChange(0, 'count', 'vi')).toBe('0');
    expect(formatRelativeChange(0.2026, 'vi')).toBe(`+20,3${NBSP}%`);
    expect(formatRelativeChange(-0.05, 'en')).toBe('-5.0%');
  });
});

describe('targets and ranges', () => {
  it('writes a target without needless decimals, and a range with the unit once', () => {
    expect(formatTarget({ op: 'at_least', value: 75 }, 'percent', 'vi')).toBe(`≥${NBSP}75${NBSP}%`);
    expect(formatTarget({ op: 'at_most', value: 2.5 }, 'count', 'vi')).toBe(`≤${NBSP}2,5`);
    expect(formatRange(3, 9.4, 'count', 'vi', () => 'vụ')).toBe(`3–9${NBSP}vụ`);
    expect(formatRange(71.16, 79.64, 'percent', 'vi')).toBe(`71,2–79,6${NBSP}%`);
    expect(formatRange(0, 0, 'count', 'vi', () => 'tin')).toBe(`0${NBSP}tin`);
  });
});
