import type { DataAggregation, DataValueDto } from '@antt/shared';
import { parseEnteredNumber } from './entered-number.ts';

// The entry grid's arithmetic, apart from React: which cells changed, where the keyboard goes,
// where a pasted block lands, and the totals line. Rows are the periods (days), columns the
// data set's elements.

/** One cell: a period (row) and an element (column). */
export type CellKey = `${string}|${string}`;

export function cellKey(period: string, element: string): CellKey {
  return `${period}|${element}`;
}

export function cellOf(key: CellKey): { period: string; element: string } {
  const at = key.indexOf('|');
  return { period: key.slice(0, at), element: key.slice(at + 1) };
}

export function savedByCell(values: readonly DataValueDto[]): Map<CellKey, DataValueDto> {
  return new Map(values.map((v) => [cellKey(v.period, v.element), v]));
}

/** A value to send: what the officer typed, and the version of the stored value it replaces. */
export type CellChange = {
  key: CellKey;
  period: string;
  element: string;
  value: number | null;
  /** 0 when nothing was stored: a value saved meanwhile by someone else is then a conflict. */
  baseVersion: number;
};

/**
 * The drafts that differ from what is stored, and those that are not numbers (they block the
 * save). A draft that reads as the stored number (typed "1.234" over 1234) is no change.
 */
export function pendingChanges(
  drafts: ReadonlyMap<CellKey, string>,
  saved: ReadonlyMap<CellKey, DataValueDto>,
  language: string,
): { changes: CellChange[]; invalid: CellKey[] } {
  const changes: CellChange[] = [];
  const invalid: CellKey[] = [];
  for (const [key, text] of drafts) {
    const entered = parseEnteredNumber(text, language);
    if (entered.kind === 'invalid') {
      invalid.push(key);
      continue;
    }
    const stored = saved.get(key);
    const value = entered.kind === 'number' ? entered.value : null;
    if (value === (stored?.value ?? null)) continue;
    changes.push({ key, ...cellOf(key), value, baseVersion: stored?.version ?? 0 });
  }
  return { changes, invalid };
}

export type GridPosition = { row: number; col: number };
export type GridMove = 'up' | 'down' | 'left' | 'right';

/** The next cell in a direction; the grid's edges hold the focus where it is. */
export function moveFocus(from: GridPosition, move: GridMove, rows: number, cols: number): GridPosition {
  const clamp = (n: number, size: number) => Math.min(Math.max(n, 0), size - 1);
  switch (move) {
    case 'up':
      return { row: clamp(from.row - 1, rows), col: from.col };
    case 'down':
      return { row: clamp(from.row + 1, rows), col: from.col };
    case 'left':
      return { row: from.row, col: clamp(from.col - 1, cols) };
    case 'right':
      return { row: from.row, col: clamp(from.col + 1, cols) };
  }
}

/**
 * A block copied from a spreadsheet: rows end with a newline (the last one too, usually),
 * cells are separated by tabs. Quotes a spreadsheet puts around a cell are dropped.
 */
export function parseClipboardBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t').map((cell) => cell.trim().replace(/^"(.*)"$/s, '$1')));
}

/**
 * Where each pasted cell lands when the block starts at the focused cell: the part that falls
 * outside the grid is dropped, and rows that cannot be edited (approved days) are skipped
 * without shifting the rest, so the block keeps the shape it had in the spreadsheet.
 */
export function pasteTargets(
  block: readonly (readonly string[])[],
  start: GridPosition,
  rows: number,
  cols: number,
  editableRow: (row: number) => boolean,
): Array<GridPosition & { text: string }> {
  const targets: Array<GridPosition & { text: string }> = [];
  block.forEach((line, i) => {
    const row = start.row + i;
    if (row >= rows || !editableRow(row)) return;
    line.forEach((text, j) => {
      const col = start.col + j;
      if (col < cols) targets.push({ row, col, text });
    });
  });
  return targets;
}

export type ColumnTotal = {
  element: string;
  aggregation: DataAggregation;
  /** The sum of a flow, or a running total's latest value; null when the column is empty. */
  value: number | null;
  /** For a running total, the period its latest value is of. */
  asOf: string | null;
};

/** The totals line: flows add up over the days shown, running totals show their latest value. */
export function columnTotals(
  periods: readonly string[],
  elements: readonly { code: string; aggregation: DataAggregation }[],
  valueAt: (period: string, element: string) => number | null,
): ColumnTotal[] {
  return elements.map(({ code, aggregation }) => {
    let value: number | null = null;
    let asOf: string | null = null;
    for (const period of periods) {
      const v = valueAt(period, code);
      if (v === null) continue;
      if (aggregation === 'sum') value = (value ?? 0) + v;
      else {
        value = v;
        asOf = period;
      }
    }
    return { element: code, aggregation, value, asOf };
  });
}
