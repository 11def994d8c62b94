import type { IncidentCategoryRequest, PenalCodeClauseRequest } from '@antt/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getIncidentCatalogue,
  setIncidentCategory,
  setPenalCodeClause,
} from '../api/incident-catalogue.api.ts';

/** Every cached catalogue starts with this key, so one edit refreshes them all. */
export const INCIDENT_CATALOGUE_KEY = ['incident-catalogue'] as const;

/** The catalogues in force on a day; the last answer stays on screen while another day loads. */
export function useIncidentCatalogue(date: string) {
  return useQuery({
    queryKey: [...INCIDENT_CATALOGUE_KEY, date],
    queryFn: () => getIncidentCatalogue(date),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useSetPenalCodeClause() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PenalCodeClauseRequest) => setPenalCodeClause(request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INCIDENT_CATALOGUE_KEY }),
  });
}

export function useSetIncidentCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: IncidentCategoryRequest) => setIncidentCategory(request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INCIDENT_CATALOGUE_KEY }),
  });
}
