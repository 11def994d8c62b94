import { suspendTipRequestSchema, TIP_SUSPENSION_GROUND_LABELS, TIP_SUSPENSION_GROUNDS } from '@antt/shared';
import { Select, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/i18n/label.ts';
import { StepDialog } from './StepDialog.tsx';
import type { StepDialogBaseProps } from './types.ts';
import { useStepForm } from './useStepForm.ts';

/** Art. 148: only once the limit has run out, and only on a lawful ground. */
export function SuspendDialog({ tip, opened, onClose }: StepDialogBaseProps) {
  const { t } = useTranslation('tips');
  const label = useLabel();
  const form = useStepForm(tip, 'suspend', suspendTipRequestSchema, onClose);
  const [ground, setGround] = useState<string | null>(null);
  const [note, setNote] = useState('');
  return (
    <StepDialog
      opened={opened}
      onClose={onClose}
      title={t('actions.suspend.title')}
      text={t('actions.suspend.text')}
      pending={form.pending}
      error={form.error}
      onConfirm={() => form.submit({ ground: ground ?? undefined, note })}
      confirmLabel={t('actions.suspend.button')}
      confirmColor="orange"
    >
      <Select
        label={t('actions.suspend.ground')}
        required
        data={TIP_SUSPENSION_GROUNDS.map((g) => ({
          value: g,
          label: label(TIP_SUSPENSION_GROUND_LABELS[g]),
        }))}
        value={ground}
        onChange={setGround}
        error={form.problem('ground')}
      />
      {ground && (
        <Text size="xs" c="dimmed">
          {TIP_SUSPENSION_GROUND_LABELS[ground as keyof typeof TIP_SUSPENSION_GROUND_LABELS].article}
        </Text>
      )}
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
