import type { DataElement, DataSet } from '@antt/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { intlLocale } from '@/i18n/languages.ts';

/** How the catalogue screens word an element or a set in the current language. */
export function useCatalogueText() {
  const { t, i18n } = useTranslation('datasets');
  const format = useFormat();
  const english = i18n.language === 'en';
  const list = new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' });
  return {
    name: (item: Pick<DataElement | DataSet, 'nameVi' | 'nameEn'>) => (english ? item.nameEn : item.nameVi),
    short: (element: DataElement) => (english ? element.shortEn : element.shortVi),
    description: (element: DataElement) => (english ? element.descriptionEn : element.descriptionVi),
    /** "0 – 100.000", "Từ 0 trở lên", "Không giới hạn". */
    range: ({ min, max }: Pick<DataElement, 'min' | 'max'>) => {
      if (min !== null && max !== null)
        return t('catalogue.range.between', { min: format.number(min), max: format.number(max) });
      if (min !== null) return t('catalogue.range.atLeast', { min: format.number(min) });
      if (max !== null) return t('catalogue.range.atMost', { max: format.number(max) });
      return t('catalogue.range.any');
    },
    /** "a, b và c" / "a, b and c". */
    list: (items: string[]) => list.format(items),
  };
}
