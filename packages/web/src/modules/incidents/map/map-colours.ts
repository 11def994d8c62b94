import type { IncidentType } from '@antt/shared';

/** One colour per type for the map's points and the list's icons; apart from the blue counts. */
export const INCIDENT_TYPE_COLOURS: Record<IncidentType, string> = {
  crime: '#c92a2a',
  traffic_accident: '#2b8a3e',
  fire: '#e8590c',
  social_vice: '#6741d9',
};
