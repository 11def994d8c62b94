import fs from 'node:fs';
import path from 'node:path';
import { seriousnessOf, type DayNumber } from '@antt/shared';
import {
  mergeGeometries,
  parseAreaGeometry,
  type AreaGeometry,
} from '../../packages/server/src/lib/geometry.ts';
import { readShippedClauses } from '../../packages/server/src/reference-data/shipped-catalogues.ts';
import { DEFAULT_DATA_DIR, readShippedData } from '../../packages/server/src/reference-data/shipped-data.ts';
import { PROVINCE_POPULATION_2019 } from '../../packages/server/src/seed/incident-calibration.ts';
import type { ClauseLookup } from '../../packages/server/src/seed/synthetic-incidents.ts';
import {
  weighPlaces,
  type PlaceSuccession,
  type PlaceUnit,
  type SyntheticPlace,
} from '../../packages/server/src/seed/synthetic-places.ts';

// The places and the catalogue a bench file is drawn from, read from the shipped reference data
// (data/units, data/geo, data/catalogues) — the same files `antt serve --demo` loads — so every
// row names a commune code valid on its day and a clause in the catalogue without a database.
// Which provinces to cover is a parameter: the demo province now, the whole country later.

export type PlaceScope = {
  /** Provinces (pre-2025 codes) whose communes hold incidents before 1 July 2025. */
  before2025: readonly string[];
  /** Provinces (2025 codes) whose communes hold incidents from 1 July 2025. */
  from2025: readonly string[];
  /** Residents per province code; provinces not listed get a default per commune. */
  population?: Readonly<Record<string, number>>;
};

/** Cần Thơ as the demo seeds it: the old Cần Thơ, Hậu Giang and Sóc Trăng, then the new city. */
export const DEMO_PROVINCE_SCOPE: PlaceScope = {
  before2025: ['92', '93', '94'],
  from2025: ['92'],
  population: PROVINCE_POPULATION_2019,
};

const REFORM_DAY = 20250701;
const keyOf = (code: string, validFrom: DayNumber) => `${code}@${validFrom}`;

export function shippedPlaces(scope: PlaceScope, dataDir: string = DEFAULT_DATA_DIR): SyntheticPlace[] {
  const data = readShippedData(dataDir);
  const before = new Set(scope.before2025);
  const after = new Set(scope.from2025);
  const communes = data.units.filter(
    (u) =>
      u.level === 'commune' &&
      (u.validFrom < REFORM_DAY ? before.has(u.provinceCode) : after.has(u.provinceCode)),
  );
  const byCode = new Map<string, typeof communes>();
  for (const u of communes) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);

  // Each polygon belongs to the version its code names on the file's own day.
  const parts = new Map<string, AreaGeometry[]>();
  for (const entry of data.boundaryFiles.filter((e) => e.level === 'commune')) {
    const day = Number(entry.validFrom.replaceAll('-', ''));
    const collection = JSON.parse(fs.readFileSync(path.join(dataDir, 'geo', entry.file), 'utf8')) as {
      features: { properties: Record<string, unknown>; geometry: unknown }[];
    };
    for (const feature of collection.features) {
      const code = String(feature.properties[entry.codeProperty] ?? '');
      const unit = byCode
        .get(code)
        ?.find((u) => u.validFrom <= day && (u.validTo === null || u.validTo >= day));
      const parsed = parseAreaGeometry(feature.geometry);
      if (!unit || 'problem' in parsed) continue;
      const key = keyOf(unit.code, unit.validFrom);
      parts.set(key, [...(parts.get(key) ?? []), parsed.geometry]);
    }
  }

  const units: PlaceUnit[] = communes.map((u) => {
    const key = keyOf(u.code, u.validFrom);
    const shapes = parts.get(key);
    return {
      key,
      code: u.code,
      name: u.name,
      type: u.type,
      provinceCode: u.provinceCode,
      validFrom: u.validFrom,
      validTo: u.validTo,
      geometry: shapes ? mergeGeometries(shapes) : null,
    };
  });
  const successions: PlaceSuccession[] = data.successions.map((s) => ({
    fromKey: keyOf(s.fromCode, s.fromValidFrom),
    toKey: keyOf(s.toCode, s.toValidFrom),
    weight: s.weight,
  }));
  return weighPlaces(units, successions, scope.population ?? {});
}

/** The shipped Penal Code catalogue (in force from 2018) as a clause lookup. */
export function shippedClauseLookup(dataDir: string = DEFAULT_DATA_DIR): ClauseLookup {
  const clauses = new Map(
    readShippedClauses(dataDir).map((c) => [
      `${c.article}.${c.clause}`,
      { seriousness: seriousnessOf(c.maxPenalty, c.maxPrisonYears), group: c.crimeGroup },
    ]),
  );
  return (article, clause) => clauses.get(`${article}.${clause}`) ?? null;
}
