import type { CampaignStatusDto } from '@antt/shared';
import { Anchor, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import {
  IconArrowLeft,
  IconCalendarEvent,
  IconChartLine,
  IconHourglassHigh,
  IconListNumbers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { dayText } from '@/ui/forms/day-text.ts';
import { QueryState } from '@/ui/QueryState.tsx';
import { useCampaignStatus } from '../hooks/useCampaigns.ts';
import { useCampaignText } from '../hooks/useCampaignText.ts';

export type CampaignView = 'progress' | 'leaderboard';

type CampaignShellProps = {
  view: CampaignView;
  children: (status: CampaignStatusDto) => ReactNode;
};

/**
 * What both views of a campaign share: its name, dates and time left, the day the figures are
 * for (today, or an earlier day from ?asOf=), and the tabs, each with its own address.
 */
export function CampaignShell({ view, children }: CampaignShellProps) {
  const { t } = useTranslation('campaigns');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const asOf = params.get('asOf') ?? undefined;
  const status = useCampaignStatus(id, asOf);
  const text = useCampaignText();
  const query = asOf ? `?asOf=${asOf}` : '';
  const base = `/campaigns/${encodeURIComponent(id)}`;

  const setAsOf = (day: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (day) next.set('asOf', day);
        else next.delete('asOf');
        return next;
      },
      { replace: true },
    );

  const campaign = status.data?.campaign;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/campaigns" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden="true" />
          {t('title')}
        </Group>
      </Anchor>
      <QueryState isPending={status.isPending} error={status.error} onRetry={() => void status.refetch()} />
      {status.data && campaign && (
        <>
          <Group justify="space-between" align="flex-end" gap="sm">
            <Stack gap={6}>
              <Title order={1} fz={{ base: 'h3', sm: 'h2' }}>
                {text.name(campaign)}
              </Title>
              <Group gap="lg" fz="sm">
                <Group gap={6} wrap="nowrap" c="dimmed">
                  <IconCalendarEvent size={16} aria-hidden="true" />
                  <Text span size="sm">
                    {text.dates(campaign)} · {campaign.unit.name}
                  </Text>
                </Group>
                <Group gap={6} wrap="nowrap">
                  <IconHourglassHigh size={16} aria-hidden="true" />
                  <Text span size="sm" fw={700} data-testid="campaign-time-left">
                    {text.timeLeft(campaign, status.data.asOf)}
                  </Text>
                </Group>
              </Group>
            </Stack>
            <Group gap="xs" align="flex-end">
              <DayInput
                label={t('asOf.label')}
                pickerLabel={t('form.pickDay')}
                value={asOf ?? status.data.asOf}
                onChange={(day) => day && setAsOf(day)}
                w={170}
              />
              {asOf && (
                <Button variant="default" onClick={() => setAsOf('')}>
                  {t('asOf.today')}
                </Button>
              )}
            </Group>
          </Group>
          {asOf && (
            <Text size="sm" c="orange.9" fw={600}>
              {t('asOf.past', { date: dayText(status.data.asOf) })}
            </Text>
          )}
          <Tabs
            value={view}
            onChange={(next) =>
              next &&
              next !== view &&
              void navigate(next === 'progress' ? `${base}${query}` : `${base}/leaderboard${query}`)
            }
          >
            <Tabs.List>
              <Tabs.Tab value="progress" leftSection={<IconChartLine size={16} aria-hidden="true" />}>
                {t('tabs.progress')}
              </Tabs.Tab>
              <Tabs.Tab value="leaderboard" leftSection={<IconListNumbers size={16} aria-hidden="true" />}>
                {t('tabs.leaderboard')}
              </Tabs.Tab>
            </Tabs.List>
          </Tabs>
          {children(status.data)}
        </>
      )}
    </Stack>
  );
}
