import type { IncidentType } from '@antt/shared';
import { IconAlertTriangle, IconCar, IconFlame, IconGavel, type Icon } from '@tabler/icons-react';

export const INCIDENT_TYPE_ICONS: Record<IncidentType, Icon> = {
  crime: IconGavel,
  traffic_accident: IconCar,
  fire: IconFlame,
  social_vice: IconAlertTriangle,
};
