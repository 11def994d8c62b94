import { isoFromDay, type DayNumber } from '@antt/shared';
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { AdminUnitBoundaryTable } from '../db/tables/admin-unit-boundary.ts';
import { DomainError, validationError, type FieldProblem } from '../errors/domain-error.ts';
import {
  boundingBox,
  mergeGeometries,
  parseAreaGeometry,
  planarArea,
  pointInGeometry,
  type AreaGeometry,
} from '../lib/geometry.ts';
import { newId } from '../lib/ids.ts';
import { AdminUnitRepository } from '../repositories/admin-unit.repository.ts';
import { BoundaryRepository } from '../repositories/boundary.repository.ts';
import { hasRole, type Actor } from './actor.ts';
import { assertDay, resolveUnitVersion } from './admin-unit-resolution.ts';
import type { ServiceDeps } from './service-deps.ts';

// Unit boundaries: polygons tied to one unit version each. A GeoJSON file is imported for one
// level and one date: each feature's code is resolved to the version valid on that date, so the
// same code (e.g. 31507) lands on Phường 6 for a 2024 file and on Phường Sóc Trăng for a 2025 one.

export type BoundaryLevel = 'district' | 'commune';

export const MAX_BOUNDARY_FEATURES = 20_000;

export type BoundaryImportInput = {
  geojson: unknown;
  level: BoundaryLevel;
  /** The day on which the features' codes are resolved to unit versions. */
  validFrom: DayNumber;
  /** Property holding the unit code; by default the first of BOUNDARY_CODE_PROPERTIES present. */
  codeProperty?: string;
  source: string;
  approximate?: boolean;
  /** Only features whose `provinceProperty` is one of these provinces (restricted imports). */
  provinces?: readonly string[];
  provinceProperty?: string;
};

export type UnmatchedFeature = { feature: number; code: string | null; reason: string };

export type BoundaryImportReport = {
  features: number;
  /** Unit versions that got a boundary from this file. */
  units: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Features left out because their province was not asked for. */
  skipped: number;
  unmatched: UnmatchedFeature[];
};

/** Where a code is usually found, in order, when the caller does not name the property. */
export function defaultCodeProperties(level: BoundaryLevel): string[] {
  return level === 'commune'
    ? ['code', 'commune_code', 'ma_xa', 'level3_id', 'commune_code_pre2025']
    : ['code', 'district_code', 'ma_huyen', 'level2_id', 'district_code_pre2025'];
}

export type LocatedBoundary = { unitId: string; approximate: boolean };

export type BoundaryFeature = {
  type: 'Feature';
  id: string;
  properties: {
    id: string;
    code: string;
    name: string;
    type: string;
    level: string;
    approximate: boolean;
    labelLon: number | null;
    labelLat: number | null;
  };
  geometry: AreaGeometry;
};
export type BoundaryCollection = { type: 'FeatureCollection'; features: BoundaryFeature[] };

type Feature = { type?: unknown; properties?: Record<string, unknown> | null; geometry?: unknown };

function codeOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string' && value.trim()) return value.trim();
  return null;
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function assertMayImport(actor: Actor): void {
  if (actor.kind === 'cli' || actor.kind === 'system' || hasRole(actor, 'admin')) return;
  throw new DomainError(
    'forbidden',
    'Chỉ quản trị viên được nạp dữ liệu tham chiếu / only an administrator may import reference data',
  );
}

export class BoundaryService {
  private readonly repo: BoundaryRepository;
  private readonly units: AdminUnitRepository;

  constructor(private readonly deps: ServiceDeps) {
    this.repo = new BoundaryRepository(deps.db);
    this.units = new AdminUnitRepository(deps.db, deps.dialect);
  }

