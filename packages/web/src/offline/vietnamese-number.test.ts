import { describe, expect, it } from 'vitest';
import { formatVietnameseNumber, parseVietnameseNumber } from './vietnamese-number.ts';

describe('figures typed the Vietnamese way', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['1.234', 1234],
    ['1.234.567', 1_234_567],
    ['12,5', 12.5],
    ['1.234,75', 1234.75],
    [' 1 234 ', 1234],
    ['-3', -3],
  ])('reads %j as %d', (text, value) => {
    expect(parseVietnameseNumber(text)).toEqual({ ok: true, value });
  });

  it('reads an empty field as no value', () => {
    expect(parseVietnameseNumber('')).toEqual({ ok: true, value: null });
    expect(parseVietnameseNumber('   ')).toEqual({ ok: true, value: null });
  });

  it.each(['1.5', '12.34', '1,2,3', 'abc', '12a', '1.234.5', ',5', '1e3', '--1'])(
    'refuses %j instead of guessing',
    (text) => {
      expect(parseVietnameseNumber(text)).toEqual({ ok: false });
    },
  );

  it('writes figures back in the same format, so what is shown reads back the same', () => {
    expect(formatVietnameseNumber(1234)).toBe('1.234');
    expect(formatVietnameseNumber(1234.5)).toBe('1.234,5');
    expect(formatVietnameseNumber(null)).toBe('');
    for (const value of [0, 7, 999, 1000, 65_432, 1_234_567, 12.25]) {
      expect(parseVietnameseNumber(formatVietnameseNumber(value))).toEqual({ ok: true, value });
    }
  });
});
