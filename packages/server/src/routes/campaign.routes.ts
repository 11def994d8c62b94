import {
  campaignInputSchema,
  campaignListSchema,
  campaignParamsSchema,
  campaignStatusQuerySchema,
  campaignStatusSchema,
  campaignSummarySchema,
  campaignTargetsInputSchema,
} from '@antt/shared';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';

// Campaigns over HTTP (shared/DESIGN.md section 5.4): the list and each campaign's status for
// those whose jurisdiction holds its unit; set-up and targets for the province's leaders and
// administrators (the service decides).

const tags = ['campaigns'];

export const campaignRoutes: RouteModule = (app, services) => {
  app.get(
    '/api/campaigns',
    {
      schema: {
        tags,
        summary: 'Campaigns whose unit lies in the caller’s jurisdiction, latest first',
        response: { 200: campaignListSchema },
      },
    },
    async (request) => ({ items: await services.campaigns.list(requireUser(request)) }),
  );

  app.post(
    '/api/campaigns',
    {
      schema: {
        tags,
        summary: 'Set up a campaign (the province’s leaders, administrators)',
        body: campaignInputSchema,
        response: { 201: campaignSummarySchema },
      },
    },
    async (request, reply) => {
      const created = await services.campaigns.create(requireUser(request), request.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/campaigns/:id',
    {
      schema: {
        tags,
        summary:
          'A campaign’s status on a day: progress per unit and in total, leaderboard, projection to the end date with its 90 % interval, verdict',
        params: campaignParamsSchema,
        querystring: campaignStatusQuerySchema,
        response: { 200: campaignStatusSchema },
      },
    },
    async (request) => services.campaigns.status(requireUser(request), request.params.id, request.query),
  );

  app.put(
    '/api/campaigns/:id/targets',
    {
      schema: {
        tags,
        summary: 'Explicit targets for some units, replacing the population-based default (null: back to it)',
        params: campaignParamsSchema,
        body: campaignTargetsInputSchema,
        response: { 200: campaignStatusSchema },
      },
    },
    async (request) => services.campaigns.setTargets(requireUser(request), request.params.id, request.body),
  );
};
