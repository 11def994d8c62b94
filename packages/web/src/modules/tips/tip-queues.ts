import type { Role, TipQueue } from '@antt/shared';

/**
 * The queue tabs a user sees. Officers and leaders work their own and their unit's tips;
 * procurators, analysts and administrators supervise everything in their area.
 */
export function queuesFor(roles: readonly Role[]): TipQueue[] {
  const works = roles.includes('officer') || roles.includes('leader');
  return works
    ? ['mine', 'unit', 'due_soon', 'overdue', 'suspended', 'all']
    : ['all', 'due_soon', 'overdue', 'suspended'];
}

/** The tab opened first: an officer's own tips, a leader's unit, everyone else the whole area. */
export function defaultQueue(roles: readonly Role[]): TipQueue {
  if (roles.includes('officer')) return 'mine';
  if (roles.includes('leader')) return 'unit';
  return 'all';
}

export function mayRecordTips(roles: readonly Role[]): boolean {
  return roles.includes('officer') || roles.includes('leader');
}
