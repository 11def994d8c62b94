import { notifyResultRequestSchema } from '@antt/shared';
import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepDialog } from './StepDialog.tsx';
import type { StepDialogBaseProps } from './types.ts';
import { useStepForm } from './useStepForm.ts';

export function NotifyResultDialog({ tip, opened, onClose }: StepDialogBaseProps) {
  const { t } = useTranslation('tips');
  const form = useStepForm(tip, 'notify-result', notifyResultRequestSchema, onClose);
  const [message, setMessage] = useState('');
  return (
    <StepDialog
      opened={opened}
      onClose={onClose}
      title={t('actions.notify_result.title')}
      text={t('actions.notify_result.text')}
      pending={form.pending}
      error={form.error}
      onConfirm={() => form.submit({ message })}
      confirmLabel={t('actions.notify_result.button')}
    >
      <Textarea
        label={t('actions.notify_result.message')}
        required
        autosize
        minRows={4}
        value={message}
        onChange={(e) => setMessage(e.currentTarget.value)}
        error={form.problem('message')}
        data-autofocus
      />
    </StepDialog>
  );
}
