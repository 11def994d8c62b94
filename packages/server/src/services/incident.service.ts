import { IncidentRollupRepository } from '../repositories/incident-rollup.repository.ts';
import { hasRole, type Actor } from './actor.ts';
import type { AdminUnitService } from './admin-unit.service.ts';
import { DomainError } from '../errors/domain-error.ts';
import { IncidentCatalogueService } from './incident-catalogue.service.ts';
import { IncidentImportService } from './incident-import.service.ts';
import { IncidentQueryService } from './incident-query.service.ts';
import { IncidentRegisterService } from './incident-register.service.ts';
import type { JurisdictionService } from './jurisdiction.service.ts';
import type { ServiceDeps } from './service-deps.ts';

// The incident register (shared/DESIGN.md section 5.3): catalogues, writes, reads and the
// rollups, wired once.

export class IncidentService {
  readonly catalogue: IncidentCatalogueService;
  readonly register: IncidentRegisterService;
  readonly queries: IncidentQueryService;
  readonly imports: IncidentImportService;

  constructor(
    private readonly deps: ServiceDeps,
    c: { adminUnits: AdminUnitService; jurisdiction: JurisdictionService },
  ) {
    this.catalogue = new IncidentCatalogueService(deps);
    this.register = new IncidentRegisterService(deps, { ...c, catalogue: this.catalogue });
    this.queries = new IncidentQueryService(deps, c);
    this.imports = new IncidentImportService(deps, { register: this.register, queries: this.queries });
  }

  /** Recomputes both rollups from the raw rows, in one transaction (`antt rollups rebuild`). */
  async rebuildRollups(actor: Actor): Promise<{ days: number; clearances: number }> {
    if (actor.kind === 'user' && !hasRole(actor, 'admin')) {
      throw new DomainError('forbidden', 'Chỉ quản trị viên / administrators only');
    }
    return this.deps.db.transaction().execute(async (trx) => {
      const counts = await new IncidentRollupRepository(trx, this.deps.dialect).rebuild();
      await this.deps.audit.record(trx, actor, {
        action: 'incident_rollups.rebuilt',
        entityType: 'incident_rollups',
        details: counts,
      });
      return counts;
    });
  }

  /** Rollup keys that differ from a recount (empty when they are right). */
  async checkRollups(): Promise<{ table: string; key: string; stored: unknown; recounted: unknown }[]> {
    const repo = new IncidentRollupRepository(this.deps.db, this.deps.dialect);
    const [stored, recount] = await Promise.all([repo.stored(), repo.recount()]);
    return [
      ...diffRows('incident_rollups', stored.days, recount.days, 5),
      ...diffRows('incident_clearance_rollups', stored.clearances, recount.clearances, 1),
    ];
  }
}

/** Rows compared by their key columns (all but the last `measures` columns). */
function diffRows(table: string, stored: object[], recount: object[], measures: number) {
  const split = (r: object) => {
    const values = Object.values(r);
    return {
      key: JSON.stringify(values.slice(0, values.length - measures)),
      m: JSON.stringify(values.slice(-measures)),
    };
  };
  const a = new Map(stored.map((r) => [split(r).key, split(r).m]));
  const b = new Map(recount.map((r) => [split(r).key, split(r).m]));
  const out: { table: string; key: string; stored: unknown; recounted: unknown }[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(key) !== b.get(key))
      out.push({ table, key, stored: a.get(key) ?? null, recounted: b.get(key) ?? null });
  }
  return out;
}
