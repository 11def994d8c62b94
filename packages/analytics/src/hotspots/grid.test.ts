import { describe, expect, it } from 'vitest';
import {
  cellCentre,
  cellIndexAt,
  countEventsByCell,
  insidePolygons,
  pointInPolygon,
  squareGrid,
  type PolygonRings,
} from './grid.ts';

describe('square grid', () => {
  it('covers the whole box, the last column and row reaching past it', () => {
    const grid = squareGrid({ xMin: 0, yMin: 0, xMax: 25, yMax: 10 }, 10);
    expect(grid.cols).toBe(3);
    expect(grid.rows).toBe(1);
    expect(grid.cells.map((cell) => [cell.col, cell.xMin, cell.xMax])).toEqual([
      [0, 0, 10],
      [1, 10, 20],
      [2, 20, 30],
    ]);
    // Every point of the box, far corners included, lies in exactly one cell.
    for (const [x, y] of [
      [0, 0],
      [25, 10],
      [9.999, 5],
      [10, 5],
      [24, 9.5],
    ] as const) {
      const index = cellIndexAt(grid, x, y);
      const cell = grid.cells[index];
      expect(cell).toBeDefined();
      expect(x >= (cell?.xMin ?? NaN) && x <= (cell?.xMax ?? NaN)).toBe(true);
    }
    expect(cellIndexAt(grid, -0.1, 5)).toBe(-1);
    expect(cellIndexAt(grid, 5, 10.1)).toBe(-1);
  });

  it('keeps only cells whose centre is inside the boundary polygon, holes excluded', () => {
    // A right triangle (0,0)-(42,0)-(0,42) with a hole over the cell centred at (5, 5).
    const triangle: PolygonRings = [
      [
        [0, 0],
        [42, 0],
        [0, 42],
        [0, 0],
      ],
      [
        [2, 2],
        [8, 2],
        [8, 8],
        [2, 8],
      ],
    ];
    const grid = squareGrid({ xMin: 0, yMin: 0, xMax: 40, yMax: 40 }, 10, insidePolygons([triangle]));
    const kept = grid.cells.map((cell) => `${cell.col},${cell.row}`);
    // Centre (10·col + 5, 10·row + 5) is inside when 10·(col + row) + 10 < 42, so col + row ≤ 3;
    // cell (0,0) sits in the hole.
    expect(kept).toEqual(['1,0', '2,0', '3,0', '0,1', '1,1', '2,1', '0,2', '1,2', '0,3']);
    for (const cell of grid.cells) {
      const centre = cellCentre(cell);
      expect(pointInPolygon(centre.x, centre.y, triangle)).toBe(true);
    }
    // An event in a dropped cell is not counted; one in a kept cell is.
    expect(cellIndexAt(grid, 35, 35)).toBe(-1);
    expect(
      countEventsByCell(grid, [
        { time: 0, x: 35, y: 35 },
        { time: 0, x: 12, y: 3 },
        { time: 0, x: 5, y: 5 },
      ]),
    ).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('refuses a non-positive cell size', () => {
    expect(() => squareGrid({ xMin: 0, yMin: 0, xMax: 1, yMax: 1 }, 0)).toThrow(RangeError);
  });
});
