import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';

type StepDialogProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What the step does and the rule behind it. */
  text: string;
  pending: boolean;
  /** The server's refusal, shown in full (e.g. until when a suspension is premature). */
  error: unknown;
  onConfirm: () => void;
  confirmLabel?: string;
  confirmColor?: string;
  children?: ReactNode;
};

/** The confirm dialog every workflow step goes through: what it does, its fields, the server's answer. */
export function StepDialog(props: StepDialogProps) {
  const { t } = useTranslation(['tips', 'common']);
  const errorMessage = useErrorMessage();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    props.onConfirm();
  };
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size="lg" centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{props.text}</Text>
          {props.children}
          {Boolean(props.error) && (
            <Alert
              color="red"
              variant="light"
              role="alert"
              icon={<IconAlertTriangle size={20} />}
              data-testid="step-error"
            >
              {errorMessage(props.error)}
            </Alert>
          )}
          <Text size="xs" c="dimmed">
            {t('actions.version')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={props.pending} color={props.confirmColor}>
              {props.confirmLabel ?? t('actions.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
