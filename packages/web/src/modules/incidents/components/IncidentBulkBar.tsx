import { INCIDENT_STATUSES, isoFromDay, vnToday, type IncidentStatus } from '@antt/shared';
import { Alert, Button, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconTrash, IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '@/modules/api/client.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { messageInLanguage } from '@/modules/api/message-in-language.ts';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { useIncidentBulk } from '../hooks/useIncidents.ts';

type BulkAction = 'set_status' | 'mark_cleared' | 'delete';

/** Actions over the chosen incidents, all or nothing; each asks first in a dialog. */
export function IncidentBulkBar({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const { t, i18n } = useTranslation(['incidents', 'common']);
  const errorMessage = useErrorMessage();
  const bulk = useIncidentBulk();
  const [action, setAction] = useState<BulkAction | null>(null);
  const [status, setStatus] = useState<IncidentStatus>('investigating');
  const [clearedOn, setClearedOn] = useState(isoFromDay(vnToday()));
  const count = ids.length;
  /** The server names the rule an incident breaks (e.g. cleared before it happened): say it. */
  const refusal = (error: unknown) => {
    const reasons = [
      ...new Set(
        fieldErrors(error)
          .filter((f) => f.message.includes(' / '))
          .map((f) => messageInLanguage(f.message, i18n.language)),
      ),
    ];
    return reasons.length > 0 ? reasons.join(' ') : errorMessage(error);
  };

  const open = (next: BulkAction) => {
    bulk.reset();
    setAction(next);
  };
  const close = () => setAction(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!action) return;
    bulk.mutate(
      {
        ids,
        action,
        status: action === 'set_status' ? status : undefined,
        clearedOn: action === 'mark_cleared' ? clearedOn : undefined,
      },
      {
        onSuccess: ({ changed }) => {
          notifications.show({
            color: 'green',
            message: t(action === 'delete' ? 'bulk.deleted' : 'bulk.done', { count: changed }),
          });
          close();
          onDone();
        },
      },
    );
  };

  return (
    <>
      <Paper withBorder radius="sm" p="xs" bg="blue.0" role="region" aria-label={t('bulk.region')}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600} aria-live="polite">
            {t('bulk.selected', { count })}
          </Text>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => open('set_status')}>
              {t('bulk.setStatus')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconCircleCheck size={14} aria-hidden="true" />}
              onClick={() => open('mark_cleared')}
            >
              {t('bulk.markCleared')}
            </Button>
            <Button
              size="xs"
              color="red"
              variant="light"
              leftSection={<IconTrash size={14} aria-hidden="true" />}
              onClick={() => open('delete')}
            >
              {t('bulk.delete')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconX size={14} aria-hidden="true" />}
              onClick={onDone}
            >
              {t('bulk.clear')}
            </Button>
          </Group>
        </Group>
      </Paper>
      <Modal
        opened={action !== null}
        onClose={close}
        title={action ? t(`bulk.titles.${action}`, { count }) : ''}
        centered
      >
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            {action === 'set_status' && (
              <Select
                label={t('bulk.statusLabel')}
                allowDeselect={false}
                data={INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
                value={status}
                onChange={(v) => v && setStatus(v as IncidentStatus)}
                comboboxProps={{ withinPortal: true }}
              />
            )}
            {action === 'mark_cleared' && (
              <DayInput
                label={t('bulk.clearedLabel')}
                description={t('bulk.clearedHint')}
                max={isoFromDay(vnToday())}
                value={clearedOn}
                onChange={setClearedOn}
              />
            )}
            {action === 'delete' && <Text size="sm">{t('bulk.deleteText')}</Text>}
            <Text size="xs" c="dimmed">
              {t('bulk.allOrNothing')}
            </Text>
            {bulk.error && (
              <Alert color="red" variant="light" role="alert">
                {refusal(bulk.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" color={action === 'delete' ? 'red' : undefined} loading={bulk.isPending}>
                {action === 'delete' ? t('bulk.confirmDelete', { count }) : t('bulk.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
