// Plane geometry on WGS84 longitude/latitude for unit boundaries (GeoJSON, RFC 7946). Communes
// are a few kilometres across, so treating degrees as a plane is exact enough for "which polygon
// holds this point"; nothing here measures distances or areas in metres.

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoordinates = Ring[];

export type AreaGeometry =
  | { type: 'Polygon'; coordinates: PolygonCoordinates }
  | { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };

export type BoundingBox = { minLon: number; minLat: number; maxLon: number; maxLat: number };

/** The polygons of a geometry: one for a Polygon, each part of a MultiPolygon. */
export function polygonsOf(geometry: AreaGeometry): PolygonCoordinates[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Ray casting (even-odd rule): count the ring's edges crossed by a ray from the point towards
 * +longitude. A point exactly on an edge may land on either side, which does not matter for
 * polygons simplified to about 150 m.
 */
export function pointInRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
export function pointInPolygon(lon: number, lat: number, polygon: PolygonCoordinates): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !pointInRing(lon, lat, outer)) return false;
  return !holes.some((hole) => pointInRing(lon, lat, hole));
}

/** A MultiPolygon is the union of its parts: inside any part is inside. */
export function pointInGeometry(lon: number, lat: number, geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).some((polygon) => pointInPolygon(lon, lat, polygon));
}

export function boundingBox(geometry: AreaGeometry): BoundingBox {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const polygon of polygonsOf(geometry)) {
    // The outer ring bounds its holes.
    for (const [lon, lat] of polygon[0] ?? []) {
      if (lon < box.minLon) box.minLon = lon;
      if (lon > box.maxLon) box.maxLon = lon;
      if (lat < box.minLat) box.minLat = lat;
      if (lat > box.maxLat) box.maxLat = lat;
    }
  }
  return box;
}

/** Area in square degrees (shoelace), outer ring minus holes: only to compare polygons. */
export function planarArea(geometry: AreaGeometry): number {
  const ringArea = (ring: Ring) => {
    let sum = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
      sum += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
    return Math.abs(sum) / 2;
  };
  let area = 0;
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    area += outer ? ringArea(outer) : 0;
    for (const hole of holes) area -= ringArea(hole);
  }
  return area;
}

/** Several shapes of one unit (e.g. a ward that absorbed a neighbour) as one MultiPolygon. */
export function mergeGeometries(geometries: AreaGeometry[]): AreaGeometry {
  if (geometries.length === 1) return geometries[0]!;
  return { type: 'MultiPolygon', coordinates: geometries.flatMap(polygonsOf) };
}

function checkRing(value: unknown): string | null {
  if (!Array.isArray(value) || value.length < 4) return 'a ring needs at least 4 positions';
  for (const p of value) {
    if (!Array.isArray(p) || p.length < 2) return 'a position is [longitude, latitude]';
    const [lon, lat] = p as unknown[];
    if (
      typeof lon !== 'number' ||
      typeof lat !== 'number' ||
      !Number.isFinite(lon) ||
      !Number.isFinite(lat)
    ) {
      return 'coordinates must be numbers';
    }
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
      return `position [${lon}, ${lat}] is not longitude, latitude`;
  }
  const first = value[0] as number[];
  const last = value[value.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return 'a ring must end where it starts (RFC 7946 3.1.6)';
  return null;
}

function checkPolygon(value: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0) return 'a polygon needs an outer ring';
  for (const ring of value) {
    const problem = checkRing(ring);
    if (problem) return problem;
  }
  return null;
}

/** Checks a GeoJSON geometry is a Polygon or MultiPolygon; returns it typed, or what is wrong. */
export function parseAreaGeometry(value: unknown): { geometry: AreaGeometry } | { problem: string } {
  if (!value || typeof value !== 'object') return { problem: 'no geometry' };
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') {
    const problem = checkPolygon(coordinates);
    return problem ? { problem } : { geometry: { type, coordinates: coordinates as PolygonCoordinates } };
  }
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0)
      return { problem: 'a MultiPolygon needs polygons' };
    for (const polygon of coordinates) {
      const problem = checkPolygon(polygon);
      if (problem) return { problem };
    }
    return { geometry: { type, coordinates: coordinates as PolygonCoordinates[] } };
  }
  return { problem: `geometry type must be Polygon or MultiPolygon (got ${String(type)})` };
}
