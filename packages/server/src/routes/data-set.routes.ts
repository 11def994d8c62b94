import {
  dataElementListSchema,
  dataElementParamsSchema,
  dataElementSchema,
  dataSetListSchema,
  dataSetParamsSchema,
  dataSetSchema,
} from '@antt/shared';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';

// Data elements and data sets over HTTP (shared/DESIGN.md section 5.4): the catalogues for
// everyone signed in, changes by administrators.

const tags = ['data sets'];

export const dataSetRoutes: RouteModule = (app, services) => {
  app.get(
    '/api/data-elements',
    {
      schema: {
        tags,
        summary: 'Data elements: the figures units report, with value type, aggregation and valid range',
        response: { 200: dataElementListSchema },
      },
    },
    async (request) => {
      requireUser(request);
      return { items: await services.dataSets.elements() };
    },
  );

  app.put(
    '/api/data-elements/:code',
    {
      schema: {
        tags,
        summary: 'Change or add a data element (administrators); values already stored are kept',
        params: dataElementParamsSchema,
        body: dataElementSchema,
        response: { 200: dataElementSchema },
      },
    },
    async (request) =>
      services.dataSets.setElement(requireUser(request, 'admin'), request.params.code, request.body),
  );

  app.get(
    '/api/datasets',
    {
      schema: {
        tags,
        summary: 'Data sets: the elements a unit reports together, the period type and the reporting level',
        response: { 200: dataSetListSchema },
      },
    },
    async (request) => {
      requireUser(request);
      return { items: await services.dataSets.dataSets() };
    },
  );

  app.put(
    '/api/datasets/:code',
    {
      schema: {
        tags,
        summary: 'Change or add a data set (administrators)',
        params: dataSetParamsSchema,
        body: dataSetSchema,
        response: { 200: dataSetSchema },
      },
    },
    async (request) =>
      services.dataSets.setDataSet(requireUser(request, 'admin'), request.params.code, request.body),
  );
};
