import { NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { useUnitSearch } from '@/modules/units/hooks/useUnits.ts';
import { DateTimeInput } from '@/ui/forms/DateTimeInput.tsx';
import { vnLocalNow } from '@/ui/forms/vn-local-time.ts';
import { matchesSearch } from '@/ui/search.ts';
import { numberValue, type IncidentFieldsProps } from './form-props.ts';

/** When and where: the commune valid on that day, or a map point, and the address. */
export function IncidentPlaceFields({ values, set, problem }: Omit<IncidentFieldsProps, 'catalogue'>) {
  const { t } = useTranslation(['incidents', 'common']);
  const user = useCurrentUser();
  // A 2024 incident happened in a 2024 commune: offer the communes of its day.
  const day = /^\d{4}-\d{2}-\d{2}/.test(values.occurredAt) ? values.occurredAt.slice(0, 10) : undefined;
  const communes = useUnitSearch({ level: 'commune', province: user.provinceCode, date: day, limit: 500 });
  const options = (communes.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }));
  if (values.communeCode && !options.some((o) => o.value === values.communeCode)) {
    options.unshift({ value: values.communeCode, label: values.communeCode });
  }
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateTimeInput
          label={t('form.when')}
          withAsterisk
          maxDay={vnLocalNow().slice(0, 10)}
          value={values.occurredAt}
          onChange={(value) => set('occurredAt', value)}
          error={problem('occurredAt')}
        />
        <Select
          label={t('form.commune')}
          description={t('form.communeHint')}
          placeholder={t('form.communePlaceholder')}
          searchable
          clearable
          filter={({ options: all, search }) =>
            (all as { value: string; label: string }[]).filter((o) => matchesSearch(search, o.label, o.value))
          }
          nothingFoundMessage={t('common:states.empty')}
          data={options}
          value={values.communeCode || null}
          onChange={(v) => set('communeCode', v ?? '')}
          error={problem('communeCode')}
        />
      </SimpleGrid>
      <TextInput
        label={t('form.address')}
        placeholder={t('form.addressPlaceholder')}
        value={values.address}
        onChange={(e) => set('address', e.currentTarget.value)}
        error={problem('address')}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('form.point')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('form.pointHint')}
        </Text>
        <SimpleGrid cols={2} spacing="sm">
          <NumberInput
            label={t('form.lon')}
            placeholder="105.97120"
            decimalScale={6}
            hideControls
            value={values.lon}
            onChange={(v) => set('lon', numberValue(v))}
            error={problem('lon')}
          />
          <NumberInput
            label={t('form.lat')}
            placeholder="9.60310"
            decimalScale={6}
            hideControls
            value={values.lat}
            onChange={(v) => set('lat', numberValue(v))}
            error={problem('lat')}
          />
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
