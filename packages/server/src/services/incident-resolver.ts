import { isoFromDay, type DayNumber } from '@antt/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { FieldProblem } from '../errors/domain-error.ts';
import { AdminUnitRepository, type AdminUnitView } from '../repositories/admin-unit.repository.ts';
import { BoundaryRepository } from '../repositories/boundary.repository.ts';
import { PoliceUnitRepository, type PoliceUnitListRow } from '../repositories/police-unit.repository.ts';
import { TipRoutingRepository } from '../repositories/tip-routing.repository.ts';
import type { AdminUnitService } from './admin-unit.service.ts';
import { isValidOn } from './admin-unit-resolution.ts';
import { pointInGeometry, type AreaGeometry } from '../lib/geometry.ts';
import type { DialectName } from '../db/dialect.ts';

// Where an incident happened and who owns it (shared/DESIGN.md sections 4 and 5.3). A commune
// code is resolved by the incident's own date — an old code for a 2024 incident, a new one for
// 2026 — and a code that did not exist on that date is a problem, never a guess. A map point
// finds its commune by point-in-polygon; a point outside every commune is a problem too.
// One resolver serves one request or one whole import, so its caches make an import of
// 100,000 rows cost a few hundred look-ups, not 100,000.

export type ResolvedPlace = { commune: AdminUnitView; lon: number | null; lat: number | null };

export type PlaceInput = { communeCode?: string; lon?: number; lat?: number };

export class IncidentResolver {
  private readonly units: AdminUnitRepository;
  private readonly police: PoliceUnitRepository;
  private readonly versions = new Map<string, AdminUnitView[]>();
  private readonly owners = new Map<string, Promise<PoliceUnitListRow | null>>();
  private readonly policeById = new Map<string, Promise<PoliceUnitListRow | undefined>>();
  private readonly policeByCode = new Map<string, Promise<PoliceUnitListRow | undefined>>();
  private readonly boundaryPresence = new Map<string, Promise<boolean>>();
  private polygons:
    | Promise<
        (Awaited<ReturnType<BoundaryRepository['allOfLevel']>>[number] & {
          parsed: AreaGeometry | undefined;
        })[]
      >
    | undefined;

  constructor(
    private readonly db: Kysely<DB>,
    dialect: DialectName,
    private readonly adminUnits: AdminUnitService,
    private readonly today: DayNumber,
  ) {
    this.units = new AdminUnitRepository(db, dialect);
    this.police = new PoliceUnitRepository(db);
  }

  /** Every version of each code, loaded in one go (an import calls this with all its codes first). */
  async preloadCodes(codes: readonly string[]): Promise<void> {
    const missing = [...new Set(codes)].filter((c) => !this.versions.has(c));
    if (missing.length === 0) return;
    for (const c of missing) this.versions.set(c, []);
    for (const v of await this.units.versionsOfCodes(missing)) this.versions.get(v.code)!.push(v);
  }

  /** The commune of the incident, from its code and/or map point, on its day; or the problems. */
  async place(input: PlaceInput, day: DayNumber): Promise<ResolvedPlace | FieldProblem[]> {
    let commune: AdminUnitView | null = null;
    if (input.communeCode) {
      await this.preloadCodes([input.communeCode]);
      const versions = this.versions.get(input.communeCode) ?? [];
      const version = versions.find((v) => isValidOn(v, day));
      if (versions.length === 0) {
        return [
          {
            path: 'communeCode',
            message: `không có xã, phường mã ${input.communeCode} / no commune has code ${input.communeCode}`,
          },
        ];
      }
      if (!version) {
        const spans = versions
          .map(
            (v) =>
              `${v.name} ${isoFromDay(v.valid_from)}..${v.valid_to === null ? '' : isoFromDay(v.valid_to)}`,
          )
          .join('; ');
        return [
          {
            path: 'communeCode',
            message: `mã ${input.communeCode} không có hiệu lực ngày ${isoFromDay(day)} / code ${input.communeCode} did not exist on ${isoFromDay(day)} (${spans})`,
          },
        ];
      }
      if (version.level !== 'commune') {
        return [
          {
            path: 'communeCode',
            message: `${input.communeCode} là ${version.type} ${version.name}, không phải xã, phường / is not a commune`,
          },
        ];
      }
      commune = version;
    }
    if (input.lon === undefined || input.lat === undefined) {
      return commune
        ? { commune, lon: null, lat: null }
        : [{ path: 'communeCode', message: 'give the commune or a map point' }];
    }
    const found = await this.locate(input.lon, input.lat, day);
    // With no boundaries loaded for the commune's province that day there is nothing to check
    // the point against: the commune named by code stands and the point is kept as given.
    if (!found && commune && !(await this.provinceHasBoundaries(commune.province_code, day))) {
      return { commune, lon: input.lon, lat: input.lat };
    }
    if (!found) {
      return [
        {
          path: 'lon',
          message: `điểm (${input.lon}, ${input.lat}) nằm ngoài địa giới các xã, phường của tỉnh vào ngày ${isoFromDay(day)} / the point lies outside every commune of the province on ${isoFromDay(day)}`,
        },
      ];
    }
    if (!commune) {
      const unit = await this.units.findById(found.unitId);
      if (!unit) return [{ path: 'lon', message: 'the commune of that point is gone' }];
      commune = unit;
    }
    return { commune, lon: input.lon, lat: input.lat };
  }

