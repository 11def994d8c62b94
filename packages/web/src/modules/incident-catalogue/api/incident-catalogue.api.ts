import {
  incidentCatalogueSchema,
  incidentCategorySchema,
  penalCodeClauseSchema,
  type IncidentCatalogueDto,
  type IncidentCategoryDto,
  type IncidentCategoryRequest,
  type PenalCodeClauseDto,
  type PenalCodeClauseRequest,
} from '@antt/shared';
import { api } from '@/modules/api/client.ts';

// The incident catalogues (packages/server/src/routes/incident-catalogue.routes.ts): everyone
// reads the versions in force on a day; an administrator adds a version from a day on.

/** Categories and Penal Code clauses in force on a day (YYYY-MM-DD). */
export function getIncidentCatalogue(date: string): Promise<IncidentCatalogueDto> {
  return api.get('/api/incident-catalogue', { query: { date }, schema: incidentCatalogueSchema });
}

/** A new clause, or a new version of one from `validFrom`; the version before closes the day before. */
export function setPenalCodeClause(request: PenalCodeClauseRequest): Promise<PenalCodeClauseDto> {
  return api.put('/api/incident-catalogue/penal-code', request, { schema: penalCodeClauseSchema });
}

/** A new category, or a new version of one from `validFrom`. */
export function setIncidentCategory(request: IncidentCategoryRequest): Promise<IncidentCategoryDto> {
  return api.put('/api/incident-catalogue/categories', request, { schema: incidentCategorySchema });
}
