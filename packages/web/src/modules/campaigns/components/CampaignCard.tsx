import { isoFromDay, vnToday, type CampaignSummary } from '@antt/shared';
import { Anchor, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconHourglassHigh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCount } from '../campaign-numbers.ts';
import { useCampaignStatus } from '../hooks/useCampaigns.ts';
import { useCampaignText } from '../hooks/useCampaignText.ts';
import { useElementNames } from '../hooks/useDataElements.ts';
import { ShareBar } from './ShareBar.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';

/** One campaign in the list: its dates and time left, and where the province stands on its first element. */
export function CampaignCard({ campaign }: { campaign: CampaignSummary }) {
  const { t, i18n } = useTranslation('campaigns');
  const text = useCampaignText();
  const names = useElementNames();
  const status = useCampaignStatus(campaign.id);
  const first = status.data?.total.progress[0];
  const name = text.name(campaign);

  return (
    <Card withBorder radius="md" padding="md" data-testid="campaign-card">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          <Anchor component={Link} to={`/campaigns/${encodeURIComponent(campaign.id)}`} inherit>
            {name}
          </Anchor>
        </Title>
        <Group gap="lg" c="dimmed" fz="sm">
          <Group gap={6} wrap="nowrap">
            <IconCalendarEvent size={16} aria-hidden="true" />
            <Text span size="sm">
              {text.dates(campaign)}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <IconHourglassHigh size={16} aria-hidden="true" />
            <Text span size="sm" fw={600} c="dark">
              {text.timeLeft(campaign, isoFromDay(vnToday()))}
            </Text>
          </Group>
        </Group>
        <Text size="sm">
          {t('card.unit', { unit: campaign.unit.name })} · {names.long(campaign.elements[0]?.element ?? '')}
        </Text>
        {first ? (
          <Stack gap={6}>
            <ShareBar share={first.share} verdict={first.verdict} label={name} size="lg" />
            <Group justify="space-between" gap="xs">
              <Text size="sm" c="dimmed">
                {t('card.reached', {
                  value: formatCount(first.value, i18n.language),
                  target: formatCount(first.target, i18n.language),
                })}
              </Text>
              <VerdictBadge verdict={first.verdict} />
            </Group>
          </Stack>
        ) : status.error ? (
          <Text size="sm" c="red.8">
            {t('card.statusFailed')}
          </Text>
        ) : (
          <Skeleton h={44} aria-label={t('card.loading')} />
        )}
      </Stack>
    </Card>
  );
}
