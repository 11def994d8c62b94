import { TIP_CATEGORY_LABELS, TIP_KIND_LABELS } from '@antt/shared';
import { Anchor, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLabel } from '@/i18n/label.ts';
import { isApiError } from '@/modules/api/client.ts';
import { InformantPanel } from '@/modules/tips/components/InformantPanel.tsx';
import { TipActionPanel } from '@/modules/tips/components/TipActionPanel.tsx';
import { TipAttachments } from '@/modules/tips/components/TipAttachments.tsx';
import { TipDeadlinesCard } from '@/modules/tips/components/TipDeadlinesCard.tsx';
import { TipDecisionCard } from '@/modules/tips/components/TipDecisionCard.tsx';
import { TipDuplicates } from '@/modules/tips/components/TipDuplicates.tsx';
import { TipIncidentsCard } from '@/modules/tips/components/TipIncidentsCard.tsx';
import { TipFactsCard } from '@/modules/tips/components/TipFactsCard.tsx';
import { TipMessages } from '@/modules/tips/components/TipMessages.tsx';
import { TipNoteForm } from '@/modules/tips/components/TipNoteForm.tsx';
import { TipStateBadge } from '@/modules/tips/components/TipStateBadge.tsx';
import { TipTimeline } from '@/modules/tips/components/TipTimeline.tsx';
import { useTip } from '@/modules/tips/hooks/useTips.ts';
import { PageMessage } from '@/ui/PageMessage.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

/** One tip: the facts, the place, the files, the deadlines, the actions, the conversation and the timeline. */
export function TipDetailPage() {
  const { t } = useTranslation(['tips', 'common']);
  const label = useLabel();
  const { id = '' } = useParams();
  const query = useTip(id);
  const tip = query.data;

  if (isApiError(query.error, 'not_found')) return <PageMessage title={t('common:errors.not_found')} />;
  if (!tip)
    return (
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
    );

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/tips" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden="true" />
          {t('detail.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Title order={1} fz={{ base: 'h3', sm: 'h2' }}>
            {t('detail.heading', { regNo: tip.registration.label })}
          </Title>
          <Text c="dimmed" size="sm">
            {label(TIP_KIND_LABELS[tip.kind])} · {label(TIP_CATEGORY_LABELS[tip.category])} ·{' '}
            {t('detail.receivedBy', { unit: tip.registration.unit.name })}
          </Text>
        </Stack>
        <TipStateBadge state={tip.deadline.state} size="lg" />
      </Group>
      <Card withBorder radius="md" padding="sm">
        <Group gap="xl" wrap="wrap">
          <Stack gap={0}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('detail.owner')}
            </Text>
            <Text size="sm" fw={600}>
              {tip.ownerUnit.name}
            </Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('detail.assignee')}
            </Text>
            <Text size="sm" fw={600}>
              {tip.assignee?.displayName ?? t('unassigned')}
            </Text>
          </Stack>
        </Group>
      </Card>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md">
            <TipDecisionCard tip={tip} />
            <TipDeadlinesCard tip={tip} />
            <TipActionPanel tip={tip} />
            <InformantPanel tip={tip} />
            <TipDuplicates tip={tip} />
            <TipIncidentsCard tip={tip} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="md">
            <TipFactsCard tip={tip} />
            <TipAttachments tip={tip} />
            <TipMessages tip={tip} />
            <TipTimeline tip={tip} />
            {tip.allowedActions.includes('note') && (
              <Card withBorder radius="md" padding="md">
                <TipNoteForm tip={tip} />
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
