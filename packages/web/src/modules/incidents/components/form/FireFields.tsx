import { FIRE_CAUSES } from '@antt/shared';
import { NumberInput, Select, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CategorySelect } from './CategorySelect.tsx';
import { numberValue, type IncidentFieldsProps } from './form-props.ts';

/** A fire or explosion: the people killed and hurt, the damage in đồng, the cause. */
export function FireFields(props: IncidentFieldsProps) {
  const { t } = useTranslation('incidents');
  const { values, set, problem } = props;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <CategorySelect type="fire" {...props} />
        <Select
          label={t('form.cause')}
          allowDeselect={false}
          data={FIRE_CAUSES.map((c) => ({ value: c, label: t(`fireCauses.${c}`) }))}
          value={values.cause}
          onChange={(v) => v && set('cause', v as (typeof FIRE_CAUSES)[number])}
          error={problem('cause')}
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
        {/* Vietnamese writes thousands with dots: 150.000.000 đồng. */}
        <NumberInput
          label={t('form.damage')}
          min={0}
          allowNegative={false}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          rightSection="đ"
          hideControls
          value={values.damageVnd}
          onChange={(v) => set('damageVnd', numberValue(v))}
          error={problem('damageVnd')}
        />
      </SimpleGrid>
    </Stack>
  );
}
