import type { DayNumber } from '@antt/shared';
import { boundingBox, pointInGeometry, type AreaGeometry, type BoundingBox } from '../lib/geometry.ts';
import { COMMUNE_TYPE_WEIGHT } from './incident-calibration.ts';
import type { SeededRandom } from './seeded-random.ts';

// Where synthetic incidents happen: commune versions, each weighted by its residents, so that a
// province's incidents follow its population and a commune's series runs on across the 2025
// reform (a new commune carries the weight of the old ones merged into it). The same places
// feed the demo seed (unit versions read from the database) and the bench files (read from
// data/units), so both draw from one model.

export type PlaceUnit = {
  /** A stable key: the unit version's id in a database, `code@validFrom` in a file. */
  key: string;
  code: string;
  name: string;
  /** "Phường", "Xã", "Thị trấn", "Đặc khu". */
  type: string;
  provinceCode: string;
  validFrom: DayNumber;
  validTo: DayNumber | null;
  /** The commune's polygon, when one is shipped; points are drawn inside it. */
  geometry: AreaGeometry | null;
};

export type PlaceSuccession = { fromKey: string; toKey: string; weight: number };

export type SyntheticPlace = PlaceUnit & {
  /** Residents the place stands for (relative: only proportions matter). */
  weight: number;
  /** The former province whose figures the place carries (its own province before 2025). */
  region: string;
  box: BoundingBox | null;
};

/** A commune's residents when no population is known for its province. */
const DEFAULT_COMMUNE_RESIDENTS = 10_000;

/**
 * Weighs the places. A commune with no predecessor among the units gets a share of its
 * province's population by its type (wards are denser than rural communes); a commune formed
 * by a succession inherits the weights passed on to it.
 */
export function weighPlaces(
  units: readonly PlaceUnit[],
  successions: readonly PlaceSuccession[],
  provincePopulation: Readonly<Record<string, number>>,
): SyntheticPlace[] {
  const ordered = [...units].sort((a, b) => a.validFrom - b.validFrom || a.code.localeCompare(b.code));
  const known = new Set(ordered.map((u) => u.key));
  const incoming = new Map<string, PlaceSuccession[]>();
  for (const s of successions) {
    if (!known.has(s.fromKey) || !known.has(s.toKey)) continue;
    incoming.set(s.toKey, [...(incoming.get(s.toKey) ?? []), s]);
  }

  const placed = new Map<string, SyntheticPlace>();
  const roots = ordered.filter((u) => !incoming.has(u.key));
  const groups = new Map<string, PlaceUnit[]>();
  for (const u of roots) {
    const group = `${u.provinceCode}|${u.validFrom}`;
    groups.set(group, [...(groups.get(group) ?? []), u]);
  }
  for (const members of groups.values()) {
    const raw = members.map((u) => COMMUNE_TYPE_WEIGHT[u.type] ?? 1);
    const rawTotal = raw.reduce((a, b) => a + b, 0);
    const population = provincePopulation[members[0]!.provinceCode];
    members.forEach((u, i) => {
      const weight = population ? (population * raw[i]!) / rawTotal : raw[i]! * DEFAULT_COMMUNE_RESIDENTS;
      placed.set(u.key, place(u, weight, u.provinceCode));
    });
  }
  // Successors after their predecessors: the units are in order of their first day.
  for (const u of ordered) {
    const parts = incoming.get(u.key);
    if (!parts) continue;
    let weight = 0;
    let region = u.provinceCode;
    let heaviest = -1;
    for (const s of parts) {
      const from = placed.get(s.fromKey);
      if (!from) continue;
      const share = from.weight * s.weight;
      weight += share;
      if (share > heaviest) {
        heaviest = share;
        region = from.region;
      }
    }
    placed.set(u.key, place(u, weight, region));
  }
  return ordered.map((u) => placed.get(u.key)!).filter((p) => p.weight > 0);
}

function place(u: PlaceUnit, weight: number, region: string): SyntheticPlace {
  return { ...u, weight, region, box: u.geometry ? boundingBox(u.geometry) : null };
}

/** Six decimals of a degree: about 0.1 m, finer than any simplified polygon. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * A point inside the place's polygon by rejection sampling in its bounding box; null after
 * `attempts` misses (a sliver of a commune) or when the place has no polygon.
 */
export function pointIn(
  placeToSample: SyntheticPlace,
  random: SeededRandom,
  attempts = 40,
): { lon: number; lat: number } | null {
  const { geometry, box } = placeToSample;
  if (!geometry || !box) return null;
  for (let i = 0; i < attempts; i++) {
    const lon = round6(box.minLon + random.next() * (box.maxLon - box.minLon));
    const lat = round6(box.minLat + random.next() * (box.maxLat - box.minLat));
    // Checked after rounding, so the stored point itself lies inside.
    if (pointInGeometry(lon, lat, geometry)) return { lon, lat };
  }
  return null;
}
