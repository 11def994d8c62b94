import type { IncidentStatus } from '@antt/shared';

/** Mantine colours of the statuses, the same in badges and in the register's status column. */
export const INCIDENT_STATUS_COLOURS: Record<IncidentStatus, string> = {
  open: 'blue',
  investigating: 'yellow',
  suspended: 'gray',
  closed: 'teal',
};
