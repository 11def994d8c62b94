import { resumeTipRequestSchema } from '@antt/shared';
import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { StepDialog } from './StepDialog.tsx';
import type { StepDialogBaseProps } from './types.ts';
import { useStepForm } from './useStepForm.ts';

/** Art. 149: at most 1 month left after resumption. */
export function ResumeDialog({ tip, opened, onClose }: StepDialogBaseProps) {
  const { t } = useTranslation('tips');
  const form = useStepForm(tip, 'resume', resumeTipRequestSchema, onClose);
  const [until, setUntil] = useState('');
  const [note, setNote] = useState('');
  return (
    <StepDialog
      opened={opened}
      onClose={onClose}
      title={t('actions.resume.title')}
      text={t('actions.resume.text')}
      pending={form.pending}
      error={form.error}
      onConfirm={() => form.submit({ until, note })}
      confirmLabel={t('actions.resume.button')}
    >
      <DayInput
        label={t('actions.resume.until')}
        required
        value={until}
        onChange={setUntil}
        error={form.problem('until')}
        data-autofocus
      />
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
