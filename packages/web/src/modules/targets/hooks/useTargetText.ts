import { parsePeriod, periodLabel, type TargetDto } from '@antt/shared';
import { useTranslation } from 'react-i18next';
import { useIndicatorDefinitions } from '@/modules/dashboard/hooks/useIndicators.ts';
import { dayText } from '@/ui/forms/day-text.ts';
import { formatTargetValue } from '../target-numbers.ts';

/** A period's label in the UI language (the server's labels follow the browser's language). */
export function labelOfPeriod(code: string, language: string): string {
  try {
    return periodLabel(parsePeriod(code), language === 'en' ? 'en' : 'vi');
  } catch {
    return code;
  }
}

/** A target's indicator, term and rule in words, in the current language. */
export function useTargetText() {
  const { t, i18n } = useTranslation('targets');
  const language = i18n.language;
  const definitions = useIndicatorDefinitions();
  return {
    language,
    indicatorName: (target: TargetDto) => {
      const def = definitions.data?.find((d) => d.code === target.indicator.code);
      if (!def) return target.indicator.name;
      return language === 'en' ? def.nameEn : def.nameVi;
    },
    /** "15/12/2025 – 14/12/2030", whatever the language (days read dd/MM/yyyy). */
    termDates: (target: TargetDto) =>
      t('term.dates', { start: dayText(target.term.start), end: dayText(target.term.end) }),
    /** "≥ 75 %", "≤ 1.200", "giảm 5 % so với Năm báo cáo 2025". */
    rule: (target: TargetDto) => {
      const value = formatTargetValue(target.direction, target.targetValue, target.indicator.unit, language);
      if (target.direction !== 'reduce_by_percent') return value;
      const baseline = target.baseline ? shortPeriod(target.baseline.period.code, language) : '—';
      return t('rule.reduceBy', { cut: value, baseline });
    },
    period: (code: string) => labelOfPeriod(code, language),
  };
}

/** A period's label without its dates in brackets: "Năm báo cáo 2025". */
function shortPeriod(code: string, language: string): string {
  return labelOfPeriod(code, language).replace(/\s*\([^)]*\)$/, '');
}
