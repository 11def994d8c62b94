import type { Config } from '../config.ts';
import type { Database } from '../db/dialect.ts';
import type { Clock } from '../lib/clock.ts';
import { AdminUnitService } from './admin-unit.service.ts';
import { AuditService } from './audit.service.ts';
import { AuthService } from './auth.service.ts';
import { BoundaryService } from './boundary.service.ts';
import { HealthService } from './health.service.ts';
import { JurisdictionService } from './jurisdiction.service.ts';
import { PoliceUnitService } from './police-unit.service.ts';
import type { ServiceDeps } from './service-deps.ts';
import { UnitImportService } from './unit-import.service.ts';
import { UserService } from './user.service.ts';

export type Services = ReturnType<typeof createServices>;

/** Wires every service once per process (server or CLI) over one database. */
export function createServices(database: Database, clock: Clock, config: Config) {
  const audit = new AuditService(database.db, clock);
  const deps: ServiceDeps = { db: database.db, dialect: database.dialect, clock, config, audit };
  const health = new HealthService(deps);
  const adminUnits = new AdminUnitService(deps);
  const boundaries = new BoundaryService(deps);
  const jurisdiction = new JurisdictionService(deps);
  const unitImport = new UnitImportService(deps, { boundaries, jurisdiction });
  const policeUnits = new PoliceUnitService(deps);
  const users = new UserService(deps, jurisdiction);
  const auth = new AuthService(deps, jurisdiction);
  return { deps, health, audit, adminUnits, boundaries, unitImport, jurisdiction, policeUnits, users, auth };
}
