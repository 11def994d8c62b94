import { NATION_WIDE_ROLES, PROVINCE_WIDE_ROLES, type Role } from '@antt/shared';
import { JurisdictionRepository } from '../repositories/jurisdiction.repository.ts';
import type { Jurisdiction } from './actor.ts';
import type { ServiceDeps } from './service-deps.ts';

// The one jurisdiction filter (shared/DESIGN.md section 5.1). A user sees the facts placed in
// the administrative units inside their police unit's area. Because units change over time,
// "inside" covers every version: the subtree of the unit today, every predecessor of any unit
// in it (a 2024 fact of Phường 5 belongs to today's Phường Sóc Trăng), and their subtrees.
// A predecessor that was split counts as inside when any part of it became ours: the officer
// of a successor must see its history.

export type JurisdictionSubject = { unitId: string; roles: readonly Role[] };

const CACHE_TTL_MS = 60_000;

export class JurisdictionService {
  private readonly repo: JurisdictionRepository;
  private readonly cache = new Map<string, { at: number; value: Jurisdiction }>();

  constructor(private readonly deps: ServiceDeps) {
    this.repo = new JurisdictionRepository(deps.db);
  }

  async forUser(subject: JurisdictionSubject): Promise<Jurisdiction> {
    if (subject.roles.some((r) => NATION_WIDE_ROLES.includes(r))) return { scope: 'nation' };
    const provinceWide = subject.roles.some((r) => PROVINCE_WIDE_ROLES.includes(r));
    const key = `${subject.unitId}|${provinceWide}`;
    const now = this.deps.clock.now().getTime();
    const hit = this.cache.get(key);
    if (hit && now - hit.at < CACHE_TTL_MS) return hit.value;
    const value = await this.compute(subject.unitId, provinceWide);
    this.cache.set(key, { at: now, value });
    return value;
  }

  /** Forget cached jurisdictions (after units, successions or police units change). */
  invalidate(): void {
    this.cache.clear();
  }

  private async compute(policeUnitId: string, provinceWide: boolean): Promise<Jurisdiction> {
    const home = await this.repo.adminUnitOfPoliceUnit(policeUnitId);
    if (!home) return { scope: 'units', provinceCodes: [], adminUnitIds: new Set() };
    return this.areaOf(home.adminUnitId, home.provinceCode, provinceWide);
  }

  /**
   * Every unit version inside an administrative unit: its subtree today, the predecessors of
   * anything in it and their subtrees (the filter "incidents of this commune" over the years).
   */
  async areaOfAdminUnit(adminUnitId: string, provinceCode: string): Promise<ReadonlySet<string>> {
    return (await this.areaOf(adminUnitId, provinceCode, false)).adminUnitIds;
  }

  private async areaOf(
    rootId: string,
    rootProvinceCode: string,
    provinceWide: boolean,
  ): Promise<Extract<Jurisdiction, { scope: 'units' }>> {
    const home = { adminUnitId: rootId, provinceCode: rootProvinceCode };

    // Load the home province's units and, through successions, the provinces before it.
    const provinceCodes = new Set([home.provinceCode]);
    let units = await this.repo.unitsOfProvinces([...provinceCodes]);
    let successions = await this.repo.successionsTouching(units.map((u) => u.id));
    const unitProvince = new Map(units.map((u) => [u.id, u.province_code]));
    const missing = successions.flatMap((s) => [s.from_id, s.to_id]).filter((id) => !unitProvince.has(id));
    if (missing.length > 0) {
      // Predecessors in other (old) provinces: bring those provinces in too.
      for (const code of await this.repo.provincesOfUnits(missing)) provinceCodes.add(code);
      units = await this.repo.unitsOfProvinces([...provinceCodes]);
      successions = await this.repo.successionsTouching(units.map((u) => u.id));
    }

    const children = new Map<string, string[]>();
    for (const u of units) {
      if (!u.parent_id) continue;
      const list = children.get(u.parent_id) ?? [];
      list.push(u.id);
      children.set(u.parent_id, list);
    }
    const predecessors = new Map<string, string[]>();
    for (const s of successions) {
      const list = predecessors.get(s.to_id) ?? [];
      list.push(s.from_id);
      predecessors.set(s.to_id, list);
    }

    let root = home.adminUnitId;
    if (provinceWide) {
      const byId = new Map(units.map((u) => [u.id, u]));
      let cursor = byId.get(root);
      while (cursor?.parent_id) cursor = byId.get(cursor.parent_id);
      if (cursor) root = cursor.id;
    }

    // Fixpoint over "child of" and "predecessor of", starting from the root.
    const inside = new Set<string>([root]);
    const queue = [root];
    while (queue.length > 0) {
      const id = queue.pop()!;
      for (const next of [...(children.get(id) ?? []), ...(predecessors.get(id) ?? [])]) {
        if (!inside.has(next)) {
          inside.add(next);
          queue.push(next);
        }
      }
    }
    const codes = new Set<string>();
    for (const u of units) if (inside.has(u.id)) codes.add(u.province_code);
    return { scope: 'units', provinceCodes: [...codes], adminUnitIds: inside };
  }
}
