// Drawing commune boundaries without a tile server (shared/DESIGN.md section 3: thematic maps
// from GeoJSON). A province spans about one degree, so an equirectangular projection scaled by
// the cosine of its middle latitude keeps shapes true to within a fraction of a percent.

export type Position = number[];
export type Geometry =
  { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

export type Projection = {
  width: number;
  height: number;
  project: (lon: number, lat: number) => [number, number];
};

function eachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) for (const p of ring) visit(p);
}

/** Fits the geometries into a box `width` wide with a margin; the height follows the shape. */
export function fitProjection(geometries: Geometry[], width: number, margin = 8): Projection | null {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const g of geometries) {
    eachPosition(g, ([lon, lat]) => {
      if (lon === undefined || lat === undefined) return;
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    });
  }
  if (!Number.isFinite(minLon) || maxLon === minLon || maxLat === minLat) return null;
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (width - 2 * margin) / ((maxLon - minLon) * xScale);
  const height = Math.ceil((maxLat - minLat) * scale + 2 * margin);
  return {
    width,
    height,
    project: (lon, lat) => [margin + (lon - minLon) * xScale * scale, margin + (maxLat - lat) * scale],
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The SVG path of a polygon or multipolygon (holes drawn with the even-odd rule). */
export function svgPath(geometry: Geometry, projection: Projection): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const points = ring.map(([lon, lat]) => projection.project(lon ?? 0, lat ?? 0));
      if (points.length < 3) continue;
      parts.push(`M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`);
    }
  }
  return parts.join('');
}

/** Five shades of blue, light to dark, for communes with incidents; grey for none. */
export const COUNT_COLOURS = ['#d0e4f5', '#9ec5e8', '#5f9fd6', '#2f74b5', '#0f4c8a'] as const;
export const NO_COUNT_COLOUR = '#eceff2';

export type CountClass = { from: number; to: number; colour: string };

/**
 * Up to five classes of equal width from 1 to the largest count, in whole numbers, so the
 * legend reads "1–2, 3–4, …". Counts carried through a split may be fractional: a count
 * belongs to the first class whose upper end it does not exceed.
 */
export function countClasses(max: number): CountClass[] {
  const top = Math.ceil(max);
  if (top <= 0) return [];
  const width = Math.max(1, Math.ceil(top / COUNT_COLOURS.length));
  const classes: CountClass[] = [];
  for (let from = 1, i = 0; from <= top; from += width, i++) {
    classes.push({ from, to: Math.min(top, from + width - 1), colour: '' });
  }
  // Few classes use the darker shades, so the contrast with "none" stays strong.
  const offset = COUNT_COLOURS.length - classes.length;
  return classes.map((c, i) => ({ ...c, colour: COUNT_COLOURS[offset + i]! }));
}

export function colourOf(count: number, classes: CountClass[]): string {
  if (count <= 0) return NO_COUNT_COLOUR;
  return (classes.find((c) => count <= c.to) ?? classes[classes.length - 1])?.colour ?? NO_COUNT_COLOUR;
}
