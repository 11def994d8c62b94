import type { IndicatorFigureDto } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import { pivotRows, sortPivotRows } from './pivot-rows.ts';

const figure = (code: string, name: string, value: number | null): IndicatorFigureDto => ({
  unit: { id: code, code, name, level: 'commune' },
  numerator: value ?? 0,
  denominator: null,
  value,
  samePeriod: null,
  change: { absolute: null, relative: null },
  judgement: null,
  band: null,
  flag: null,
  meetsTarget: null,
});

const rows = pivotRows([
  {
    code: 'crimes',
    children: [
      figure('1', 'Phường Sóc Trăng', 12),
      figure('2', 'Xã An Ninh', 3),
      figure('3', 'Phường Cái Khế', null),
    ],
  },
  {
    code: 'clearance_rate',
    children: [
      figure('1', 'Phường Sóc Trăng', 80),
      figure('2', 'Xã An Ninh', 95),
      figure('3', 'Phường Cái Khế', 70),
    ],
  },
]);

describe('the pivot table', () => {
  it('puts every indicator of a unit on one row', () => {
    expect(rows).toHaveLength(3);
    expect(rows[0]!.figures['clearance_rate']!.value).toBe(80);
  });

  it('sorts by a column either way, units without a figure last', () => {
    const names = (column: string, descending: boolean) =>
      sortPivotRows(rows, { column, descending }, 'vi').map((r) => r.code);
    expect(names('crimes', true)).toEqual(['1', '2', '3']);
    expect(names('crimes', false)).toEqual(['2', '1', '3']);
    expect(names('clearance_rate', false)).toEqual(['3', '1', '2']);
  });

  it('sorts names in Vietnamese alphabetical order', () => {
    expect(sortPivotRows(rows, { column: 'name', descending: false }, 'vi').map((r) => r.name)).toEqual([
      'Phường Cái Khế',
      'Phường Sóc Trăng',
      'Xã An Ninh',
    ]);
  });
});
