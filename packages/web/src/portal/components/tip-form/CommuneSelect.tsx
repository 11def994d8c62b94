import { Select, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesSearch } from '@/ui/search.ts';
import type { PortalCommune } from '../../api/communes.api.ts';

type CommuneSelectProps = {
  /** Null while loading. */
  communes: PortalCommune[] | null;
  value: string;
  onChange: (code: string) => void;
  error?: string;
  loadFailed: boolean;
};

// "soc trang" finds "Phường Sóc Trăng": phones often type without tone marks.
const foldedFilter: OptionsFilter = ({ options, search }) =>
  (options as ComboboxItem[]).filter((option) => matchesSearch(search, option.label, option.value));

/** The commune where it happened, searchable without tone marks; may stay empty. */
export function CommuneSelect({ communes, value, onChange, error, loadFailed }: CommuneSelectProps) {
  const { t } = useTranslation('portal');
  const data = useMemo(() => (communes ?? []).map((c) => ({ value: c.code, label: c.name })), [communes]);
  return (
    <Select
      id="field-communeCode"
      label={t('submit.commune.label')}
      description={loadFailed ? t('submit.commune.loadFailed') : t('submit.commune.hint')}
      placeholder={t('submit.commune.placeholder')}
      data={data}
      value={value || null}
      onChange={(code) => onChange(code ?? '')}
      searchable
      clearable
      filter={foldedFilter}
      limit={200}
      nothingFoundMessage={t('submit.commune.nothingFound')}
      disabled={communes === null && !loadFailed}
      error={error}
      size="md"
      comboboxProps={{ middlewares: { flip: false, shift: false } }}
      maxDropdownHeight={280}
    />
  );
}
