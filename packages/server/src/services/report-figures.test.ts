import { describe, expect, it } from 'vitest';
import { vietnameseNumberValue } from '../reports/report-xlsx.ts';
import { FigureLog, roundShown, vietnameseNumber } from './report-figures.ts';

// How a report writes its numbers (Vietnamese: "." between thousands, "," before decimals, a
// true minus sign) and how the XLSX appendix reads them back as numbers.

const source = { indicator: 'crimes', period: '2025', unitCode: '92', unitName: 'Thành phố Cần Thơ' };

describe('Vietnamese numbers in a report', () => {
  it.each([
    [1234, 0, false, '1.234'],
    [1234567.25, 1, false, '1.234.567,3'],
    [81.25, 1, false, '81,3'],
    [-12, 0, true, '\u221212'],
    [2.1, 1, true, '+2,1'],
    [0, 1, true, '0,0'],
    [-2.5, 0, false, '\u22123'],
  ])('writes %d with %d decimals (signed %s) as %s', (value, decimals, signed, text) => {
    expect(vietnameseNumber(value, decimals, signed)).toBe(text);
  });

  it('rounds half away from zero on the shown decimal', () => {
    expect([roundShown(2.5, 0), roundShown(-2.5, 0), roundShown(4.75, 1), roundShown(-0.04, 1)]).toEqual([
      3, -3, 4.8, -0,
    ]);
  });

  it('logs each number it writes with its source, as printed', () => {
    const log = new FigureLog();
    const texts = [
      log.value(81.234, 'percent', source),
      log.relative(-0.047, source),
      log.level(75, 'percent', source, 'indicatorTarget'),
      log.level(90.5, 'percent', source, 'indicatorTarget'),
      log.signedChange(-12, 'count', source),
    ];
    expect(texts).toEqual(['81,2\u00a0%', '\u22124,7\u00a0%', '75\u00a0%', '90,5\u00a0%', '\u221212']);
    expect(log.figures.map((f) => [f.text, f.value, f.field])).toEqual([
      ['81,2', 81.234, 'value'],
      ['\u22124,7', -0.047, 'changeRelative'],
      ['75', 75, 'indicatorTarget'],
      ['90,5', 90.5, 'indicatorTarget'],
      ['\u221212', -12, 'changeAbsolute'],
    ]);
  });

  it('reads printed cells back as numbers for the XLSX appendix, and leaves other text alone', () => {
    expect(vietnameseNumberValue('1.234')).toEqual({ value: 1234, percent: false, decimals: 0 });
    expect(vietnameseNumberValue('81,2\u00a0%')).toEqual({ value: 81.2, percent: true, decimals: 1 });
    expect(vietnameseNumberValue('\u22124,7\u00a0%')).toEqual({ value: -4.7, percent: true, decimals: 1 });
    expect(vietnameseNumberValue('+12')).toEqual({ value: 12, percent: false, decimals: 0 });
    for (const text of ['—', 'Phường 5', '15/12/2020', '1.23', '≥ 75 %'])
      expect(vietnameseNumberValue(text)).toBeNull();
  });
});
