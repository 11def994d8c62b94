import type { DataValueDto } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import type { CellKey } from './entry-grid.ts';
import { conflictCells, movedCells } from './value-conflicts.ts';

const theirs: DataValueDto = {
  element: 'p06_cc_applications',
  unit: '31507',
  period: '2026-03-02',
  value: 12,
  comment: null,
  version: 2,
  updatedAt: '2026-03-02T03:00:00.000Z',
  updatedBy: 'lanhdaophuong',
};
const sent = [
  { key: '2026-03-01|p06_cc_applications' as CellKey, baseVersion: 0 },
  { key: '2026-03-02|p06_cc_applications' as CellKey, baseVersion: 1 },
];

describe('values changed meanwhile by someone else', () => {
  it('puts the stored value named by the answer on the cell sent at that index', () => {
    const details = {
      conflicts: [
        { index: 1, current: theirs },
        { index: 0, current: null },
        { index: 7, current: theirs },
      ],
    };
    expect(conflictCells(details, sent)).toEqual(
      new Map([
        ['2026-03-02|p06_cc_applications', theirs],
        ['2026-03-01|p06_cc_applications', null],
      ]),
    );
  });

  it('says when the answer does not list them', () => {
    expect(conflictCells({ fields: [] }, sent)).toBeNull();
    expect(conflictCells(undefined, sent)).toBeNull();
  });

  it('finds them by comparing versions with the values stored now', () => {
    const storedNow = new Map<CellKey, DataValueDto>([['2026-03-02|p06_cc_applications', theirs]]);
    expect(movedCells(sent, storedNow)).toEqual(new Map([['2026-03-02|p06_cc_applications', theirs]]));
    expect(movedCells([{ key: sent[1]!.key, baseVersion: 2 }], storedNow).size).toBe(0);
  });
});
