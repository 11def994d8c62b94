import type {
  IncidentBulkRequest,
  IncidentDetailDto,
  IncidentRequest,
  IncidentUpdateRequest,
} from '@antt/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/modules/api/client.ts';
import {
  bulkIncidents,
  createIncident,
  deleteIncident,
  getIncident,
  incidentMap,
  listIncidents,
  updateIncident,
  type IncidentListParams,
} from '../api/incidents.api.ts';
import type { IncidentFilterValues } from '../incident-filters.ts';

export const INCIDENTS_KEY = ['incidents'] as const;
const incidentKey = (id: string) => [...INCIDENTS_KEY, 'one', id] as const;

export function useIncidentList(params: IncidentListParams) {
  return useQuery({
    queryKey: [...INCIDENTS_KEY, 'list', params],
    queryFn: () => listIncidents(params),
    placeholderData: keepPreviousData,
  });
}

export function useIncidentMap(filters: IncidentFilterValues) {
  return useQuery({
    queryKey: [...INCIDENTS_KEY, 'map', filters],
    queryFn: () => incidentMap(filters),
    placeholderData: keepPreviousData,
  });
}

export function useIncident(id: string) {
  return useQuery({ queryKey: incidentKey(id), queryFn: () => getIncident(id), staleTime: 5_000 });
}

/** After any write the lists, the map and the counts are read again. */
function useAfterWrite() {
  const queryClient = useQueryClient();
  return (incident?: IncidentDetailDto) => {
    if (incident) queryClient.setQueryData(incidentKey(incident.id), incident);
    void queryClient.invalidateQueries({ queryKey: [...INCIDENTS_KEY, 'list'] });
    void queryClient.invalidateQueries({ queryKey: [...INCIDENTS_KEY, 'map'] });
  };
}

export function useCreateIncident() {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: (request: IncidentRequest) => createIncident(request),
    onSuccess: afterWrite,
  });
}

/** An edit names the version it was made on; a stale one (409) is left for the form to explain. */
export function useUpdateIncident(id: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: (request: IncidentUpdateRequest) => updateIncident(id, request),
    onSuccess: afterWrite,
  });
}

export function useDeleteIncident(id: string) {
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: (version: number) => deleteIncident(id, version),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: incidentKey(id) });
      afterWrite();
    },
    onError: (error) => {
      if (isApiError(error, 'stale_version'))
        void queryClient.invalidateQueries({ queryKey: incidentKey(id) });
    },
  });
}

export function useIncidentBulk() {
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: (request: IncidentBulkRequest) => bulkIncidents(request),
    onSuccess: () => {
      // Every open detail may have changed.
      void queryClient.invalidateQueries({ queryKey: [...INCIDENTS_KEY, 'one'] });
      afterWrite();
    },
  });
}