  /**
   * The commune whose polygon holds the point on the day — the rule of BoundaryService.locate
   * (bounding box, exact test, nearest label point where simplified neighbours overlap) — over
   * the commune polygons loaded once per resolver, so an import of many points makes one query.
   */
  private async locate(lon: number, lat: number, day: DayNumber): Promise<{ unitId: string } | null> {
    this.polygons ??= new BoundaryRepository(this.db)
      .allOfLevel('commune')
      .then((rows) => rows.map((r) => ({ ...r, parsed: undefined as AreaGeometry | undefined })));
    const hits = (await this.polygons).filter(
      (b) =>
        b.valid_from <= day &&
        (b.valid_to === null || b.valid_to >= day) &&
        b.min_lon <= lon &&
        b.max_lon >= lon &&
        b.min_lat <= lat &&
        b.max_lat >= lat &&
        pointInGeometry(lon, lat, (b.parsed ??= JSON.parse(b.geometry) as AreaGeometry)),
    );
    if (hits.length === 0) return null;
    const distance = (b: (typeof hits)[number]) =>
      b.label_lon === null || b.label_lat === null
        ? Infinity
        : (b.label_lon - lon) ** 2 + (b.label_lat - lat) ** 2;
    return { unitId: hits.reduce((a, b) => (distance(b) < distance(a) ? b : a)).unit_id };
  }

  private provinceHasBoundaries(provinceCode: string, day: DayNumber): Promise<boolean> {
    const key = `${provinceCode}|${day}`;
    let hit = this.boundaryPresence.get(key);
    if (!hit) {
      hit = new BoundaryRepository(this.db).provinceHasAny(provinceCode, 'commune', day);
      this.boundaryPresence.set(key, hit);
    }
    return hit;
  }

  /**
   * The police unit that answers for a commune version today: the commune police of its
   * present-day successor, or the provincial police of that province.
   */
  ownerOf(commune: AdminUnitView, day: DayNumber): Promise<PoliceUnitListRow | null> {
    let hit = this.owners.get(commune.id);
    if (!hit) {
      hit = this.findOwner(commune, day);
      this.owners.set(commune.id, hit);
    }
    return hit;
  }

  private async findOwner(commune: AdminUnitView, day: DayNumber): Promise<PoliceUnitListRow | null> {
    let current: { id: string; provinceCode: string } | null = isValidOn(commune, this.today)
      ? { id: commune.id, provinceCode: commune.province_code }
      : null;
    if (!current) {
      const mapping = await this.adminUnits.mapUnit(commune.code, day, this.today);
      const target = mapping.targets.find((t) => t.unit.level === 'commune')?.unit;
      current = target ? { id: target.id, provinceCode: target.provinceCode } : null;
    }
    if (!current) return null;
    const routing = new TipRoutingRepository(this.db);
    const [communePolice] = await routing.unitsCovering(current.id, 'commune_police');
    if (communePolice) return (await this.policeUnit(communePolice.id)) ?? null;
    const [provincial] = await routing.unitsOfKindInProvince(current.provinceCode, 'provincial_police');
    return provincial ? ((await this.policeUnit(provincial.id)) ?? null) : null;
  }

  policeUnit(id: string): Promise<PoliceUnitListRow | undefined> {
    let hit = this.policeById.get(id);
    if (!hit) {
      hit = this.police.findById(id);
      this.policeById.set(id, hit);
    }
    return hit;
  }

  policeUnitByCode(code: string): Promise<PoliceUnitListRow | undefined> {
    let hit = this.policeByCode.get(code);
    if (!hit) {
      hit = this.police.findByCode(code);
      this.policeByCode.set(code, hit);
    }
    return hit;
  }
}
