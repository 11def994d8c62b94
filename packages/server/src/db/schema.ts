import type { AdminUnitBoundaryTable } from './tables/admin-unit-boundary.ts';
import type { AdminUnitPopulationTable } from './tables/admin-unit-population.ts';
import type { AdminUnitSuccessionTable } from './tables/admin-unit-succession.ts';
import type { AdminUnitTable } from './tables/admin-unit.ts';
import type { AppMetaTable } from './tables/app-meta.ts';
import type { AuditHeadTable, AuditLogTable } from './tables/audit-log.ts';
import type { AuthThrottleTable } from './tables/auth-throttle.ts';
import type { PoliceUnitTable } from './tables/police-unit.ts';
import type { SessionTable } from './tables/session.ts';
import type { UserRoleTable, UserTable } from './tables/user.ts';

/** Every table of the database, one type file each in tables/. */
export type DB = {
  admin_units: AdminUnitTable;
  admin_unit_successions: AdminUnitSuccessionTable;
  admin_unit_populations: AdminUnitPopulationTable;
  admin_unit_boundaries: AdminUnitBoundaryTable;
  police_units: PoliceUnitTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  auth_throttles: AuthThrottleTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  app_meta: AppMetaTable;
};
