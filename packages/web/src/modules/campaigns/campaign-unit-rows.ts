import type { CampaignStatusDto, CampaignVerdict } from '@antt/shared';
import { compareVerdicts } from './campaign-verdict.ts';

// The per-unit table of a campaign's progress page, for one element, sortable by any column.

export type UnitProgressRow = {
  code: string;
  name: string;
  population: number | null;
  value: number;
  target: number | null;
  share: number | null;
  projection: { mean: number; lo: number; hi: number } | null;
  verdict: CampaignVerdict;
};

export const UNIT_SORT_KEYS = [
  'name',
  'population',
  'value',
  'target',
  'share',
  'projection',
  'verdict',
] as const;
export type UnitSortKey = (typeof UNIT_SORT_KEYS)[number];
export type UnitSort = { key: UnitSortKey; direction: 'asc' | 'desc' };

export function unitProgressRows(status: CampaignStatusDto, element: string): UnitProgressRow[] {
  return status.units.flatMap((u) => {
    const progress = u.progress.find((p) => p.element === element);
    if (!progress) return [];
    return [
      {
        code: u.unit.code,
        name: u.unit.name,
        population: u.population,
        value: progress.value,
        target: progress.target,
        share: progress.share,
        projection: progress.projection,
        verdict: progress.verdict,
      },
    ];
  });
}

type Comparable = string | number | null;

function sortValue(row: UnitProgressRow, key: Exclude<UnitSortKey, 'name' | 'verdict'>): number | null {
  if (key === 'projection') return row.projection?.mean ?? null;
  return row[key];
}

/**
 * Sorted copy. Empty cells (no target, no projection) stay at the bottom whichever way the
 * column runs; equal cells keep the units' names in order.
 */
export function sortUnitRows(
  rows: readonly UnitProgressRow[],
  sort: UnitSort,
  collator: Intl.Collator,
): UnitProgressRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compare = (a: UnitProgressRow, b: UnitProgressRow): number => {
    if (sort.key === 'name') return sign * collator.compare(a.name, b.name);
    if (sort.key === 'verdict') return sign * compareVerdicts(a.verdict, b.verdict);
    const x: Comparable = sortValue(a, sort.key);
    const y: Comparable = sortValue(b, sort.key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  };
  return [...rows].sort((a, b) => compare(a, b) || collator.compare(a.name, b.name));
}

/** The way a column sorts on its first click: names A–Z, verdicts worst first, figures largest first. */
export function firstDirection(key: UnitSortKey): 'asc' | 'desc' {
  return key === 'name' || key === 'verdict' ? 'asc' : 'desc';
}
