import {
  incidentBulkRequestSchema,
  incidentBulkResultSchema,
  incidentDeleteQuerySchema,
  incidentDetailSchema,
  incidentIdParamsSchema,
  incidentInputSchema,
  incidentListQuerySchema,
  incidentListSchema,
  incidentMapQuerySchema,
  incidentMapSchema,
  incidentUpdateSchema,
} from '@antt/shared';
import { z } from 'zod';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';

// The incident register over HTTP (shared/DESIGN.md section 5.3). Reads are for every staff
// member within their jurisdiction; writes for officers, leaders, analysts and admins (the
// service decides). An incident outside the caller's jurisdiction answers 404.

const tags = ['incidents'];

export const incidentRoutes: RouteModule = (app, services) => {
  const incidents = services.incidents;

  app.post(
    '/api/incidents',
    {
      schema: {
        tags,
        summary: 'Record a crime, traffic accident, fire or social-vice site',
        body: incidentInputSchema,
        response: { 201: incidentDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const { id } = await incidents.register.create(actor, request.body);
      return reply.code(201).send(await incidents.queries.detail(actor, id));
    },
  );

  app.get(
    '/api/incidents',
    {
      schema: {
        tags,
        summary: 'Incidents in the caller’s jurisdiction, filtered by type, category, unit, period, status',
        querystring: incidentListQuerySchema,
        response: { 200: incidentListSchema },
      },
    },
    async (request) => incidents.queries.list(requireUser(request), request.query),
  );

  app.get(
    '/api/incidents/map',
    {
      schema: {
        tags,
        summary: 'The filtered incidents as map points and as counts per commune',
        querystring: incidentMapQuerySchema,
        response: { 200: incidentMapSchema },
      },
    },
    async (request) => incidents.queries.map(requireUser(request), request.query),
  );

  app.post(
    '/api/incidents/bulk',
    {
      schema: {
        tags,
        summary: 'One action over many incidents (status, cleared, delete), all or nothing',
        body: incidentBulkRequestSchema,
        response: { 200: incidentBulkResultSchema },
      },
    },
    async (request) => incidents.register.bulk(requireUser(request), request.body),
  );

  app.get(
    '/api/incidents/:id',
    {
      schema: {
        tags,
        summary: 'One incident with its history and what the caller may do',
        params: incidentIdParamsSchema,
        response: { 200: incidentDetailSchema },
      },
    },
    async (request) => incidents.queries.detail(requireUser(request), request.params.id),
  );

  app.put(
    '/api/incidents/:id',
    {
      schema: {
        tags,
        summary: 'Replace an incident’s content (names the version it was read at; 409 when stale)',
        params: incidentIdParamsSchema,
        body: incidentUpdateSchema,
        response: { 200: incidentDetailSchema },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      await incidents.register.update(actor, request.params.id, request.body);
      return incidents.queries.detail(actor, request.params.id);
    },
  );

  app.delete(
    '/api/incidents/:id',
    {
      schema: {
        tags,
        summary: 'Delete an incident (its history and the audit log keep it)',
        params: incidentIdParamsSchema,
        querystring: incidentDeleteQuerySchema,
        response: { 204: z.null().describe('deleted') },
      },
    },
    async (request, reply) => {
      await incidents.register.remove(requireUser(request), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );
};
