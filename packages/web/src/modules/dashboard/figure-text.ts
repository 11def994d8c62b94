import type { IndicatorFigureDto } from '@antt/shared';
import {
  formatAbsoluteChange,
  formatRange,
  formatRelativeChange,
  formatValue,
  type IndicatorUnit,
  type Noun,
} from './indicator-format.ts';

/** The words of one figure, as the cards, the map, the table and the alerts show them. */
export type FigureText = {
  value: string;
  samePeriod: string | null;
  absoluteChange: string | null;
  relativeChange: string | null;
  /** The usual band, "3–9 vụ", cut to the possible range (no −3 crimes, no 104 %). */
  band: string | null;
};

export function figureText(
  figure: IndicatorFigureDto,
  unit: IndicatorUnit,
  language: string,
  noun?: Noun,
): FigureText {
  const change = figure.change;
  return {
    value: formatValue(figure.value, unit, language, noun),
    samePeriod: figure.samePeriod ? formatValue(figure.samePeriod.value, unit, language, noun) : null,
    absoluteChange: change.absolute === null ? null : formatAbsoluteChange(change.absolute, unit, language),
    // A rate's change reads in percentage points; a percentage of a percentage only confuses.
    relativeChange:
      unit === 'percent' || change.relative === null ? null : formatRelativeChange(change.relative, language),
    band: figure.band
      ? formatRange(
          Math.max(0, figure.band.low),
          unit === 'percent' ? Math.min(100, figure.band.high) : figure.band.high,
          unit,
          language,
          noun,
        )
      : null,
  };
}
