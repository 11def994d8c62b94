import { TIP_CATEGORY_LABELS } from '@antt/shared/tips/tip-categories';
import { TIP_EVENT_INFO } from '@antt/shared/tips/tip-events';
import { TIP_KIND_LABELS } from '@antt/shared/tips/tip-kinds';
import {
  PUBLIC_TIP_STATUS_LABELS,
  type CitizenTipView,
  type PublicTipStatus,
} from '@antt/shared/tips/tip-portal.schemas';
import { formatTrackingCode } from '@antt/shared/tips/tracking-code';
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconLogout, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useLabel } from '@/i18n/label.ts';
import { MessageThread } from './MessageThread.tsx';
import { ReplyForm } from './ReplyForm.tsx';

const STATUS_COLOR: Record<PublicTipStatus, string> = {
  received: 'blue',
  in_progress: 'yellow',
  suspended: 'orange',
  resolved: 'green',
};

type TipStatusViewProps = {
  view: CitizenTipView;
  onReply: (body: string) => Promise<boolean>;
  replying: boolean;
  replyError: string | null;
  onRefresh: () => void;
  refreshing: boolean;
  onClose: () => void;
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

/** What the citizen may know: the status, the public steps, and the conversation with the unit. */
export function TipStatusView(props: TipStatusViewProps) {
  const { view } = props;
  const { t } = useTranslation('portal');
  const label = useLabel();
  const format = useFormat();
  const status = view.status.code;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" gap="xs">
            <Stack gap={2}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('track.trackingCode')}
              </Text>
              <Text ff="monospace" fw={700} fz="lg">
                {view.trackingCode.includes('-') ? view.trackingCode : formatTrackingCode(view.trackingCode)}
              </Text>
            </Stack>
            <Badge
              size="lg"
              color={STATUS_COLOR[status]}
              variant="light"
              radius="sm"
              tt="none"
              data-testid="tip-status"
            >
              {label(PUBLIC_TIP_STATUS_LABELS[status])}
            </Badge>
          </Group>
          <Text size="sm">{t(`track.statusHelp.${status}`)}</Text>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <Fact label={t('track.kind')}>{label(TIP_KIND_LABELS[view.kind])}</Fact>
            <Fact label={t('track.category')}>{label(TIP_CATEGORY_LABELS[view.category])}</Fact>
            <Fact label={t('track.submittedAt')}>{format.dateTimeShort(view.submittedAt)}</Fact>
          </SimpleGrid>
        </Stack>
      </Paper>

      <Paper
        withBorder
        radius="md"
        p={{ base: 'md', sm: 'lg' }}
        component="section"
        aria-labelledby="timeline-title"
      >
        <Stack gap="md">
          <Title order={2} fz="h4" id="timeline-title">
            {t('track.timeline')}
          </Title>
          <Timeline active={view.events.length - 1} bulletSize={16} lineWidth={2}>
            {view.events.map((event, i) => (
              <Timeline.Item
                key={i}
                title={
                  <Text size="sm" fw={600} lh={1.35}>
                    {label(TIP_EVENT_INFO[event.type])}
                  </Text>
                }
              >
                <Text size="xs" c="dimmed">
                  {format.dateTimeShort(event.at)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      </Paper>

      <Paper
        withBorder
        radius="md"
        p={{ base: 'md', sm: 'lg' }}
        component="section"
        aria-labelledby="messages-title"
      >
        <Stack gap="md">
          <Title order={2} fz="h4" id="messages-title">
            {t('track.messages')}
          </Title>
          <MessageThread messages={view.messages} />
          {view.canSendMessage ? (
            <ReplyForm onSend={props.onReply} pending={props.replying} error={props.replyError} />
          ) : (
            <Alert color="gray" variant="light">
              {t('track.closed')}
            </Alert>
          )}
        </Stack>
      </Paper>

      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconRefresh size={18} aria-hidden="true" />}
          onClick={props.onRefresh}
          loading={props.refreshing}
        >
          {t('track.refresh')}
        </Button>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconLogout size={18} aria-hidden="true" />}
          onClick={props.onClose}
        >
          {t('track.close')}
        </Button>
      </Group>
    </Stack>
  );
}
