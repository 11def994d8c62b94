import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import {
  indicatorDefinitions,
  indicatorTrend,
  indicatorValue,
  unitBoundaries,
  type DashboardScope,
} from '../api/indicators.api.ts';

// Figures move with every write, but a dashboard read a minute ago is still the same picture;
// the catalogue and boundaries change only by an administrator's hand.
const FIGURES_STALE = 60_000;
const REFERENCE_STALE = 10 * 60_000;

export function useIndicatorDefinitions() {
  return useQuery({
    queryKey: ['indicators', 'definitions'],
    queryFn: indicatorDefinitions,
    staleTime: REFERENCE_STALE,
  });
}

/** Each indicator of the view for the scope, with its figures per child unit. */
export function useIndicatorValues(codes: readonly string[], scope: DashboardScope | null) {
  return useQueries({
    queries: codes.map((code) => ({
      queryKey: ['indicators', 'value', code, scope],
      queryFn: ({ signal }: { signal: AbortSignal }) => indicatorValue(code, scope!, signal),
      enabled: scope !== null,
      staleTime: FIGURES_STALE,
      placeholderData: keepPreviousData,
      retry: false,
    })),
  });
}

export function useIndicatorTrend(code: string, scope: DashboardScope | null, count = 12) {
  return useQuery({
    queryKey: ['indicators', 'trend', code, scope, count],
    queryFn: ({ signal }) => indicatorTrend(code, scope!, count, signal),
    enabled: scope !== null,
    staleTime: FIGURES_STALE,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useUnitBoundaries(
  province: string | null,
  level: 'district' | 'commune' | null,
  date: string,
) {
  return useQuery({
    queryKey: ['units', 'boundaries', province, level, date],
    queryFn: () => unitBoundaries(province!, level!, date),
    enabled: Boolean(province && level),
    staleTime: REFERENCE_STALE,
  });
}
