import {
  catalogueQuerySchema,
  incidentCatalogueSchema,
  incidentCategoryRequestSchema,
  incidentCategorySchema,
  penalCodeClauseRequestSchema,
  penalCodeClauseSchema,
} from '@antt/shared';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';

// The incident catalogues: every staff member reads them (forms, filters, legends); an
// administrator adds or changes a clause or a category from a date on, keeping the old version.

const tags = ['incidents'];

export const incidentCatalogueRoutes: RouteModule = (app, services) => {
  const catalogue = services.incidents.catalogue;

  app.get(
    '/api/incident-catalogue',
    {
      schema: {
        tags,
        summary: 'Incident categories and Penal Code clauses in force on a date (default today)',
        querystring: catalogueQuerySchema,
        response: { 200: incidentCatalogueSchema },
      },
    },
    async (request) => {
      requireUser(request);
      return catalogue.catalogue(request.query.date);
    },
  );

  app.put(
    '/api/incident-catalogue/penal-code',
    {
      schema: {
        tags,
        summary: 'Add a Penal Code clause or a new version of one from a date (administrators)',
        body: penalCodeClauseRequestSchema,
        response: { 200: penalCodeClauseSchema },
      },
    },
    async (request) => catalogue.setClause(requireUser(request, 'admin'), request.body),
  );

  app.put(
    '/api/incident-catalogue/categories',
    {
      schema: {
        tags,
        summary: 'Add an incident category or a new version of one from a date (administrators)',
        body: incidentCategoryRequestSchema,
        response: { 200: incidentCategorySchema },
      },
    },
    async (request) => catalogue.setCategory(requireUser(request, 'admin'), request.body),
  );
};
