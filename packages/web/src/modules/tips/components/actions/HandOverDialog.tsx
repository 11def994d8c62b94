import { handOverTipRequestSchema } from '@antt/shared';
import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepDialog } from './StepDialog.tsx';
import type { StepDialogBaseProps } from './types.ts';
import { useStepForm } from './useStepForm.ts';

export function HandOverDialog({ tip, opened, onClose }: StepDialogBaseProps) {
  const { t } = useTranslation('tips');
  const form = useStepForm(tip, 'hand-over', handOverTipRequestSchema, onClose);
  const [note, setNote] = useState('');
  return (
    <StepDialog
      opened={opened}
      onClose={onClose}
      title={t('actions.hand_over.title')}
      text={t('actions.hand_over.text')}
      pending={form.pending}
      error={form.error}
      onConfirm={() => form.submit({ note })}
      confirmLabel={t('actions.hand_over.button')}
    >
      <Textarea
        label={t('actions.note')}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
    </StepDialog>
  );
}
