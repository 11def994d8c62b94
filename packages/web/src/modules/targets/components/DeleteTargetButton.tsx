import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { useDeleteTarget } from '../hooks/useTargets.ts';

/** Removes a target once the user has confirmed it by name (the server keeps it in the audit log). */
export function DeleteTargetButton({
  id,
  name,
  onDeleted,
}: {
  id: string;
  name: string;
  onDeleted: () => void;
}) {
  const { t } = useTranslation(['targets', 'common']);
  const errorMessage = useErrorMessage();
  const remove = useDeleteTarget(id);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button
        variant="light"
        color="red"
        leftSection={<IconTrash size={18} aria-hidden="true" />}
        onClick={() => setConfirming(true)}
      >
        {t('delete.button')}
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('delete.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('delete.confirm', { name })}</Text>
          {remove.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(remove.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(undefined, {
                  onSuccess: () => {
                    setConfirming(false);
                    notifications.show({ color: 'green', message: t('delete.done') });
                    onDeleted();
                  },
                })
              }
            >
              {t('delete.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
