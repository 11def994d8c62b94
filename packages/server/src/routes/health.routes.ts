import { z } from 'zod';
import type { RouteModule } from '../app.ts';
import { APP_VERSION } from '../version.ts';

const healthResponse = z.object({
  status: z.literal('ok'),
  db: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});

export const healthRoutes: RouteModule = (app, services) => {
  app.get(
    '/api/health',
    {
      schema: { tags: ['system'], summary: 'Liveness and database check', response: { 200: healthResponse } },
    },
    async () => {
      const { db } = await services.health.check();
      return { status: 'ok' as const, db, version: APP_VERSION };
    },
  );
};
