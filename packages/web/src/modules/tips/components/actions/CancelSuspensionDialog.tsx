import { cancelSuspensionRequestSchema } from '@antt/shared';
import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepDialog } from './StepDialog.tsx';
import type { StepDialogBaseProps } from './types.ts';
import { useStepForm } from './useStepForm.ts';

/** The procuracy's own decision (BLTTHS art. 148): recorded by a procurator. */
export function CancelSuspensionDialog({ tip, opened, onClose }: StepDialogBaseProps) {
  const { t } = useTranslation('tips');
  const form = useStepForm(tip, 'cancel-suspension', cancelSuspensionRequestSchema, onClose);
  const [reason, setReason] = useState('');
  return (
    <StepDialog
      opened={opened}
      onClose={onClose}
      title={t('actions.cancel_suspension.title')}
      text={t('actions.cancel_suspension.text')}
      pending={form.pending}
      error={form.error}
      onConfirm={() => form.submit({ reason })}
      confirmLabel={t('actions.cancel_suspension.button')}
    >
      <Textarea
        label={t('actions.cancel_suspension.reason')}
        required
        autosize
        minRows={2}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={form.problem('reason')}
        data-autofocus
      />
    </StepDialog>
  );
}
