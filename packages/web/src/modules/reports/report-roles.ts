import type { Role } from '@antt/shared';

/**
 * Who writes reports: analysts, leaders and administrators (services/report.service.ts refuses
 * the others); everyone reads the reports about units in their jurisdiction.
 */
export const REPORT_WRITER_ROLES: readonly Role[] = ['analyst', 'leader', 'admin'];
