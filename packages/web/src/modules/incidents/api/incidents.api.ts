import {
  boundaryCollectionSchema,
  incidentBulkResultSchema,
  incidentCatalogueSchema,
  incidentDetailSchema,
  incidentListSchema,
  incidentMapSchema,
  type BoundaryCollectionDto,
  type IncidentBulkRequest,
  type IncidentCatalogueDto,
  type IncidentDetailDto,
  type IncidentListDto,
  type IncidentMapDto,
  type IncidentRequest,
  type IncidentUpdateRequest,
} from '@antt/shared';
import { api, type Query } from '@/modules/api/client.ts';
import type { IncidentFilterValues } from '../incident-filters.ts';

// The incident register's API (packages/server/src/routes/incident*.ts). Every read takes the
// same filters, so the list, the map and the export always show the same incidents.

export type IncidentListParams = IncidentFilterValues & { page: number; pageSize: number };

export function listIncidents(params: IncidentListParams): Promise<IncidentListDto> {
  return api.get('/api/incidents', { query: params as Query, schema: incidentListSchema });
}

export function incidentMap(filters: IncidentFilterValues): Promise<IncidentMapDto> {
  return api.get('/api/incidents/map', { query: filters as Query, schema: incidentMapSchema });
}

export function getIncident(id: string): Promise<IncidentDetailDto> {
  return api.get(`/api/incidents/${encodeURIComponent(id)}`, { schema: incidentDetailSchema });
}

export function createIncident(request: IncidentRequest): Promise<IncidentDetailDto> {
  return api.post('/api/incidents', request, { schema: incidentDetailSchema });
}

export function updateIncident(id: string, request: IncidentUpdateRequest): Promise<IncidentDetailDto> {
  return api.put(`/api/incidents/${encodeURIComponent(id)}`, request, { schema: incidentDetailSchema });
}

export function deleteIncident(id: string, version: number): Promise<void> {
  return api.delete<void>(`/api/incidents/${encodeURIComponent(id)}`, { query: { version } });
}

export function bulkIncidents(request: IncidentBulkRequest): Promise<{ changed: number }> {
  return api.post('/api/incidents/bulk', request, { schema: incidentBulkResultSchema });
}

/** Categories and Penal Code clauses in force on a day (YYYY-MM-DD; today when absent). */
export function incidentCatalogue(date?: string): Promise<IncidentCatalogueDto> {
  return api.get('/api/incident-catalogue', { query: { date }, schema: incidentCatalogueSchema });
}

/** Commune boundaries of a province on a day, as GeoJSON (for the map). */
export function communeBoundaries(province: string, date: string): Promise<BoundaryCollectionDto> {
  return api.get('/api/units/boundaries', {
    query: { province, level: 'commune', date },
    schema: boundaryCollectionSchema,
  });
}
