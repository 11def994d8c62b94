import { NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CategorySelect } from './CategorySelect.tsx';
import { numberValue, type IncidentFieldsProps } from './form-props.ts';

/** A traffic accident: its kind, the people killed and hurt, the vehicles, the road. */
export function TrafficAccidentFields(props: IncidentFieldsProps) {
  const { t } = useTranslation('incidents');
  const { values, set, problem } = props;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <CategorySelect type="traffic_accident" {...props} />
        <TextInput
          label={t('form.road')}
          placeholder={t('form.roadPlaceholder')}
          value={values.road}
          onChange={(e) => set('road', e.currentTarget.value)}
          error={problem('road')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <NumberInput
          label={t('form.deaths')}
          min={0}
          allowNegative={false}
          allowDecimal={false}
          value={values.deaths}
          onChange={(v) => set('deaths', numberValue(v))}
          error={problem('deaths')}
        />
        <NumberInput
          label={t('form.injuries')}
          min={0}
          allowNegative={false}
          allowDecimal={false}
          value={values.injuries}
          onChange={(v) => set('injuries', numberValue(v))}
          error={problem('injuries')}
        />
        <NumberInput
          label={t('form.vehicles')}
          min={0}
          allowNegative={false}
          allowDecimal={false}
          value={values.vehicles}
          onChange={(v) => set('vehicles', numberValue(v))}
          error={problem('vehicles')}
        />
      </SimpleGrid>
    </Stack>
  );
}
