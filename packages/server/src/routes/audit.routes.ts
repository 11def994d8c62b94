import { auditListQuerySchema, auditListSchema } from '@antt/shared';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';
import { presentAuditEntry } from '../presenters/audit.presenter.ts';

export const auditRoutes: RouteModule = (app, services) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit log entries inside the caller’s jurisdiction, newest first',
        querystring: auditListQuerySchema,
        response: { 200: auditListSchema },
      },
    },
    async (request) => {
      const actor = requireUser(request, 'admin', 'leader');
      const rows = await services.audit.list(actor.jurisdiction, {
        limit: request.query.limit,
        beforeSeq: request.query.before,
        entityType: request.query.entityType,
      });
      return { items: rows.map(presentAuditEntry) };
    },
  );
};
