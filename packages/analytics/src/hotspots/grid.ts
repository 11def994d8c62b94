// A square grid over a planar bounding box, optionally cut down to the cells whose centre lies in a
// boundary. Coordinates are planar (metres, feet, …): cell size and areas are in the same unit.

/** One event: `time` is epoch milliseconds or a day number — the caller picks and stays consistent. */
export type HotspotEvent = { time: number; x: number; y: number };

export type BoundingBox = { xMin: number; yMin: number; xMax: number; yMax: number };

export type GridCell = { col: number; row: number; xMin: number; yMin: number; xMax: number; yMax: number };

export type HotspotGrid = {
  box: BoundingBox;
  cellSize: number;
  /** Columns and rows of the full box, before any boundary filter. */
  cols: number;
  rows: number;
  /** Kept cells, row by row from the lower left. */
  cells: GridCell[];
  /** Index into `cells` by `row * cols + col`; -1 for a cell the boundary left out. */
  indexByPosition: Int32Array;
};

/** Decides whether a point (a cell centre) belongs to the study area. */
export type PointPredicate = (x: number, y: number) => boolean;

/** A GeoJSON-like linear ring of [x, y] positions; closing the ring is optional. */
export type Ring = readonly (readonly number[])[];
/** A GeoJSON-like polygon: the outer ring first, then holes. */
export type PolygonRings = readonly Ring[];

/**
 * Cells of side `cellSize` from the box's lower-left corner. The last column and row may reach past
 * the box so that every point of the box lies in a cell.
 */
export function squareGrid(box: BoundingBox, cellSize: number, keep?: PointPredicate): HotspotGrid {
  if (!(cellSize > 0) || !Number.isFinite(cellSize))
    throw new RangeError('cell size must be a positive number');
  if (!(box.xMax >= box.xMin && box.yMax >= box.yMin)) throw new RangeError('bounding box is inverted');
  const cols = Math.max(1, Math.ceil((box.xMax - box.xMin) / cellSize));
  const rows = Math.max(1, Math.ceil((box.yMax - box.yMin) / cellSize));
  const cells: GridCell[] = [];
  const indexByPosition = new Int32Array(cols * rows).fill(-1);
  for (let row = 0; row < rows; row += 1) {
    for (let col = 0; col < cols; col += 1) {
      const xMin = box.xMin + col * cellSize;
      const yMin = box.yMin + row * cellSize;
      const cell: GridCell = { col, row, xMin, yMin, xMax: xMin + cellSize, yMax: yMin + cellSize };
      const centre = cellCentre(cell);
      if (keep && !keep(centre.x, centre.y)) continue;
      indexByPosition[row * cols + col] = cells.length;
      cells.push(cell);
    }
  }
  return { box, cellSize, cols, rows, cells, indexByPosition };
}

/** The smallest box holding every event (throws on an empty list: there is nothing to grid). */
export function boundingBoxOf(events: readonly HotspotEvent[]): BoundingBox {
  if (events.length === 0) throw new RangeError('no events to bound');
  let xMin = Infinity;
  let yMin = Infinity;
  let xMax = -Infinity;
  let yMax = -Infinity;
  for (const event of events) {
    xMin = Math.min(xMin, event.x);
    yMin = Math.min(yMin, event.y);
    xMax = Math.max(xMax, event.x);
    yMax = Math.max(yMax, event.y);
  }
  return { xMin, yMin, xMax, yMax };
}

export function cellCentre(cell: GridCell): { x: number; y: number } {
  return { x: (cell.xMin + cell.xMax) / 2, y: (cell.yMin + cell.yMax) / 2 };
}

export function cellArea(grid: HotspotGrid): number {
  return grid.cellSize * grid.cellSize;
}

/**
 * The index in `grid.cells` of the cell holding the point, or -1 outside the grid or the boundary.
 * A point on a shared edge belongs to the cell above/right of it, except on the grid's far edges.
 */
export function cellIndexAt(grid: HotspotGrid, x: number, y: number): number {
  const { box, cellSize, cols, rows } = grid;
  if (!(x >= box.xMin && y >= box.yMin)) return -1;
  const col = Math.floor((x - box.xMin) / cellSize);
  const row = Math.floor((y - box.yMin) / cellSize);
  const lastCol = col === cols && x <= box.xMin + cols * cellSize ? cols - 1 : col;
  const lastRow = row === rows && y <= box.yMin + rows * cellSize ? rows - 1 : row;
  if (lastCol >= cols || lastRow >= rows) return -1;
  return grid.indexByPosition[lastRow * cols + lastCol] ?? -1;
}

/** Even-odd ray casting; points exactly on an edge may fall either way. */
export function pointInRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i, i += 1) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
export function pointInPolygon(x: number, y: number, polygon: PolygonRings): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !pointInRing(x, y, outer)) return false;
  return !holes.some((hole) => pointInRing(x, y, hole));
}

/** A boundary made of one or more polygons (a GeoJSON MultiPolygon's coordinates, say). */
export function insidePolygons(polygons: readonly PolygonRings[]): PointPredicate {
  return (x, y) => polygons.some((polygon) => pointInPolygon(x, y, polygon));
}

/** How many of the events fall in each kept cell; events outside the grid or boundary are dropped. */
export function countEventsByCell(grid: HotspotGrid, events: readonly HotspotEvent[]): number[] {
  const counts = new Array<number>(grid.cells.length).fill(0);
  for (const event of events) {
    const index = cellIndexAt(grid, event.x, event.y);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}
