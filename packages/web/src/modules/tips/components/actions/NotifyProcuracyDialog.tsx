import { notifyProcuracyRequestSchema } from '@antt/shared';
import { Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepDialog } from './StepDialog.tsx';
import type { StepDialogBaseProps } from './types.ts';
import { useStepForm } from './useStepForm.ts';

export function NotifyProcuracyDialog({ tip, opened, onClose }: StepDialogBaseProps) {
  const { t } = useTranslation('tips');
  const form = useStepForm(tip, 'notify-procuracy', notifyProcuracyRequestSchema, onClose);
  const [noticeNo, setNoticeNo] = useState('');
  const [note, setNote] = useState('');
  return (
    <StepDialog
      opened={opened}
      onClose={onClose}
      title={t('actions.notify_procuracy.title')}
      text={t('actions.notify_procuracy.text')}
      pending={form.pending}
      error={form.error}
      onConfirm={() => form.submit({ noticeNo, note })}
      confirmLabel={t('actions.notify_procuracy.button')}
    >
      <TextInput
        label={t('actions.notify_procuracy.noticeNo')}
        required
        value={noticeNo}
        onChange={(e) => setNoticeNo(e.currentTarget.value)}
        error={form.problem('noticeNo')}
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
