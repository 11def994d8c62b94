import { describe, expect, it } from 'vitest';
import { boldTextWidthPt, widestBoldLinePt, wrapBoldText } from './times-bold-metrics.ts';

describe('Times New Roman Bold widths', () => {
  it('measures a Vietnamese letter as its base letter, whatever its marks', () => {
    expect(boldTextWidthPt('Độc lập', 14)).toBe(boldTextWidthPt('Doc lap', 14));
    expect(boldTextWidthPt('CỘNG HÒA', 13)).toBe(boldTextWidthPt('CONG HOA', 13));
    // 1000 units of M, 944, at 10 pt
    expect(boldTextWidthPt('M', 10)).toBeCloseTo(9.44, 5);
  });

  it('wraps at spaces like a word processor and reports the widest line', () => {
    const column = boldTextWidthPt('CÔNG AN THÀNH PHỐ', 13) + 1;
    expect(wrapBoldText('CÔNG AN THÀNH PHỐ CẦN THƠ', 13, column)).toEqual(['CÔNG AN THÀNH PHỐ', 'CẦN THƠ']);
    expect(widestBoldLinePt('CÔNG AN THÀNH PHỐ CẦN THƠ', 13, column)).toBe(
      boldTextWidthPt('CÔNG AN THÀNH PHỐ', 13),
    );
    // A word longer than the column keeps its own line and the width is capped at the column.
    expect(wrapBoldText('A NGHĨAVIỆTNAM B', 13, 40)).toEqual(['A', 'NGHĨAVIỆTNAM', 'B']);
    expect(widestBoldLinePt('NGHĨAVIỆTNAM', 13, 40)).toBe(40);
  });
});
