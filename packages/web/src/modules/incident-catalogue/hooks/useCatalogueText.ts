import type { MaxPenalty } from '@antt/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';

type Validity = { validFrom: string; validTo: string | null };

// The shipped categories are vocabulary valid for any date a register could hold; the server
// dates them from 1900-01-01 (CATEGORIES_VALID_FROM), which reads better as "any day".
const SINCE_EVER = '1900-01-01';

/** How the catalogues word a penalty frame and a version's validity, in the current language. */
export function useCatalogueText() {
  const { t } = useTranslation('incidentCatalogue');
  const format = useFormat();
  return {
    /** "Phạt tù đến 7 năm", "Phạt tù đến 6 tháng", "Tù chung thân", "Phạt tiền" … */
    maxPenalty: ({
      maxPenalty,
      maxPrisonYears,
    }: {
      maxPenalty: MaxPenalty;
      maxPrisonYears: number | null;
    }) => {
      if (maxPenalty !== 'prison' || maxPrisonYears === null) return t(`penalties.${maxPenalty}`);
      // A bound under a year is said in months, as the Code does ("phạt tù đến 06 tháng").
      if (maxPrisonYears < 1) return t('penalties.prisonMonths', { months: Math.round(maxPrisonYears * 12) });
      return t('penalties.prisonYears', { years: format.number(maxPrisonYears) });
    },
    /** "Từ 01/01/2018" or "Từ 01/01/2018 đến 31/12/2026". */
    validity: ({ validFrom, validTo }: Validity) => {
      if (validFrom <= SINCE_EVER) {
        return validTo === null ? t('validity.always') : t('validity.until', { to: format.day(validTo) });
      }
      return validTo === null
        ? t('validity.from', { from: format.day(validFrom) })
        : t('validity.fromTo', { from: format.day(validFrom), to: format.day(validTo) });
    },
  };
}
