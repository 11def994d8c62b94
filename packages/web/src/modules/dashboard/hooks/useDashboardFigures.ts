import type { IndicatorDefinition, IndicatorValueDto } from '@antt/shared';
import { useTranslation } from 'react-i18next';
import type { DashboardScope } from '../api/indicators.api.ts';
import type { IndicatorUnit, Noun } from '../indicator-format.ts';
import type { Direction } from '../map-classes.ts';
import { useIndicatorDefinitions, useIndicatorValues } from './useIndicators.ts';

/** One indicator of the view: how it reads in the UI language, and its figures when loaded. */
export type IndicatorFigures = {
  code: string;
  /** The catalogue's name in the UI language. */
  name: string;
  /** A name short enough for a card or a column head. */
  shortName: string;
  /** What a count counts ("vụ", "tin", "người"), when known. */
  noun: Noun | undefined;
  unit: IndicatorUnit;
  direction: Direction;
  definition: IndicatorDefinition | undefined;
  countingRule: string;
  data: IndicatorValueDto | undefined;
  isPending: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => void;
};

/** The view's indicators, in reading order, named from the catalogue in the UI language. */
export function useDashboardFigures(codes: readonly string[], scope: DashboardScope | null) {
  const { t, i18n } = useTranslation('dashboard');
  const definitions = useIndicatorDefinitions();
  const values = useIndicatorValues(codes, scope);
  const english = i18n.language === 'en';
  const figures: IndicatorFigures[] = codes.map((code, index) => {
    const definition = definitions.data?.find((d) => d.code === code);
    const query = values[index]!;
    const data = query.data;
    const name = definition
      ? english
        ? definition.nameEn
        : definition.nameVi
      : (data?.indicator.name ?? code);
    return {
      code,
      name,
      shortName: i18n.exists(`short.${code}`, { ns: 'dashboard' }) ? t(`short.${code}`) : name,
      noun: i18n.exists(`nouns.${code}`, { ns: 'dashboard', count: 2 })
        ? (count: number) => t(`nouns.${code}`, { count })
        : undefined,
      unit: definition?.unit ?? data?.indicator.unit ?? 'count',
      direction: definition?.direction ?? data?.indicator.direction ?? 'neutral',
      definition,
      countingRule: definition
        ? english
          ? definition.countingRuleEn
          : definition.countingRuleVi
        : (data?.indicator.countingRule ?? ''),
      data,
      isPending: query.isPending,
      isFetching: query.isFetching,
      error: query.error,
      refetch: () => void query.refetch(),
    };
  });
  return { figures, definitions };
}
