import type { Config } from '../config.ts';
import type { Database } from '../db/dialect.ts';
import type { Clock } from '../lib/clock.ts';
import { Vault, type KeyMissingPolicy } from '../vault/vault.ts';
import { AdminUnitService } from './admin-unit.service.ts';
import { AuditService } from './audit.service.ts';
import { AuthService } from './auth.service.ts';
import { BoundaryService } from './boundary.service.ts';
import { CampaignService } from './campaign.service.ts';
import { DataSetService } from './data-set.service.ts';
import { DataValueService } from './data-value.service.ts';
import { HealthService } from './health.service.ts';
import { HolidayService } from './holiday.service.ts';
import { IncidentService } from './incident.service.ts';
import { IndicatorService } from './indicator.service.ts';
import { JurisdictionService } from './jurisdiction.service.ts';
import { Open311Gateway } from './open311.service.ts';
import { PoliceUnitService } from './police-unit.service.ts';
import { TargetService } from './target.service.ts';
import { ReportService } from './report.service.ts';
import { TipService } from './tip.service.ts';
import type { ServiceDeps } from './service-deps.ts';
import { UnitImportService } from './unit-import.service.ts';
import { UserService } from './user.service.ts';
import { VaultService } from './vault.service.ts';

export type Services = ReturnType<typeof createServices>;

export type ServiceOptions = {
  /**
   * A missing vault key file: created (the default: tests, demo) or refused (production
   * entry points: `antt serve` without --demo, CLI commands outside demo mode).
   */
  vaultKeyMissing?: KeyMissingPolicy;
};

/** Wires every service once per process (server or CLI) over one database. */
export function createServices(
  database: Database,
  clock: Clock,
  config: Config,
  options: ServiceOptions = {},
) {
  const audit = new AuditService(database.db, clock);
  const vault = new Vault({ keyFile: config.vaultKeyFile, whenMissing: options.vaultKeyMissing ?? 'create' });
  const deps: ServiceDeps = { db: database.db, dialect: database.dialect, clock, config, audit, vault };
  const health = new HealthService(deps);
  const adminUnits = new AdminUnitService(deps);
  const boundaries = new BoundaryService(deps);
  const jurisdiction = new JurisdictionService(deps);
  const unitImport = new UnitImportService(deps, { boundaries, jurisdiction });
  const policeUnits = new PoliceUnitService(deps);
  const users = new UserService(deps, jurisdiction);
  const auth = new AuthService(deps, jurisdiction);
  const vaultKeys = new VaultService(deps);
  const holidays = new HolidayService(deps);
  const tips = new TipService(deps, { adminUnits, holidays });
  const open311 = new Open311Gateway(deps, tips.intake);
  const incidents = new IncidentService(deps, { adminUnits, jurisdiction });
  const indicators = new IndicatorService(deps, { adminUnits, jurisdiction });
  const dataSets = new DataSetService(deps);
  const dataValues = new DataValueService(deps, dataSets);
  const campaigns = new CampaignService(deps);
  const targets = new TargetService(deps, { indicators });
  const reports = new ReportService(deps, { indicators, targets, policeUnits });
  return {
    deps,
    health,
    audit,
    adminUnits,
    boundaries,
    unitImport,
    jurisdiction,
    policeUnits,
    users,
    auth,
    holidays,
    tips,
    open311,
    incidents,
    indicators,
    dataSets,
    dataValues,
    campaigns,
    targets,
    reports,
    vault: vaultKeys,
  };
}
