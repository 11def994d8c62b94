import type { DataValueDto } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import {
  cellKey,
  cellOf,
  columnTotals,
  moveFocus,
  parseClipboardBlock,
  pasteTargets,
  pendingChanges,
  savedByCell,
  type CellKey,
} from './entry-grid.ts';

const stored = (period: string, element: string, value: number, version: number): DataValueDto => ({
  element,
  unit: '31507',
  period,
  value,
  comment: null,
  version,
  updatedAt: '2026-03-02T01:00:00.000Z',
  updatedBy: 'canbo',
});

describe('changed cells', () => {
  const saved = savedByCell([stored('2026-03-01', 'a', 1234, 3), stored('2026-03-01', 'b', 5, 1)]);

  it('keys a cell by period and element, and back', () => {
    expect(cellOf(cellKey('2026-03-01', 'p06_cc_applications'))).toEqual({
      period: '2026-03-01',
      element: 'p06_cc_applications',
    });
  });

  it('sends what differs from the stored value, with the version it replaces', () => {
    const drafts = new Map<CellKey, string>([
      [cellKey('2026-03-01', 'a'), '1.300'],
      [cellKey('2026-03-02', 'a'), '7'],
      [cellKey('2026-03-01', 'b'), ''],
    ]);
    expect(pendingChanges(drafts, saved, 'vi')).toEqual({
      changes: [
        { key: '2026-03-01|a', period: '2026-03-01', element: 'a', value: 1300, baseVersion: 3 },
        { key: '2026-03-02|a', period: '2026-03-02', element: 'a', value: 7, baseVersion: 0 },
        { key: '2026-03-01|b', period: '2026-03-01', element: 'b', value: null, baseVersion: 1 },
      ],
      invalid: [],
    });
  });

  it('ignores a draft that reads as the stored number, and an empty draft over nothing', () => {
    const drafts = new Map<CellKey, string>([
      [cellKey('2026-03-01', 'a'), '1.234'],
      [cellKey('2026-03-03', 'a'), ''],
    ]);
    expect(pendingChanges(drafts, saved, 'vi').changes).toEqual([]);
  });

  it('holds back text that is not a number', () => {
    const drafts = new Map<CellKey, string>([[cellKey('2026-03-02', 'b'), 'mười']]);
    expect(pendingChanges(drafts, saved, 'vi')).toEqual({ changes: [], invalid: ['2026-03-02|b'] });
  });
});

describe('keyboard movement', () => {
  it('moves one cell and stops at the edges', () => {
    expect(moveFocus({ row: 2, col: 2 }, 'up', 5, 4)).toEqual({ row: 1, col: 2 });
    expect(moveFocus({ row: 2, col: 2 }, 'right', 5, 4)).toEqual({ row: 2, col: 3 });
    expect(moveFocus({ row: 0, col: 0 }, 'up', 5, 4)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 4, col: 3 }, 'down', 5, 4)).toEqual({ row: 4, col: 3 });
    expect(moveFocus({ row: 4, col: 3 }, 'right', 5, 4)).toEqual({ row: 4, col: 3 });
    expect(moveFocus({ row: 1, col: 0 }, 'left', 5, 4)).toEqual({ row: 1, col: 0 });
  });
});

describe('pasting a block from a spreadsheet', () => {
  it('splits rows on newlines and cells on tabs, whatever the line ending', () => {
    expect(parseClipboardBlock('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseClipboardBlock('5')).toEqual([['5']]);
    expect(parseClipboardBlock('"1.234"\t\n')).toEqual([['1.234', '']]);
  });

  it('lands from the focused cell, drops what falls outside and skips locked rows', () => {
    const block = [
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['7', '8', '9'],
    ];
    const targets = pasteTargets(block, { row: 1, col: 2 }, 4, 4, (row) => row !== 2);
    expect(targets).toEqual([
      { row: 1, col: 2, text: '1' },
      { row: 1, col: 3, text: '2' },
      { row: 3, col: 2, text: '7' },
      { row: 3, col: 3, text: '8' },
    ]);
  });
});

describe('the totals line', () => {
  const values: Record<string, number> = {
    '2026-03-01|flow': 3,
    '2026-03-03|flow': 4,
    '2026-03-01|total': 100,
    '2026-03-02|total': 120,
  };
  const valueAt = (period: string, element: string) => values[`${period}|${element}`] ?? null;

  it('adds flows up and shows the latest running total with its day', () => {
    const totals = columnTotals(
      ['2026-03-01', '2026-03-02', '2026-03-03'],
      [
        { code: 'flow', aggregation: 'sum' },
        { code: 'total', aggregation: 'last' },
        { code: 'empty', aggregation: 'sum' },
      ],
      valueAt,
    );
    expect(totals).toEqual([
      { element: 'flow', aggregation: 'sum', value: 7, asOf: null },
      { element: 'total', aggregation: 'last', value: 120, asOf: '2026-03-02' },
      { element: 'empty', aggregation: 'sum', value: null, asOf: null },
    ]);
  });
});
