import { describe, expect, it } from 'vitest';
import type { CellKey } from './entry-grid.ts';
import { refusedCells } from './refused-values.ts';

const sent: { key: CellKey }[] = [
  { key: '2026-03-01|p06_cc_applications' },
  { key: '2026-03-02|p06_cc_applications' },
  { key: '2026-03-02|p06_eid2_activated_total' },
];

describe('refused values back on their cells', () => {
  it('maps values.<i>.value to the i-th value sent, with its rule', () => {
    const details = {
      fields: [
        {
          path: 'values.1.value',
          message:
            'Hồ sơ cấp thẻ CC: -5 nhỏ hơn mức tối thiểu 0 / ID card applications: -5 is below the minimum 0',
          rule: 'below_min',
        },
        {
          path: 'values.2.value',
          message:
            'ĐDĐT mức 2 (lũy kế) tăng 900 mỗi ngày …; hãy ghi chú lý do / e-ID L2 active (total) rises by 900 a day …: add a comment',
        },
      ],
    };
    expect(refusedCells(details, sent)).toEqual([
      { key: '2026-03-02|p06_cc_applications', message: details.fields[0]!.message, rule: 'below_min' },
      {
        key: '2026-03-02|p06_eid2_activated_total',
        message: details.fields[1]!.message,
        rule: 'outlier_needs_comment',
      },
    ]);
  });

  it('reads a rule named in the message, and leaves an unknown rule unknown', () => {
    const details = {
      fields: [
        { path: 'values.0.value', message: 'period_locked: approved / đã phê duyệt' },
        { path: 'values.1.value', message: 'Không phải là số / not a number' },
      ],
    };
    expect(refusedCells(details, sent).map((r) => r.rule)).toEqual(['period_locked', null]);
  });

  it('drops problems that name no value of the batch, and answers without fields', () => {
    const details = {
      fields: [
        { path: 'values.9.value', message: 'x' },
        { path: 'unit', message: 'y' },
        { path: 'values.0.value' },
      ],
    };
    expect(refusedCells(details, sent)).toEqual([]);
    expect(refusedCells(undefined, sent)).toEqual([]);
    expect(refusedCells({ fields: 'nope' }, sent)).toEqual([]);
  });
});
