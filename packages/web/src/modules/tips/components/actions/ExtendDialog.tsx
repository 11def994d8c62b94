import { extendTipRequestSchema } from '@antt/shared';
import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { StepDialog } from './StepDialog.tsx';
import type { StepDialogBaseProps } from './types.ts';
import { useStepForm } from './useStepForm.ts';

/** A leader's extension (up to 2 months in all), or the procuracy's one further extension. */
export function ExtendDialog({ tip, opened, onClose }: StepDialogBaseProps) {
  const { t } = useTranslation('tips');
  const format = useFormat();
  const user = useCurrentUser();
  const byProcuracy = user.roles.includes('procurator');
  const form = useStepForm(tip, 'extend', extendTipRequestSchema, onClose);
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  return (
    <StepDialog
      opened={opened}
      onClose={onClose}
      title={t('actions.extend.title')}
      text={t(byProcuracy ? 'actions.extend.procuracyText' : 'actions.extend.text')}
      pending={form.pending}
      error={form.error}
      onConfirm={() => form.submit({ until, reason })}
      confirmLabel={t(byProcuracy ? 'actions.extend.procuracyButton' : 'actions.extend.button')}
    >
      {tip.limitLastDate && (
        <Text size="sm" fw={600}>
          {t('actions.extend.currentLimit', { date: format.day(tip.limitLastDate) })}
        </Text>
      )}
      <DayInput
        label={t('actions.extend.until')}
        required
        min={tip.limitLastDate ?? undefined}
        value={until}
        onChange={setUntil}
        error={form.problem('until')}
        data-autofocus
      />
      <Textarea
        label={t('actions.extend.reason')}
        required
        autosize
        minRows={2}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={form.problem('reason')}
      />
    </StepDialog>
  );
}
