import type { IncidentType } from '@antt/shared';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentFieldsProps } from './form-props.ts';

/** The category of an accident, a fire or a vice site, from the catalogue in force that day. */
export function CategorySelect({
  type,
  values,
  set,
  problem,
  catalogue,
}: IncidentFieldsProps & { type: Exclude<IncidentType, 'crime'> }) {
  const { t, i18n } = useTranslation('incidents');
  const options = (catalogue?.categories ?? [])
    .filter((c) => c.type === type)
    .map((c) => ({ value: c.code, label: i18n.language === 'en' ? c.nameEn : c.nameVi }));
  if (values.category && !options.some((o) => o.value === values.category)) {
    options.push({ value: values.category, label: values.category });
  }
  return (
    <Select
      label={t('form.category')}
      withAsterisk
      allowDeselect={false}
      data={options}
      value={values.category || null}
      onChange={(v) => set('category', v ?? '')}
      error={problem('category')}
    />
  );
}
