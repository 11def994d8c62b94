import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CategorySelect } from './CategorySelect.tsx';
import type { IncidentFieldsProps } from './form-props.ts';

/** A social-vice site: gambling, drug use or prostitution, and the site's name. */
export function SocialViceFields(props: IncidentFieldsProps) {
  const { t } = useTranslation('incidents');
  const { values, set, problem } = props;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <CategorySelect type="social_vice" {...props} />
      <TextInput
        label={t('form.siteName')}
        value={values.siteName}
        onChange={(e) => set('siteName', e.currentTarget.value)}
        error={problem('siteName')}
      />
    </SimpleGrid>
  );
}
