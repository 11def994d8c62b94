import { Anchor, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '@/modules/api/client.ts';
import { PageMessage } from '@/ui/PageMessage.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { IncidentDeleteButton } from '../components/IncidentDeleteButton.tsx';
import { IncidentFactsCard } from '../components/IncidentFactsCard.tsx';
import { IncidentHistory } from '../components/IncidentHistory.tsx';
import { IncidentTypeLabel } from '../components/IncidentTypeLabel.tsx';
import { useIncidentKind } from '../hooks/useIncidentKind.ts';
import { useIncident } from '../hooks/useIncidents.ts';
import { incidentDayTime } from '../incident-format.ts';

/** One incident: its facts by type, where and when, how it is handled, and its history. */
export function IncidentDetailPage() {
  const { t, i18n } = useTranslation(['incidents', 'common']);
  const { id = '' } = useParams();
  const query = useIncident(id);
  const kind = useIncidentKind();
  const incident = query.data;

  if (isApiError(query.error, 'not_found')) return <PageMessage title={t('common:errors.not_found')} />;
  if (!incident)
    return (
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
    );

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/incidents" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden="true" />
          {t('detail.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <IncidentTypeLabel type={incident.type} />
          <Title order={1} fz={{ base: 'h3', sm: 'h2' }}>
            {kind(incident)}
          </Title>
          <Text c="dimmed" size="sm">
            {incidentDayTime(incident.occurredAt, i18n.language)} · {incident.commune.name}
          </Text>
        </Stack>
        {incident.allowedActions.length > 0 && (
          <Group gap="xs">
            {incident.allowedActions.includes('edit') && (
              <Button
                component={Link}
                to={`/incidents/${incident.id}/edit`}
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden="true" />}
              >
                {t('actions.edit')}
              </Button>
            )}
            {incident.allowedActions.includes('delete') && <IncidentDeleteButton incident={incident} />}
          </Group>
        )}
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <IncidentFactsCard incident={incident} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <IncidentHistory incident={incident} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
