import { assessTarget, type TargetInputs } from '@antt/analytics';
import { describe, expect, it } from 'vitest';
import { targetReason, type ReasonContext } from './target-reason.ts';

// The reason under a status reads the numbers in each language's format (95,01 % / 95.01 %).

const clearance = (numerator: number, target = 75): TargetInputs => ({
  measure: { kind: 'rate', factor: 100, ceiling: 100 },
  rule: { direction: 'at_least', value: target, baseline: null },
  termDays: 1_826,
  elapsedDays: 1_461,
  soFar: { numerator, denominator: 14_610 },
  comparable: [{ period: 'bc:2023', numerator: 78, denominator: 100, days: 365 }],
});
const context = (lang: 'vi' | 'en', numerator: number): ReasonContext => ({
  isRate: true,
  ceiling: 100,
  lang,
  numerator,
  denominator: 14_610,
  termStart: lang === 'vi' ? '15/12/2020' : '2020-12-15',
  bestLabel: lang === 'vi' ? 'năm báo cáo 2023' : 'reporting year 2023',
});

describe('target reasons', () => {
  it('gives the rate needed in the last year of term:2020-2025 and why it is at risk', () => {
    const a = assessTarget(clearance(10_227));
    expect(targetReason(a, context('vi', 10_227))).toBe(
      'Đến nay đạt 70 % (10.227/14.610); để cả nhiệm kỳ đạt ít nhất 75 %, 365 ngày còn lại cần tỷ lệ ít nhất 95,01 %, cao hơn mức tốt nhất đơn vị từng đạt trong một năm báo cáo (78 %, năm báo cáo 2023).',
    );
    expect(targetReason(a, context('en', 10_227))).toBe(
      'So far 70 % (10,227/14,610); for the term to reach at least 75 %, the 365 days left need at least 95.01 %, above the best the unit has reached in a reporting year (78 %, reporting year 2023).',
    );
  });

  it('says when the target is assured whatever the rest brings', () => {
    // 13,900 of 14,610 cleared: even none of the 3,650 to come keeps the term above 75 % (13,900 / 18,260 = 76.1 %).
    const a = assessTarget(clearance(13_900));
    expect(a.requiredValueForRest).toBeLessThan(0);
    expect(targetReason(a, context('vi', 13_900))).toContain(
      'cả nhiệm kỳ vẫn đạt ít nhất 75 % với bất kỳ kết quả nào trong 365 ngày còn lại',
    );
  });

  it('counts per year for a cut from the baseline', () => {
    const a = assessTarget({
      measure: { kind: 'count', factor: 1, ceiling: null },
      rule: { direction: 'reduce_by_percent', value: 5, baseline: { value: 365, days: 365 } },
      termDays: 730,
      elapsedDays: 365,
      soFar: { numerator: 340, denominator: null },
      comparable: [],
    });
    expect(
      targetReason(a, {
        ...context('vi', 340),
        isRate: false,
        ceiling: null,
        denominator: null,
        bestLabel: null,
      }),
    ).toBe(
      'Đến nay 340 trong 365 ngày (bình quân 340/năm), đúng tiến độ chỉ tiêu không quá 693,5; để cả nhiệm kỳ không quá 693,5 (346,75/năm), 365 ngày còn lại chỉ được thêm tối đa 353,5 (353,5/năm).',
    );
  });
});
