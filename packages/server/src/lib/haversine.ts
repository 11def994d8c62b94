// Great-circle distance on a sphere of the Earth's mean radius (IUGG: 6,371,008.8 m). Good to
// a few metres over the distances a duplicate tip can be apart; exact geodesy is not needed.
const EARTH_RADIUS_M = 6_371_008.8;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Metres between two WGS84 points (longitude, latitude in degrees). */
export function haversineMeters(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}
