import { Alert, Button, Center, Group, Loader } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';

type QueryStateProps = { isPending: boolean; error: unknown; onRetry?: () => void };

/** Loading spinner or error with a retry, while a query has no data to show. */
export function QueryState({ isPending, error, onRetry }: QueryStateProps) {
  const { t } = useTranslation('common');
  const errorMessage = useErrorMessage();
  if (error) {
    return (
      <Alert
        color="red"
        variant="light"
        role="alert"
        icon={<IconAlertCircle size={18} />}
        title={t('states.loadFailed')}
      >
        <Group justify="space-between" gap="sm">
          <span>{errorMessage(error)}</span>
          {onRetry && (
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              {t('actions.retry')}
            </Button>
          )}
        </Group>
      </Alert>
    );
  }
  if (isPending) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t('states.loading')} />
      </Center>
    );
  }
  return null;
}
