import type { Role, TargetStatus } from '@antt/shared';

// How a status looks: a colour people already read as good / fine / careful / bad, always next
// to the status's words and an icon (components/TargetStatusBadge.tsx), never alone.

export const STATUS_COLOURS: Readonly<Record<TargetStatus, string>> = {
  achieved: 'green',
  on_track: 'blue',
  at_risk: 'orange',
  off_track: 'red',
  not_started: 'gray',
  no_data: 'gray',
};

/**
 * Who sets targets: analysts, leaders and administrators of the unit (the server further
 * requires the unit in their jurisdiction; services/target.service.ts). Others read.
 */
export const TARGET_MANAGER_ROLES: readonly Role[] = ['analyst', 'leader', 'admin'];
