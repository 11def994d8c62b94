import type { IncidentType } from '@antt/shared';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INCIDENT_TYPE_ICONS } from '../incident-type-icons.ts';
import { INCIDENT_TYPE_COLOURS } from '../map/map-colours.ts';

/** The type of an incident with its icon, in the colour the map uses for its points. */
export function IncidentTypeLabel({ type, size = 'sm' }: { type: IncidentType; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation('incidents');
  const TypeIcon = INCIDENT_TYPE_ICONS[type];
  return (
    <Group gap={4} wrap="nowrap">
      <TypeIcon size={size === 'xs' ? 14 : 16} color={INCIDENT_TYPE_COLOURS[type]} aria-hidden="true" />
      <Text size={size} style={{ whiteSpace: 'nowrap' }}>
        {t(`types.${type}`)}
      </Text>
    </Group>
  );
}
