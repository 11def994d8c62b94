import type { Role } from '@antt/shared';

/**
 * Who records, edits, imports and acts in bulk (the server's INCIDENT_WRITER_ROLES); procurators
 * supervise and only read. The server decides each write; this only hides buttons that would fail.
 */
export const INCIDENT_WRITER_ROLES: readonly Role[] = ['officer', 'leader', 'analyst', 'admin'];

export function mayWriteIncidents(roles: readonly Role[]): boolean {
  return roles.some((role) => INCIDENT_WRITER_ROLES.includes(role));
}
