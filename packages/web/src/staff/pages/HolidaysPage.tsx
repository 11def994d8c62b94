import { HOLIDAY_YEAR_MAX, HOLIDAY_YEAR_MIN, vnToday } from '@antt/shared';
import { ActionIcon, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { HolidayEditForm } from '@/modules/holidays/components/HolidayEditForm.tsx';
import { HolidayTable } from '@/modules/holidays/components/HolidayTable.tsx';
import { useClearHoliday, useHolidayYear } from '@/modules/holidays/hooks/useHolidays.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

/** The holiday calendar every legal deadline counts with (BLTTHS art. 134); administrators edit it. */
export function HolidaysPage() {
  const { t } = useTranslation('holidays');
  const user = useCurrentUser();
  const isAdmin = user.roles.includes('admin');
  const [year, setYear] = useState(Math.floor(vnToday() / 10_000));
  const calendar = useHolidayYear(year);
  const clear = useClearHoliday();
  const [editing, { open, close }] = useDisclosure(false);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          isAdmin && (
            <Button leftSection={<IconCalendarPlus size={18} aria-hidden="true" />} onClick={open}>
              {t('edit.open')}
            </Button>
          )
        }
      />
      <Card withBorder padding="md" radius="md">
        <Stack gap="md">
          <Group gap="xs">
            <ActionIcon
              variant="default"
              aria-label={t('previousYear')}
              disabled={year <= HOLIDAY_YEAR_MIN}
              onClick={() => setYear((y) => y - 1)}
            >
              <IconChevronLeft size={18} />
            </ActionIcon>
            <Text fw={700} fz="lg" miw={60} ta="center" aria-live="polite">
              {year}
            </Text>
            <ActionIcon
              variant="default"
              aria-label={t('nextYear')}
              disabled={year >= HOLIDAY_YEAR_MAX}
              onClick={() => setYear((y) => y + 1)}
            >
              <IconChevronRight size={18} />
            </ActionIcon>
          </Group>
          <Text size="sm" c="dimmed">
            {t('weekly')}
          </Text>
          <QueryState
            isPending={calendar.isPending}
            error={calendar.error ?? clear.error}
            onRetry={() => void calendar.refetch()}
          />
          {calendar.data && (
            <HolidayTable
              entries={calendar.data.entries}
              clearing={clear.isPending ? (clear.variables ?? null) : null}
              onClear={
                isAdmin
                  ? (date) =>
                      clear.mutate(date, {
                        onSuccess: () => notifications.show({ color: 'green', message: t('cleared') }),
                      })
                  : undefined
              }
            />
          )}
        </Stack>
      </Card>
      {isAdmin && (
        <Modal opened={editing} onClose={close} title={t('edit.title')} size="lg" centered>
          <HolidayEditForm
            onCancel={close}
            onDone={() => {
              close();
              notifications.show({ color: 'green', message: t('saved') });
            }}
          />
        </Modal>
      )}
    </>
  );
}
