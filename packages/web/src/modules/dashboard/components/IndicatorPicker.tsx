import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorFigures } from '../hooks/useDashboardFigures.ts';

type IndicatorPickerProps = { figures: IndicatorFigures[]; value: string; onChange: (code: string) => void };

/** Which indicator the map and the trend show (a card's title chooses it too). */
export function IndicatorPicker({ figures, value, onChange }: IndicatorPickerProps) {
  const { t } = useTranslation('dashboard');
  return (
    <Select
      label={t('analysis.indicator')}
      data={figures.map((f) => ({ value: f.code, label: f.name }))}
      value={value}
      allowDeselect={false}
      onChange={(code) => code && onChange(code)}
      maw={520}
    />
  );
}
