import { INCIDENT_STATUSES, type IncidentStatus } from '@antt/shared';
import { Checkbox, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import type { IncidentFieldsProps } from './form-props.ts';

/** Where the case stands, and whether and when it was cleared (điều tra làm rõ). */
export function HandlingFields({ values, set, problem }: Omit<IncidentFieldsProps, 'catalogue'>) {
  const { t } = useTranslation('incidents');
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <Select
        label={t('form.status')}
        allowDeselect={false}
        data={INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        value={values.status}
        onChange={(v) => v && set('status', v as IncidentStatus)}
        error={problem('status')}
      />
      <Checkbox
        mt={{ base: 0, sm: 32 }}
        label={t('form.cleared')}
        checked={values.cleared}
        onChange={(e) => {
          const cleared = e.currentTarget.checked;
          set('cleared', cleared);
          if (!cleared) set('clearedOn', '');
        }}
      />
      {values.cleared && (
        <DayInput
          label={t('form.clearedOn')}
          withAsterisk
          value={values.clearedOn}
          onChange={(day) => set('clearedOn', day)}
          error={problem('clearedOn')}
        />
      )}
    </SimpleGrid>
  );
}
