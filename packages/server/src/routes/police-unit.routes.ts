import { policeUnitListSchema } from '@antt/shared';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';

export const policeUnitRoutes: RouteModule = (app, services) => {
  app.get(
    '/api/police-units',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Police units inside the caller’s jurisdiction',
        response: { 200: policeUnitListSchema },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return { items: await services.policeUnits.list(actor) };
    },
  );
};
