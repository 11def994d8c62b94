import { useQuery } from '@tanstack/react-query';
import { listDataElements, listDataSets } from '../api/data-sets.api.ts';

// Elements and sets change only when an administrator edits them: cache them for a while.
const STALE = 10 * 60_000;

export function useDataSets() {
  return useQuery({ queryKey: ['datasets', 'sets'], queryFn: listDataSets, staleTime: STALE });
}

export function useDataElements() {
  return useQuery({ queryKey: ['datasets', 'elements'], queryFn: listDataElements, staleTime: STALE });
}