  /** Imports one GeoJSON FeatureCollection in its own transaction, with one audit event. */
  async importGeoJson(actor: Actor, input: BoundaryImportInput): Promise<BoundaryImportReport> {
    assertMayImport(actor);
    return this.deps.db.transaction().execute(async (trx) => {
      const report = await this.importInto(trx, input);
      if (report.inserted + report.updated > 0) {
        await this.deps.audit.record(trx, actor, {
          action: 'admin_unit_boundaries.imported',
          entityType: 'admin_unit_boundary',
          details: {
            level: input.level,
            validFrom: isoFromDay(input.validFrom),
            source: input.source,
            features: report.features,
            inserted: report.inserted,
            updated: report.updated,
            unmatched: report.unmatched.length,
          },
        });
      }
      return report;
    });
  }

  /**
   * The import itself, inside the caller's transaction (the unit import loads the shipped
   * boundaries in the same transaction as the units). Malformed geometry refuses the whole
   * file; features whose code names no unit on the date are reported and left out.
   */
  async importInto(trx: Kysely<DB>, input: BoundaryImportInput): Promise<BoundaryImportReport> {
    assertDay(input.validFrom, 'validFrom');
    const features = this.featuresOf(input.geojson);
    const problems: FieldProblem[] = [];
    const unmatched: UnmatchedFeature[] = [];
    const candidates: {
      index: number;
      code: string;
      geometry: AreaGeometry;
      properties: Record<string, unknown>;
    }[] = [];
    const wanted = input.provinces ? new Set(input.provinces) : null;
    let skipped = 0;
    const properties = input.codeProperty ? [input.codeProperty] : defaultCodeProperties(input.level);

    features.forEach((feature, index) => {
      const props = feature.properties ?? {};
      if (wanted && input.provinceProperty && !wanted.has(codeOf(props[input.provinceProperty]) ?? '')) {
        skipped += 1;
        return;
      }
      const parsed = parseAreaGeometry(feature.geometry);
      if ('problem' in parsed) {
        problems.push({ path: `features[${index}].geometry`, message: parsed.problem });
        return;
      }
      const property = properties.find((p) => codeOf(props[p]) !== null);
      const code = property ? codeOf(props[property]) : null;
      if (!code) {
        unmatched.push({
          feature: index,
          code: null,
          reason: `no code in properties ${properties.join(', ')}`,
        });
        return;
      }
      candidates.push({ index, code, geometry: parsed.geometry, properties: props });
    });
    if (problems.length) {
      throw validationError(
        problems.slice(0, 50),
        `Tệp GeoJSON có ${problems.length} hình không hợp lệ, không nạp gì / ${problems.length} invalid geometries; nothing imported`,
      );
    }

    const units = new AdminUnitRepository(trx, this.deps.dialect);
    const valid = await units.validOnDay(
      candidates.map((c) => c.code),
      input.validFrom,
      input.level,
    );
    const byCode = new Map(valid.map((u) => [u.code, u]));
    const date = isoFromDay(input.validFrom);
    const perUnit = new Map<string, typeof candidates>();
    for (const c of candidates) {
      const unit = byCode.get(c.code);
      if (!unit) {
        unmatched.push({
          feature: c.index,
          code: c.code,
          reason: `no ${input.level} with code ${c.code} on ${date}`,
        });
        continue;
      }
      perUnit.set(unit.id, [...(perUnit.get(unit.id) ?? []), c]);
    }

    const boundaries = new BoundaryRepository(trx);
    const existing = new Map((await boundaries.ofUnits([...perUnit.keys()])).map((b) => [b.unit_id, b]));
    const inserts: Insertable<AdminUnitBoundaryTable>[] = [];
    let updated = 0;
    let unchanged = 0;
    for (const [unitId, parts] of perUnit) {
      const geometry = mergeGeometries(parts.map((p) => p.geometry));
      // Several features of one unit (units dissolved into a neighbour): the label point of the
      // largest part stands for the unit.
      const largest = parts.reduce((a, b) => (planarArea(b.geometry) > planarArea(a.geometry) ? b : a));
      const box = boundingBox(geometry);
      const row = {
        unit_id: unitId,
        geometry: JSON.stringify(geometry),
        min_lon: box.minLon,
        min_lat: box.minLat,
        max_lon: box.maxLon,
        max_lat: box.maxLat,
        label_lon: finite(largest.properties.label_lon),
        label_lat: finite(largest.properties.label_lat),
        approximate: input.approximate ? 1 : 0,
        source: input.source,
      };
      const old = existing.get(unitId);
      if (!old) {
        inserts.push({ id: newId(), ...row });
      } else if (
        old.geometry !== row.geometry ||
        old.approximate !== row.approximate ||
        old.source !== row.source ||
        old.label_lon !== row.label_lon ||
        old.label_lat !== row.label_lat
      ) {
        await boundaries.update(old.id, row);
        updated += 1;
      } else {
        unchanged += 1;
      }
    }
    await boundaries.insertMany(inserts);
    return {
      features: features.length,
      units: perUnit.size,
      inserted: inserts.length,
      updated,
      unchanged,
      skipped,
      unmatched: unmatched.sort((a, b) => a.feature - b.feature),
    };
  }

