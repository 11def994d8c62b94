import {
  dataApprovalActionParamsSchema,
  dataApprovalActionSchema,
  dataApprovalQueueQuerySchema,
  dataApprovalQueueSchema,
  dataApprovalSchema,
  dataEntryQuerySchema,
  dataEntrySchema,
  dataSetParamsSchema,
  dataValueBatchResultSchema,
  dataValueBatchSchema,
  dataValueSyncResultSchema,
  dataValueSyncSchema,
} from '@antt/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';

// Data values over HTTP (shared/DESIGN.md section 5.4): the entry grid, batch saves, the offline
// queue's sync, and approvals. Every read and write is for units inside the caller's jurisdiction.

const tags = ['data values'];

const language = (request: FastifyRequest): 'vi' | 'en' =>
  request.headers['accept-language']?.startsWith('en') ? 'en' : 'vi';

const approvalResultSchema = z.object({ items: z.array(dataApprovalSchema) });

export const dataValueRoutes: RouteModule = (app, services) => {
  app.get(
    '/api/datasets/:code/entry',
    {
      schema: {
        tags,
        summary:
          'The entry grid of a unit: the periods between from and to (at most 92 days), values with versions, approval states, and whether the caller may enter or approve',
        params: dataSetParamsSchema,
        querystring: dataEntryQuerySchema,
        response: { 200: dataEntrySchema },
      },
    },
    async (request) =>
      services.dataValues.entry(requireUser(request), request.params.code, request.query, language(request)),
  );

  app.put(
    '/api/datavalues',
    {
      schema: {
        tags,
        summary:
          'Save a batch of values, all or none: 422 data_value_refused naming each value and rule, 409 data_value_conflict for a stale baseVersion, 409 period_locked for an approved period',
        body: dataValueBatchSchema,
        response: { 200: dataValueBatchResultSchema },
      },
    },
    async (request) => services.dataValues.save(requireUser(request), request.body),
  );

  app.post(
    '/api/datavalues/sync',
    {
      schema: {
        tags,
        summary:
          'Replay an offline queue: each change applied, already applied (same opId), in conflict (left as stored) or refused',
        body: dataValueSyncSchema,
        response: { 200: dataValueSyncResultSchema },
      },
    },
    async (request) => services.dataValues.sync(requireUser(request), request.body),
  );

  app.post(
    '/api/datasets/:code/approvals/:action',
    {
      schema: {
        tags,
        summary:
          'Submit, approve, return (with a comment) or un-approve periods of a unit, all or none; 409 approval_state_invalid when a period is in the wrong state',
        params: dataApprovalActionParamsSchema,
        body: dataApprovalActionSchema,
        response: { 200: approvalResultSchema },
      },
    },
    async (request) =>
      services.dataValues.approve(
        requireUser(request),
        request.params.code,
        request.params.action,
        request.body,
      ),
  );

  app.get(
    '/api/datasets/:code/approvals',
    {
      schema: {
        tags,
        summary:
          'The approval queue: every reporting unit under a province or district × period, with its state and number of values',
        params: dataSetParamsSchema,
        querystring: dataApprovalQueueQuerySchema,
        response: { 200: dataApprovalQueueSchema },
      },
    },
    async (request) =>
      services.dataValues.approvalQueue(requireUser(request), request.params.code, request.query),
  );
};
