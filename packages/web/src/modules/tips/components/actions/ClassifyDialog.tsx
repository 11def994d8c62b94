import {
  classifyTipRequestSchema,
  TIP_CATEGORIES,
  TIP_CATEGORY_LABELS,
  TIP_KINDS,
  TIP_KIND_LABELS,
} from '@antt/shared';
import { Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/i18n/label.ts';
import { StepDialog } from './StepDialog.tsx';
import type { StepDialogBaseProps } from './types.ts';
import { useStepForm } from './useStepForm.ts';

export function ClassifyDialog({ tip, opened, onClose }: StepDialogBaseProps) {
  const { t } = useTranslation('tips');
  const label = useLabel();
  const form = useStepForm(tip, 'classify', classifyTipRequestSchema, onClose);
  const [kind, setKind] = useState<string>(tip.kind);
  const [category, setCategory] = useState<string>(tip.category);
  const [note, setNote] = useState('');
  return (
    <StepDialog
      opened={opened}
      onClose={onClose}
      title={t('actions.classify.title')}
      text={t('actions.classify.text')}
      pending={form.pending}
      error={form.error}
      onConfirm={() => form.submit({ kind, category, note })}
      confirmLabel={t('actions.classify.button')}
    >
      <Select
        label={t('detail.kind')}
        data={TIP_KINDS.map((k) => ({ value: k, label: label(TIP_KIND_LABELS[k]) }))}
        value={kind}
        onChange={(v) => setKind(v ?? '')}
        allowDeselect={false}
        error={form.problem('kind')}
      />
      <Select
        label={t('detail.category')}
        data={TIP_CATEGORIES.map((c) => ({ value: c, label: label(TIP_CATEGORY_LABELS[c]) }))}
        value={category}
        onChange={(v) => setCategory(v ?? '')}
        allowDeselect={false}
        error={form.problem('category')}
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
