// A polygon per unit version. The bounding box lets a point look-up skip most polygons before
// the exact point-in-polygon test.
export type AdminUnitBoundaryTable = {
  id: string;
  unit_id: string;
  /** GeoJSON geometry (Polygon or MultiPolygon, WGS84) as text. */
  geometry: string;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
  label_lon: number | null;
  label_lat: number | null;
  /** 1 when the shape is approximate (e.g. 2025 communes dissolved from older polygons). */
  approximate: number;
  source: string;
};
