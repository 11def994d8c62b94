import { alertIdParamsSchema, alertListQuerySchema, alertListSchema } from '@antt/shared';
import { z } from 'zod';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';

// The caller's own deadline alerts (due soon, overdue), newest first.

export const alertRoutes: RouteModule = (app, services) => {
  app.get(
    '/api/alerts',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Your deadline alerts (due soon, overdue) and how many are unread',
        querystring: alertListQuerySchema,
        response: { 200: alertListSchema },
      },
    },
    async (request) =>
      services.tips.alerts.list(requireUser(request), {
        unreadOnly: request.query.unread,
        limit: request.query.limit,
      }),
  );

  app.post(
    '/api/alerts/:id/read',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Mark one of your alerts read',
        params: alertIdParamsSchema,
        response: { 204: z.null().describe('done') },
      },
    },
    async (request, reply) => {
      await services.tips.alerts.markRead(requireUser(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
