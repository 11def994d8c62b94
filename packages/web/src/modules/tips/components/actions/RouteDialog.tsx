import { routeTipRequestSchema, TIP_HANDLING_UNIT_KINDS } from '@antt/shared';
import { Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePoliceUnits } from '@/modules/police-units/hooks/usePoliceUnits.ts';
import { byRankThenName } from '@/modules/police-units/police-unit-order.ts';
import { StepDialog } from './StepDialog.tsx';
import type { StepDialogBaseProps } from './types.ts';
import { useStepForm } from './useStepForm.ts';

const HANDLING: readonly string[] = TIP_HANDLING_UNIT_KINDS;

/** The duty desk routing by hand, or a leader reassigning to another unit. */
export function RouteDialog({ tip, opened, onClose }: StepDialogBaseProps) {
  const { t } = useTranslation(['tips', 'common']);
  const units = usePoliceUnits();
  const form = useStepForm(tip, 'route', routeTipRequestSchema, onClose);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const choices = (units.data ?? [])
    .filter((u) => HANDLING.includes(u.kind) && u.id !== tip.ownerUnit.id)
    .toSorted(byRankThenName)
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <StepDialog
      opened={opened}
      onClose={onClose}
      title={t('actions.route.title')}
      text={t('actions.route.text')}
      pending={form.pending}
      error={form.error}
      onConfirm={() => form.submit({ unitId: unitId ?? '', note })}
      confirmLabel={t('actions.route.button')}
    >
      <Select
        label={t('actions.route.unit')}
        required
        searchable
        nothingFoundMessage={t('common:states.empty')}
        data={choices}
        value={unitId}
        onChange={setUnitId}
        disabled={units.isPending}
        error={form.problem('unitId')}
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
