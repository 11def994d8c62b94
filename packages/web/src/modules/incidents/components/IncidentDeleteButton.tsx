import type { IncidentDetailDto } from '@antt/shared';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '@/modules/api/client.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { useDeleteIncident } from '../hooks/useIncidents.ts';

/** Deletes the incident after asking; the history and the audit log keep what it was. */
export function IncidentDeleteButton({ incident }: { incident: IncidentDetailDto }) {
  const { t } = useTranslation(['incidents', 'common']);
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useDeleteIncident(incident.id);
  return (
    <>
      <Button
        color="red"
        variant="light"
        leftSection={<IconTrash size={16} aria-hidden="true" />}
        onClick={() => {
          remove.reset();
          open();
        }}
      >
        {t('actions.delete')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('detail.deleteTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('detail.deleteText')}</Text>
          {remove.error && (
            <Alert color="red" variant="light" role="alert">
              {isApiError(remove.error, 'stale_version') ? t('form.stale') : errorMessage(remove.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(incident.version, {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t('detail.deleted') });
                    void navigate('/incidents');
                  },
                })
              }
            >
              {t('detail.confirmDelete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
