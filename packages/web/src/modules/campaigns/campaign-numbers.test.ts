import { describe, expect, it } from 'vitest';
import {
  formatCompactCount,
  formatCount,
  formatPace,
  formatRate,
  formatShare,
  formatShareOfTarget,
  formatShareRange,
} from './campaign-numbers.ts';

const NBSP = '\u00a0';

describe('campaign figures on screen', () => {
  it('writes counts and shares the Vietnamese way, and the English way in English', () => {
    expect(formatCount(1234567, 'vi')).toBe('1.234.567');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(null, 'vi')).toBe('—');
    expect(formatShare(0.8123, 'vi')).toBe(`81,2${NBSP}%`);
    expect(formatShare(0.8123, 'en')).toBe('81.2%');
    expect(formatShare(null, 'en')).toBe('—');
  });

  it('rounds a share of target down, so the target reads reached only once it is', () => {
    expect(formatShareOfTarget(0.99996, 'vi')).toBe(`99,9${NBSP}%`);
    expect(formatShareOfTarget(1, 'vi')).toBe(`100,0${NBSP}%`);
    expect(formatShareOfTarget(0.812, 'en')).toBe('81.2%');
    expect(formatShareOfTarget(1.0194, 'vi')).toBe(`101,9${NBSP}%`);
    expect(formatShareOfTarget(null, 'vi')).toBe('—');
  });

  it('writes an interval with the percent sign once, and keeps a trailing zero', () => {
    expect(formatShareRange(0.78, 0.845, 'vi')).toBe(`78,0–84,5${NBSP}%`);
    expect(formatShareRange(0.8, 0.8, 'vi')).toBe(`80,0${NBSP}%`);
  });

  it('writes a target rate without a decimal unless it has one', () => {
    expect(formatRate(0.8, 'vi')).toBe(`80${NBSP}%`);
    expect(formatRate(0.825, 'vi')).toBe(`82,5${NBSP}%`);
    expect(formatRate(0.7, 'en')).toBe('70%');
  });

  it('keeps a decimal for a slow pace so it does not read zero', () => {
    expect(formatPace(1234.4, 'vi')).toBe('1.234');
    expect(formatPace(0.4, 'vi')).toBe('0,4');
    expect(formatPace(2.25, 'en')).toBe('2.3');
  });

  it('shortens large counts for a chart axis', () => {
    expect(formatCompactCount(1_200_000, 'vi')).toBe(`1,2${NBSP}Tr`);
    expect(formatCompactCount(1_200_000, 'en')).toMatch(/^1\.2m$/i);
  });
});
