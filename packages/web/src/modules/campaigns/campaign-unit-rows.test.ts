import { describe, expect, it } from 'vitest';
import { statusOf, type UnitFigures } from './campaign-status-fixture.ts';
import { firstDirection, sortUnitRows, unitProgressRows } from './campaign-unit-rows.ts';

const collator = new Intl.Collator('vi-VN');
const units: UnitFigures[] = [
  {
    code: '92001',
    name: 'Phường Ninh Kiều',
    population: 90_000,
    value: 60_000,
    target: 72_000,
    rank: 2,
    verdict: 'at_risk',
    mean: 70_000,
  },
  {
    code: '92002',
    name: 'Xã Ấp Bắc',
    population: 10_000,
    value: 9_000,
    target: 8_000,
    rank: 1,
    verdict: 'achieved',
    mean: 9_500,
  },
  {
    code: '92003',
    name: 'Phường Cái Răng',
    population: null,
    value: 100,
    target: null,
    rank: null,
    verdict: 'no_target',
  },
  {
    code: '92004',
    name: 'Xã Đông Hải',
    population: 20_000,
    value: 5_000,
    target: 16_000,
    rank: 3,
    verdict: 'off_track',
    mean: 8_000,
  },
];
const rows = unitProgressRows(statusOf(units), 'p06_eid2_activated_total');
const order = (key: Parameters<typeof sortUnitRows>[1]['key'], direction: 'asc' | 'desc') =>
  sortUnitRows(rows, { key, direction }, collator).map((r) => r.code);

describe('the per-unit progress table', () => {
  it('takes the chosen element of each unit', () => {
    expect(rows[0]).toMatchObject({
      name: 'Phường Ninh Kiều',
      value: 60_000,
      target: 72_000,
      verdict: 'at_risk',
    });
    expect(unitProgressRows(statusOf(units), 'p06_other')).toEqual([]);
  });

  it('sorts names in Vietnamese alphabetical order', () => {
    expect(order('name', 'asc')).toEqual(['92003', '92001', '92002', '92004']);
  });

  it('sorts figures either way, keeping empty cells at the bottom', () => {
    expect(order('share', 'desc')).toEqual(['92002', '92001', '92004', '92003']);
    expect(order('share', 'asc')).toEqual(['92004', '92001', '92002', '92003']);
    expect(order('population', 'asc')).toEqual(['92002', '92004', '92001', '92003']);
    expect(order('projection', 'desc')).toEqual(['92001', '92002', '92004', '92003']);
  });

  it('puts the units that need help first when sorted by verdict', () => {
    expect(order('verdict', 'asc')).toEqual(['92004', '92001', '92002', '92003']);
    expect(firstDirection('verdict')).toBe('asc');
    expect(firstDirection('share')).toBe('desc');
  });
});
