import {
  decideTipRequestSchema,
  isoFromDay,
  TIP_DECISION_LABELS,
  TIP_DECISIONS,
  vnToday,
  type TipDecision,
} from '@antt/shared';
import { Select, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/i18n/label.ts';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { StepDialog } from './StepDialog.tsx';
import type { StepDialogBaseProps } from './types.ts';
import { useStepForm } from './useStepForm.ts';

type DecideDialogProps = StepDialogBaseProps & {
  /** Opened from a duplicate suggestion: merge into that tip. */
  mergeInto?: string;
};

/** Prosecute, decline, transfer, or merge as a duplicate (BLTTHS art. 147(3)). */
export function DecideDialog({ tip, opened, onClose, mergeInto }: DecideDialogProps) {
  const { t } = useTranslation('tips');
  const label = useLabel();
  const form = useStepForm(tip, 'decide', decideTipRequestSchema, onClose);
  const [decision, setDecision] = useState<TipDecision>(mergeInto ? 'merge' : 'prosecute');
  const [decisionNo, setDecisionNo] = useState('');
  const [decisionDate, setDecisionDate] = useState(isoFromDay(vnToday()));
  const [penalCodeArticle, setPenalCodeArticle] = useState('');
  const [agencyName, setAgencyName] = useState('');
  const [duplicateOfId, setDuplicateOfId] = useState<string | null>(
    mergeInto ?? tip.duplicates[0]?.id ?? null,
  );
  const [note, setNote] = useState('');

  const values = (): Record<string, unknown> => {
    switch (decision) {
      case 'prosecute':
        return { decision, decisionNo, decisionDate, penalCodeArticle, note };
      case 'decline':
        return { decision, decisionNo, decisionDate, note };
      case 'transfer':
        return { decision, agencyName, decisionNo, note };
      case 'merge':
        return { decision, duplicateOfId: duplicateOfId ?? '', note };
    }
  };

  return (
    <StepDialog
      opened={opened}
      onClose={onClose}
      title={t('actions.decide.title')}
      text={t('actions.decide.text')}
      pending={form.pending}
      error={form.error}
      onConfirm={() => form.submit(values())}
      confirmLabel={t('actions.decide.button')}
    >
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('actions.decide.decision')}
        </Text>
        <SegmentedControl
          orientation="vertical"
          fullWidth
          value={decision}
          onChange={(value) => setDecision(value as TipDecision)}
          data={TIP_DECISIONS.map((d) => ({ value: d, label: label(TIP_DECISION_LABELS[d]) }))}
        />
      </Stack>
      {decision === 'transfer' && (
        <TextInput
          label={t('actions.decide.agencyName')}
          required
          value={agencyName}
          onChange={(e) => setAgencyName(e.currentTarget.value)}
          error={form.problem('agencyName')}
        />
      )}
      {(decision === 'prosecute' || decision === 'decline' || decision === 'transfer') && (
        <TextInput
          label={t('actions.decide.decisionNo')}
          required={decision !== 'transfer'}
          value={decisionNo}
          onChange={(e) => setDecisionNo(e.currentTarget.value)}
          error={form.problem('decisionNo')}
        />
      )}
      {(decision === 'prosecute' || decision === 'decline') && (
        <DayInput
          label={t('actions.decide.decisionDate')}
          required
          value={decisionDate}
          onChange={setDecisionDate}
          error={form.problem('decisionDate')}
        />
      )}
      {decision === 'prosecute' && (
        <TextInput
          label={t('actions.decide.penalCodeArticle')}
          description={t('actions.decide.penalCodeHint')}
          required
          value={penalCodeArticle}
          onChange={(e) => setPenalCodeArticle(e.currentTarget.value)}
          error={form.problem('penalCodeArticle')}
        />
      )}
      {decision === 'merge' &&
        (tip.duplicates.length > 0 ? (
          <Select
            label={t('actions.decide.duplicateOf')}
            required
            data={tip.duplicates.map((d) => ({
              value: d.id,
              label: `${d.registrationLabel} — ${d.ownerUnit.name}`,
            }))}
            value={duplicateOfId}
            onChange={setDuplicateOfId}
            error={form.problem('duplicateOfId')}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('actions.decide.noDuplicates')}
          </Text>
        ))}
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
