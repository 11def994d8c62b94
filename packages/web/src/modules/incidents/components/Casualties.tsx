import type { IncidentSummaryDto } from '@antt/shared';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Deaths and injuries of an accident or a fire; a dash for types that count none. Compact
 * ("1 / 2") under the table's "Chết / bị thương" header, in words on the phone's cards.
 */
export function Casualties({
  incident,
  compact = false,
}: {
  incident: Pick<IncidentSummaryDto, 'deaths' | 'injuries'>;
  compact?: boolean;
}) {
  const { t } = useTranslation('incidents');
  if (incident.deaths === null && incident.injuries === null) {
    return (
      <Text size="sm" c="dimmed" aria-label={t('list.noCasualties')}>
        —
      </Text>
    );
  }
  const words = t('list.casualties', { deaths: incident.deaths ?? 0, injuries: incident.injuries ?? 0 });
  const fatal = (incident.deaths ?? 0) > 0;
  return (
    <Text
      size="sm"
      c={fatal ? 'red.8' : undefined}
      fw={fatal ? 600 : 400}
      aria-label={compact ? words : undefined}
      title={compact ? words : undefined}
    >
      {compact ? `${incident.deaths ?? 0} / ${incident.injuries ?? 0}` : words}
    </Text>
  );
}
