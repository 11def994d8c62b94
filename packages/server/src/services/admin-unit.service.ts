import { isoFromDay, type DayNumber } from '@antt/shared';
import type { AdminUnitLevel } from '../db/tables/admin-unit.ts';
import { DomainError, validationError } from '../errors/domain-error.ts';
import {
  AdminUnitRepository,
  type AdminUnitView,
  type SuccessionRow,
} from '../repositories/admin-unit.repository.ts';
import {
  assertDay,
  isValidOn,
  resolveUnitVersion,
  toAdminUnit,
  type AdminUnit,
} from './admin-unit-resolution.ts';
import { BoundaryService } from './boundary.service.ts';
import type { ServiceDeps } from './service-deps.ts';

export type { AdminUnit } from './admin-unit-resolution.ts';

// Administrative units over time (shared/DESIGN.md section 4). Admin units are reference data:
// every staff user may read all of them, so nothing here filters by jurisdiction.

export type UnitMappingTarget = { unit: AdminUnit; weight: number };

export type UnitMapping = {
  from: AdminUnit;
  fromDay: DayNumber;
  toDay: DayNumber;
  /** Units valid on toDay, heaviest first; the weights of a fully mapped unit add up to 1. */
  targets: UnitMappingTarget[];
  /** The share that reached no unit of toDay (no succession recorded). 0 when fully mapped. */
  unmappedWeight: number;
};

export type UnitSearch = {
  date: DayNumber;
  level?: AdminUnitLevel;
  parentCode?: string;
  provinceCode?: string;
  q?: string;
  limit: number;
};

/** The commune found at a point, and whether its polygon is only approximate. */
export type LocatedUnit = AdminUnit & { approximateBoundary: boolean };

const MAX_SEARCH_LIMIT = 500;
/** Weights below this are rounding dust from repeated splits, not a share of anything. */
const WEIGHT_EPSILON = 1e-9;

export class AdminUnitService {
  private readonly repo: AdminUnitRepository;
  private readonly boundaries: BoundaryService;

  constructor(deps: ServiceDeps) {
    this.repo = new AdminUnitRepository(deps.db, deps.dialect);
    this.boundaries = new BoundaryService(deps);
  }

  /** The version of `code` valid on `day`. */
  async unitAt(code: string, day: DayNumber): Promise<AdminUnit> {
    return toAdminUnit(await resolveUnitVersion(this.repo, code, day));
  }

  async getById(id: string): Promise<AdminUnit> {
    const row = await this.repo.findById(id);
    if (!row)
      throw new DomainError(
        'not_found',
        `Không tìm thấy đơn vị hành chính ${id} / administrative unit ${id} not found`,
      );
    return toAdminUnit(row);
  }

  /** The units directly under `code` on `day` (for a 2025 province: its communes). */
  async childrenAt(code: string, day: DayNumber): Promise<AdminUnit[]> {
    const parent = await resolveUnitVersion(this.repo, code, day);
    return (await this.repo.childrenOn(parent.id, day)).map(toAdminUnit);
  }