  private featuresOf(geojson: unknown): Feature[] {
    const collection = geojson as { type?: unknown; features?: unknown } | null;
    if (!collection || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
      throw validationError(
        [{ path: 'type', message: 'must be a GeoJSON FeatureCollection' }],
        'Tệp không phải GeoJSON FeatureCollection / not a GeoJSON FeatureCollection',
      );
    }
    if (collection.features.length > MAX_BOUNDARY_FEATURES) {
      throw validationError(
        [{ path: 'features', message: `at most ${MAX_BOUNDARY_FEATURES} features` }],
        `Quá nhiều đối tượng (${collection.features.length}) / too many features`,
      );
    }
    return collection.features as Feature[];
  }

  /**
   * The unit of the level whose polygon holds the point on the day, or null. The bounding-box
   * columns narrow the candidates; where simplified neighbours overlap, the one whose label
   * point is nearest wins.
   */
  async locate(
    lon: number,
    lat: number,
    day: DayNumber,
    level: BoundaryLevel = 'commune',
  ): Promise<LocatedBoundary | null> {
    assertDay(day, 'date');
    const hits = (await this.repo.boxesHolding(lon, lat, level, day)).filter((b) =>
      pointInGeometry(lon, lat, JSON.parse(b.geometry) as AreaGeometry),
    );
    if (hits.length === 0) return null;
    const distance = (b: (typeof hits)[number]) =>
      b.label_lon === null || b.label_lat === null
        ? Infinity
        : (b.label_lon - lon) ** 2 + (b.label_lat - lat) ** 2;
    const best = hits.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    return { unitId: best.unit_id, approximate: best.approximate === 1 };
  }

  /** The boundaries of one province's units of a level on a day, as GeoJSON for maps. */
  async geojsonFor(provinceCode: string, level: BoundaryLevel, day: DayNumber): Promise<BoundaryCollection> {
    const province = await resolveUnitVersion(this.units, provinceCode, day);
    if (province.level !== 'province') {
      throw validationError(
        [{ path: 'province', message: `${provinceCode} is a ${province.level}, not a province` }],
        `Mã ${provinceCode} không phải tỉnh / ${provinceCode} is not a province`,
      );
    }
    const rows = await this.repo.ofProvince(provinceCode, level, day);
    return {
      type: 'FeatureCollection',
      features: rows.map((r) => ({
        type: 'Feature',
        id: r.unit_id,
        properties: {
          id: r.unit_id,
          code: r.code,
          name: r.name,
          type: r.type,
          level: r.level,
          approximate: r.approximate === 1,
          labelLon: r.label_lon,
          labelLat: r.label_lat,
        },
        geometry: JSON.parse(r.geometry) as AreaGeometry,
      })),
    };
  }
}
