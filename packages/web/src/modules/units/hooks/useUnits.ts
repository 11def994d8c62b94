import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { searchUnits, unitAt, unitChildren, type UnitSearch } from '../api/units.api.ts';

// Units are reference data that changes only by import: cache them for a while.
const STALE = 10 * 60_000;

export function useUnitSearch(search: UnitSearch, enabled = true) {
  return useQuery({
    queryKey: ['units', 'search', search],
    queryFn: () => searchUnits(search),
    enabled,
    staleTime: STALE,
    placeholderData: keepPreviousData,
  });
}

export function useUnit(code: string | null | undefined, date?: string) {
  return useQuery({
    queryKey: ['units', 'one', code, date],
    queryFn: () => unitAt(code!, date),
    enabled: Boolean(code),
    staleTime: STALE,
  });
}

export function useUnitChildren(code: string | null, date?: string) {
  return useQuery({
    queryKey: ['units', 'children', code, date],
    queryFn: () => unitChildren(code!, date),
    enabled: Boolean(code),
    staleTime: STALE,
    placeholderData: keepPreviousData,
  });
}
