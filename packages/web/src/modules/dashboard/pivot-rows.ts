import type { IndicatorFigureDto } from '@antt/shared';

// The pivot table's rows: one per child unit, one figure per indicator, sortable by any column.

export type PivotRow = {
  code: string;
  name: string;
  /** Each indicator's figure for the unit, by indicator code. */
  figures: Record<string, IndicatorFigureDto | undefined>;
};

export type PivotSort = { column: 'name' | string; descending: boolean };

/** Gathers the children of every indicator into one row per unit, in the first answer's order. */
export function pivotRows(
  byIndicator: { code: string; children: readonly IndicatorFigureDto[] | undefined }[],
): PivotRow[] {
  const rows = new Map<string, PivotRow>();
  for (const { code, children } of byIndicator) {
    for (const child of children ?? []) {
      const row = rows.get(child.unit.code) ?? { code: child.unit.code, name: child.unit.name, figures: {} };
      row.figures[code] = child;
      rows.set(child.unit.code, row);
    }
  }
  return [...rows.values()];
}

/** Sorts by name (Vietnamese alphabet) or by an indicator's value; units without a value go last. */
export function sortPivotRows(rows: readonly PivotRow[], sort: PivotSort, locale: string): PivotRow[] {
  const collator = new Intl.Collator(locale);
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.column === 'name') return sign * collator.compare(a.name, b.name);
    const [x, y] = [a.figures[sort.column]?.value ?? null, b.figures[sort.column]?.value ?? null];
    if (x === null && y === null) return collator.compare(a.name, b.name);
    if (x === null) return 1;
    if (y === null) return -1;
    return x === y ? collator.compare(a.name, b.name) : sign * (x - y);
  });
}
