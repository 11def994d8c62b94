import type { IncidentSummaryDto } from '@antt/shared';
import { Anchor, Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { incidentDayTime } from '../incident-format.ts';
import { Casualties } from './Casualties.tsx';
import { ClearedBadge } from './ClearedBadge.tsx';
import { IncidentStatusBadge } from './IncidentStatusBadge.tsx';
import { IncidentTypeLabel } from './IncidentTypeLabel.tsx';

type IncidentCardsProps = {
  incidents: IncidentSummaryDto[];
  categoryName: (incident: IncidentSummaryDto) => string;
  selection?: { chosen: ReadonlySet<string>; toggle: (id: string) => void };
};

/** The register on a phone: one card per incident, readable without scrolling sideways. */
export function IncidentCards({ incidents, categoryName, selection }: IncidentCardsProps) {
  const { t, i18n } = useTranslation('incidents');
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {incidents.map((incident) => {
        const when = incidentDayTime(incident.occurredAt, i18n.language);
        return (
          <Card key={incident.id} component="li" withBorder radius="sm" padding="sm">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Group gap="xs" wrap="nowrap">
                  {selection && (
                    <Checkbox
                      aria-label={t('list.select', { date: when })}
                      checked={selection.chosen.has(incident.id)}
                      onChange={() => selection.toggle(incident.id)}
                    />
                  )}
                  <IncidentTypeLabel type={incident.type} />
                </Group>
                <Text size="xs">{when}</Text>
              </Group>
              <Anchor
                component={Link}
                to={`/incidents/${incident.id}`}
                size="sm"
                fw={500}
                lineClamp={3}
                aria-label={t('list.open', { date: when, summary: incident.summary })}
              >
                {incident.summary}
              </Anchor>
              <Text size="xs" c="dimmed">
                {categoryName(incident)} · {incident.commune.name}
              </Text>
              <Group gap="xs">
                <IncidentStatusBadge status={incident.status} />
                <ClearedBadge cleared={incident.cleared} clearedOn={incident.clearedOn} />
                <Casualties incident={incident} />
              </Group>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