  /** Units valid on a date, for pickers: by level, parent, province and a name or code prefix. */
  async search(filter: UnitSearch): Promise<AdminUnit[]> {
    assertDay(filter.date, 'date');
    if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > MAX_SEARCH_LIMIT) {
      throw validationError([{ path: 'limit', message: `1 to ${MAX_SEARCH_LIMIT}` }]);
    }
    const parent = filter.parentCode
      ? await resolveUnitVersion(this.repo, filter.parentCode, filter.date)
      : undefined;
    const rows = await this.repo.search({
      day: filter.date,
      level: filter.level,
      parentId: parent?.id,
      provinceCode: filter.provinceCode,
      q: filter.q,
      limit: filter.limit,
    });
    return rows.map(toAdminUnit);
  }

  /**
   * Maps the unit `code` of `fromDay` onto the units of `toDay`, with weights.
   *
   * Forward (toDay ≥ fromDay): follow the successions that took effect by toDay, multiplying
   * weights (a merge passes weight 1; a split passes each part its share). A version that ended
   * with no successor — a district, whose level was abolished on 2025-07-01 — passes its weight
   * to its parent, so district 941 maps to province 92 through province 94.
   *
   * Backward (toDay < fromDay), e.g. a 2026 figure shown "as of 2024 units": follow the
   * successions that took effect after toDay in reverse. A unit formed from several is divided
   * among them by population share (each predecessor's latest population times the weight it
   * passed on) when every predecessor has a population, else by the weights alone — so
   * Phường Sóc Trăng divides among Phường 5, 6, 7 and 8 by their 2019 census populations, and
   * the new province 92 in three equal parts. A version with no predecessor passes its weight
   * to its parent, as forward.
   *
   * Whatever finds no unit of toDay is reported as unmappedWeight, never guessed.
   */
  async mapUnit(code: string, fromDay: DayNumber, toDay: DayNumber): Promise<UnitMapping> {
    assertDay(fromDay, 'from');
    assertDay(toDay, 'to');
    const start = await resolveUnitVersion(this.repo, code, fromDay);
    const reached = new Map<string, number>();
    const known = new Map<string, AdminUnitView>([[start.id, start]]);
    let unmappedWeight = 0;
    let frontier = new Map<string, number>([[start.id, 1]]);
    const forward = toDay >= fromDay;

    // Each round moves every pending share one step (succession or parent); the unit graph is
    // acyclic in time, and the round limit guards against a malformed cycle in imported data.
    for (let round = 0; frontier.size > 0; round++) {
      if (round > 64)
        throw new DomainError(
          'internal_error',
          `unit mapping of ${code} did not settle: the successions form a cycle`,
        );
      const pending = [...frontier.entries()].filter(([id, weight]) => {
        if (weight < WEIGHT_EPSILON) return false;
        const unit = known.get(id)!;
        if (isValidOn(unit, toDay)) {
          reached.set(id, (reached.get(id) ?? 0) + weight);
          return false;
        }
        return true;
      });
      const next = new Map<string, number>();
      const pass = (id: string, weight: number) => next.set(id, (next.get(id) ?? 0) + weight);
      const ids = pending.map(([id]) => id);
      const steps = forward
        ? await this.repo.successionsFrom(ids, toDay)
        : await this.repo.successionsInto(ids, toDay);
      const shares = forward ? forwardShares(steps) : await this.backwardShares(steps);
      const parents: [string, number][] = [];
      for (const [id, weight] of pending) {
        const out = shares.get(id);
        if (out?.length) {
          for (const s of out) pass(s.id, weight * s.share);
          continue;
        }
        const parentId = known.get(id)!.parent_id;
        if (parentId) parents.push([parentId, weight]);
        else unmappedWeight += weight;
      }
      for (const [parentId, weight] of parents) pass(parentId, weight);
      const unseen = [...next.keys()].filter((id) => !known.has(id));
      for (const row of await this.repo.findByIds(unseen)) known.set(row.id, row);
      frontier = next;
    }

    const targets = [...reached.entries()]
      .map(([id, weight]) => ({ unit: toAdminUnit(known.get(id)!), weight: roundWeight(weight) }))
      .sort((a, b) => b.weight - a.weight || a.unit.code.localeCompare(b.unit.code));
    return { from: toAdminUnit(start), fromDay, toDay, targets, unmappedWeight: roundWeight(unmappedWeight) };
  }

  /** Predecessors of each unit, with the share of the unit each one stands for. */
  private async backwardShares(
    steps: SuccessionRow[],
  ): Promise<Map<string, { id: string; share: number }[]>> {
    const populations = await this.repo.latestPopulations(steps.map((s) => s.from_id));
    const byTarget = new Map<string, SuccessionRow[]>();
    for (const s of steps) byTarget.set(s.to_id, [...(byTarget.get(s.to_id) ?? []), s]);
    const out = new Map<string, { id: string; share: number }[]>();
    for (const [to, preds] of byTarget) {
      const byPopulation = preds.every((p) => populations.has(p.from_id));
      const basis = preds.map((p) => p.weight * (byPopulation ? populations.get(p.from_id)!.population : 1));
      const total = basis.reduce((a, b) => a + b, 0);
      out.set(
        to,
        preds.map((p, i) => ({ id: p.from_id, share: total > 0 ? basis[i]! / total : 1 / preds.length })),
      );
    }
    return out;
  }

  /**
   * The commune whose polygon holds the point on the day. Only units with a shipped or imported
   * boundary can be found (Cần Thơ, Hậu Giang and Sóc Trăng before 2025, Cần Thơ after).
   */
  async communeAtPoint(lon: number, lat: number, day: DayNumber): Promise<LocatedUnit> {
    if (!Number.isFinite(lon) || lon < -180 || lon > 180 || !Number.isFinite(lat) || lat < -90 || lat > 90) {
      throw validationError([
        { path: Number.isFinite(lon) && lon >= -180 && lon <= 180 ? 'lat' : 'lon', message: 'out of range' },
      ]);
    }
    const found = await this.boundaries.locate(lon, lat, day, 'commune');
    if (!found) {
      throw new DomainError(
        'point_outside_units',
        `Điểm (${lon}, ${lat}) không nằm trong xã, phường nào có ranh giới vào ngày ${isoFromDay(day)} / the point (${lon}, ${lat}) lies in no commune with a known boundary on ${isoFromDay(day)}`,
        { lon, lat, date: isoFromDay(day) },
      );
    }
    return { ...(await this.getById(found.unitId)), approximateBoundary: found.approximate };
  }
}

function forwardShares(steps: SuccessionRow[]): Map<string, { id: string; share: number }[]> {
  const out = new Map<string, { id: string; share: number }[]>();
  for (const s of steps)
    out.set(s.from_id, [...(out.get(s.from_id) ?? []), { id: s.to_id, share: s.weight }]);
  return out;
}

/** Twelve significant decimals: products of shares like 1/3 print as people expect. */
function roundWeight(weight: number): number {
  return Math.round(weight * 1e12) / 1e12;
}
