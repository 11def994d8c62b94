import { vnDayOf, type DayNumber } from '@antt/shared';
import { DomainError, validationError } from '../errors/domain-error.ts';
import { AdminUnitRepository, type AdminUnitView } from '../repositories/admin-unit.repository.ts';
import { isValidOn, resolveUnitVersion } from './admin-unit-resolution.ts';
import type { AdminUnitService } from './admin-unit.service.ts';
import type { JurisdictionService } from './jurisdiction.service.ts';
import type { ServiceDeps } from './service-deps.ts';

// Which unit versions feed a unit's figure on a hierarchy date, and with what weight
// (shared/DESIGN.md section 4). A version valid on that date counts whole for the unit whose
// subtree holds it; an older (or newer) version is carried through the successions: a merged
// commune wholly, a split one by its shares. So a 2026 figure of Phường Sóc Trăng compares
// with the 2025 figures of the communes it was made from.

/** How the share of one version spreads over the units of a hierarchy date. */
type Distribution = Map<string, number>;

const CACHE_LIMIT = 50_000;
/** Units change rarely (an import, a reform); a plan is reused for a minute. */
const PLAN_TTL_MS = 60_000;

export type GeographyPlan = {
  children: AdminUnitView[];
  /** Target unit id → (unit version id → weight). */
  weights: Map<string, Map<string, number>>;
  /** Every version whose facts may count. */
  ids: string[];
};

export class IndicatorGeography {
  private readonly distributions = new Map<string, Promise<Distribution>>();
  private readonly plans = new Map<string, { at: number; plan: Promise<GeographyPlan> }>();
  private readonly units: AdminUnitRepository;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly adminUnits: AdminUnitService,
    private readonly jurisdiction: JurisdictionService,
  ) {
    this.units = new AdminUnitRepository(deps.db, deps.dialect);
  }

  /** The unit version a code names on the hierarchy date; a validation error on `unit` otherwise. */
  async unitOn(code: string, day: DayNumber): Promise<AdminUnitView> {
    try {
      return await resolveUnitVersion(this.units, code, day);
    } catch (e) {
      if (e instanceof DomainError) throw validationError([{ path: 'unit', message: e.message }], e.message);
      throw e;
    }
  }

  /** The unit's (and with a breakdown its children's) weights on the day, cached for a minute. */
  plan(unit: AdminUnitView, day: DayNumber, breakdown: boolean): Promise<GeographyPlan> {
    const key = `${unit.id}|${day}|${breakdown}`;
    const now = this.deps.clock.now().getTime();
    const hit = this.plans.get(key);
    if (hit && now - hit.at < PLAN_TTL_MS) return hit.plan;
    if (this.plans.size > 1_000) this.plans.clear();
    const plan = (async () => {
      const children = breakdown ? await this.childrenOn(unit, day) : [];
      const candidates = await this.candidates(unit, day);
      const weights = await this.weights([unit, ...children], candidates, day);
      return { children, weights, ids: candidates.map((c) => c.id) };
    })();
    plan.catch(() => this.plans.delete(key));
    this.plans.set(key, { at: now, plan });
    return plan;
  }

  /** Forget cached plans and distributions (after units or successions change). */
  invalidate(): void {
    this.plans.clear();
    this.distributions.clear();
  }

  childrenOn(unit: AdminUnitView, day: DayNumber): Promise<AdminUnitView[]> {
    return this.units.childrenOn(unit.id, day);
  }

  /** Every version (any date) whose facts may reach the unit on the day. */
  async candidates(unit: AdminUnitView, day: DayNumber): Promise<AdminUnitView[]> {
    const ids = new Set(await this.jurisdiction.areaOfAdminUnit(unit.id, unit.province_code));
    const today = vnDayOf(this.deps.clock.now());
    if (day < today) {
      // A past hierarchy also receives facts recorded under the units that replaced it.
      const mapping = await this.adminUnits.mapUnit(unit.code, day, today);
      for (const t of mapping.targets) {
        for (const id of await this.jurisdiction.areaOfAdminUnit(t.unit.id, t.unit.provinceCode)) ids.add(id);
      }
    }
    return this.units.findByIds([...ids]);
  }

  /**
   * Weight of each candidate version in the figure of each of the given target units (the unit
   * itself, or its children for a breakdown): target id → (version id → weight).
   */
  async weights(
    targets: AdminUnitView[],
    candidates: AdminUnitView[],
    day: DayNumber,
  ): Promise<Map<string, Map<string, number>>> {
    const subtree = new Map<string, Set<string>>();
    for (const t of targets) subtree.set(t.id, await this.subtreeOn(t, day));
    const out = new Map<string, Map<string, number>>(targets.map((t) => [t.id, new Map()]));
    for (const v of candidates) {
      const distribution = isValidOn(v, day) ? new Map([[v.id, 1]]) : await this.distribution(v, day);
      for (const t of targets) {
        const inside = subtree.get(t.id)!;
        let w = 0;
        for (const [unitId, share] of distribution) if (inside.has(unitId)) w += share;
        if (w > 0) out.get(t.id)!.set(v.id, w);
      }
    }
    return out;
  }

  /** The unit and everything below it that exists on the day. */
  private async subtreeOn(unit: AdminUnitView, day: DayNumber): Promise<Set<string>> {
    const inside = new Set([unit.id]);
    let frontier = [unit.id];
    for (let depth = 0; frontier.length > 0 && depth < 5; depth++) {
      const next: string[] = [];
      for (const id of frontier)
        for (const c of await this.units.childrenOn(id, day)) if (!inside.has(c.id)) next.push(c.id);
      for (const id of next) inside.add(id);
      frontier = next;
    }
    return inside;
  }

  private distribution(v: AdminUnitView, day: DayNumber): Promise<Distribution> {
    const key = `${v.id}|${day}`;
    let hit = this.distributions.get(key);
    if (!hit) {
      if (this.distributions.size > CACHE_LIMIT) this.distributions.clear();
      hit = this.computeDistribution(v, day);
      this.distributions.set(key, hit);
    }
    return hit;
  }

  private async computeDistribution(v: AdminUnitView, day: DayNumber): Promise<Distribution> {
    // Map from the day of the version nearest the hierarchy date.
    const from = v.valid_to !== null && v.valid_to < day ? v.valid_to : v.valid_from;
    const mapping = await this.adminUnits.mapUnit(v.code, from, day);
    return new Map(mapping.targets.map((t) => [t.unit.id, t.weight]));
  }
}
