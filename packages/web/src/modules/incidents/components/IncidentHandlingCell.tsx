import type { IncidentSummaryDto } from '@antt/shared';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { INCIDENT_STATUS_COLOURS } from '../incident-status-colours.ts';

/** Status and clearance in the register's last column: plain text that wraps, unlike a badge. */
export function IncidentHandlingCell({
  incident,
}: {
  incident: Pick<IncidentSummaryDto, 'status' | 'cleared' | 'clearedOn'>;
}) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap" align="baseline">
        <span
          aria-hidden="true"
          style={{
            display: 'inline-block',
            width: 8,
            height: 8,
            flex: 'none',
            borderRadius: 4,
            background: `var(--mantine-color-${INCIDENT_STATUS_COLOURS[incident.status]}-6)`,
          }}
        />
        <Text size="sm">{t(`statuses.${incident.status}`)}</Text>
      </Group>
      <Text size="xs" c={incident.cleared ? 'green.8' : 'dimmed'} fw={incident.cleared ? 600 : 400}>
        {incident.cleared
          ? [
              t('cleared.yes'),
              incident.clearedOn && t('cleared.on', { date: format.day(incident.clearedOn) }),
            ]
              .filter(Boolean)
              .join(' ')
          : t('cleared.no')}
      </Text>
    </Stack>
  );
}
