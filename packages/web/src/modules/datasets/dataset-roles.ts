import type { Role } from '@antt/shared';

// Who opens the Project 06 screens (the server checks the same rights on every call): commune
// officers and leaders enter their figures; analysts and procurators read them; leaders of the
// province approve, and analysts and procurators may follow the approval list.

export const DATA_ENTRY_ROLES: readonly Role[] = ['officer', 'leader', 'analyst', 'procurator'];
export const APPROVER_ROLES: readonly Role[] = ['leader', 'analyst', 'procurator'];
/** Only a leader approves, returns or un-approves. */
export const APPROVAL_ACTION_ROLES: readonly Role[] = ['leader'];

export function hasAnyRole(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return roles.some((role) => allowed.includes(role));
}
