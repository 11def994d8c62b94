import type { IncidentStatus } from '@antt/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INCIDENT_STATUS_COLOURS } from '../incident-status-colours.ts';

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation('incidents');
  return (
    <Badge color={INCIDENT_STATUS_COLOURS[status]} variant="light" tt="none" radius="sm">
      {t(`statuses.${status}`)}
    </Badge>
  );
}
