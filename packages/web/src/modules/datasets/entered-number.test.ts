import { describe, expect, it } from 'vitest';
import { formatEnteredNumber, parseEnteredNumber } from './entered-number.ts';

const vi = (text: string) => parseEnteredNumber(text, 'vi');
const en = (text: string) => parseEnteredNumber(text, 'en');
const number = (value: number) => ({ kind: 'number', value });

describe('numbers typed or pasted into the grid', () => {
  it('reads Vietnamese writing: dots between thousands, a comma before decimals', () => {
    expect(vi('1.234')).toEqual(number(1234));
    expect(vi('1.234.567')).toEqual(number(1_234_567));
    expect(vi('1.234,5')).toEqual(number(1234.5));
    expect(vi('12,5')).toEqual(number(12.5));
  });

  it('reads plain and English input too', () => {
    expect(vi('1234')).toEqual(number(1234));
    expect(vi('12.5')).toEqual(number(12.5));
    expect(vi('1,234.5')).toEqual(number(1234.5));
    expect(en('1,234')).toEqual(number(1234));
    expect(en('1,234.5')).toEqual(number(1234.5));
    expect(en('1.5')).toEqual(number(1.5));
  });

  it('drops the spaces spreadsheets put between groups and keeps the sign', () => {
    expect(vi(' 1 234 ')).toEqual(number(1234));
    expect(vi('1\u00a0234')).toEqual(number(1234));
    expect(vi('-5')).toEqual(number(-5));
    expect(vi('−5')).toEqual(number(-5));
    expect(vi('+7')).toEqual(number(7));
    expect(vi('-0')).toEqual(number(0));
    expect(Object.is((vi('-0') as { value: number }).value, 0)).toBe(true);
  });

  it('reads an empty cell as clearing the value', () => {
    expect(vi('')).toEqual({ kind: 'empty' });
    expect(vi('   ')).toEqual({ kind: 'empty' });
  });

  it('refuses what is not a number', () => {
    for (const text of ['abc', '12a', '1.23.4', '1,2,3', '5.', '-', '.', '1..2', '1e5', '--5']) {
      expect(vi(text), text).toEqual({ kind: 'invalid' });
    }
  });

  it('writes numbers back as the language does', () => {
    expect(formatEnteredNumber(1234, 'vi')).toBe('1.234');
    expect(formatEnteredNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatEnteredNumber(1234.5, 'en')).toBe('1,234.5');
    expect(vi(formatEnteredNumber(98_765.25, 'vi'))).toEqual(number(98_765.25));
  });
});
