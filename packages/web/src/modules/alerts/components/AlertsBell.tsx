import { TIP_CATEGORY_LABELS } from '@antt/shared';
import {
  ActionIcon,
  Badge,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { useLabel } from '@/i18n/label.ts';
import { useAlerts, useMarkAlertRead } from '../hooks/useAlerts.ts';

/** The header bell: due-soon and overdue tips of the user (as assignee or leader); a click opens the tip. */
export function AlertsBell() {
  const { t } = useTranslation('shell');
  const format = useFormat();
  const label = useLabel();
  const navigate = useNavigate();
  const alerts = useAlerts();
  const markRead = useMarkAlertRead();
  const [opened, setOpened] = useState(false);
  const unread = alerts.data?.unread ?? 0;
  const items = alerts.data?.items ?? [];

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} shadow="md" withArrow>
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={18}
          color="red"
          disabled={unread === 0}
          offset={4}
          data-testid="alerts-indicator"
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('alerts.open', { count: unread })}
            onClick={() => setOpened((o) => !o)}
          >
            <IconBell size={22} stroke={1.6} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="sm" py="xs">
          <Text fw={600} size="sm">
            {t('alerts.title')}
          </Text>
          {unread > 0 && (
            <Badge color="red" variant="light" size="sm" tt="none">
              {t('alerts.unread', { count: unread })}
            </Badge>
          )}
        </Group>
        <Divider />
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" p="sm">
            {t('alerts.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={360}>
            <Stack gap={0}>
              {items.map((alert) => (
                <UnstyledButton
                  key={alert.id}
                  px="sm"
                  py={8}
                  bg={alert.readAt ? undefined : 'var(--mantine-color-red-0)'}
                  style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                  onClick={() => {
                    if (!alert.readAt) markRead.mutate(alert.id);
                    setOpened(false);
                    void navigate(`/tips/${alert.tip.id}`);
                  }}
                >
                  <Group gap={6} wrap="nowrap">
                    <Badge
                      color={alert.kind === 'overdue' ? 'red' : 'yellow'}
                      variant="filled"
                      size="xs"
                      tt="none"
                    >
                      {t(`alerts.${alert.kind}`)}
                    </Badge>
                    <Text size="sm" fw={alert.readAt ? 400 : 700}>
                      {t('alerts.tip', { regNo: alert.tip.registrationLabel })}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {label(TIP_CATEGORY_LABELS[alert.tip.category])} ·{' '}
                    {t('alerts.due', { date: format.day(alert.dueDate) })}
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
