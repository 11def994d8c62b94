import {
  indicatorCodeParamsSchema,
  indicatorDefinitionSchema,
  indicatorExportQuerySchema,
  indicatorTrendQuerySchema,
  indicatorTrendSchema,
  indicatorListSchema,
  indicatorValueQuerySchema,
  indicatorValueSchema,
} from '@antt/shared';
import type { FastifyRequest } from 'fastify';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';

// Indicators over HTTP (shared/DESIGN.md section 5.5): the catalogue for everyone signed in,
// values for units inside the caller's jurisdiction, definitions changed by administrators.

const tags = ['indicators'];

/** Labels and names in the caller's language: English when asked for, Vietnamese otherwise. */
const language = (request: FastifyRequest): 'vi' | 'en' =>
  request.headers['accept-language']?.startsWith('en') ? 'en' : 'vi';

export const indicatorRoutes: RouteModule = (app, services) => {
  app.get(
    '/api/indicators',
    {
      schema: {
        tags,
        summary: 'The indicator catalogue: definitions, counting rules and targets',
        response: { 200: indicatorListSchema },
      },
    },
    async (request) => {
      requireUser(request);
      return { items: await services.indicators.definitions() };
    },
  );

  app.get(
    '/api/indicators/:code/values',
    {
      schema: {
        tags,
        summary:
          'An indicator for a period and a unit on a hierarchy date: value, same period last year, change, band, target; optionally per child unit',
        params: indicatorCodeParamsSchema,
        querystring: indicatorValueQuerySchema,
        response: { 200: indicatorValueSchema },
      },
    },
    async (request) =>
      services.indicators.value(requireUser(request), request.params.code, request.query, language(request)),
  );

  app.get(
    '/api/indicators/:code/trend',
    {
      schema: {
        tags,
        summary: 'An indicator over consecutive periods of one kind, each with its same period last year',
        params: indicatorCodeParamsSchema,
        querystring: indicatorTrendQuerySchema,
        response: { 200: indicatorTrendSchema },
      },
    },
    async (request) =>
      services.indicators.trend(requireUser(request), request.params.code, request.query, language(request)),
  );

  app.get(
    '/api/indicators/export',
    {
      schema: {
        tags,
        summary: 'The figures of a dashboard view as XLSX (the same numbers as on screen)',
        querystring: indicatorExportQuerySchema,
      },
    },
    async (request, reply) => {
      const file = await services.indicators.exportWorkbook(
        requireUser(request),
        request.query,
        language(request),
      );
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  app.put(
    '/api/indicators/:code',
    {
      schema: {
        tags,
        summary: 'Change or add an indicator definition (administrators)',
        params: indicatorCodeParamsSchema,
        body: indicatorDefinitionSchema,
        response: { 200: indicatorDefinitionSchema },
      },
    },
    async (request) =>
      services.indicators.setDefinition(requireUser(request, 'admin'), request.params.code, request.body),
  );
};
