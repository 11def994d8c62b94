import { targetInputSchema, targetListSchema, targetParamsSchema, targetSchema } from '@antt/shared';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';

// Targets over HTTP (shared/DESIGN.md section 5.6): those whose jurisdiction holds a target's
// unit see it with its status; its analysts, leaders and administrators set it (the service
// decides).

const tags = ['targets'];

/** Names and labels in the caller's language: English when asked for, Vietnamese otherwise. */
const language = (request: FastifyRequest): 'vi' | 'en' =>
  request.headers['accept-language']?.startsWith('en') ? 'en' : 'vi';

export const targetRoutes: RouteModule = (app, services) => {
  app.get(
    '/api/targets',
    {
      schema: {
        tags,
        summary:
          'Targets of units in the caller’s jurisdiction, each with the value so far, the pace the rest of the term needs and a status with its reason',
        response: { 200: targetListSchema },
      },
    },
    async (request) => ({ items: await services.targets.list(requireUser(request), language(request)) }),
  );

  app.post(
    '/api/targets',
    {
      schema: {
        tags,
        summary: 'Set a target (analysts, leaders, administrators of the unit)',
        body: targetInputSchema,
        response: { 201: targetSchema },
      },
    },
    async (request, reply) => {
      const created = await services.targets.create(requireUser(request), request.body, language(request));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/targets/:id',
    {
      schema: {
        tags,
        summary: 'One target with its status today',
        params: targetParamsSchema,
        response: { 200: targetSchema },
      },
    },
    async (request) => services.targets.get(requireUser(request), request.params.id, language(request)),
  );

  app.put(
    '/api/targets/:id',
    {
      schema: {
        tags,
        summary: 'Replace a target (the whole input again); audited with before and after',
        params: targetParamsSchema,
        body: targetInputSchema,
        response: { 200: targetSchema },
      },
    },
    async (request) =>
      services.targets.update(requireUser(request), request.params.id, request.body, language(request)),
  );

  app.delete(
    '/api/targets/:id',
    {
      schema: {
        tags,
        summary: 'Remove a target (audited)',
        params: targetParamsSchema,
        response: { 204: z.null().describe('done') },
      },
    },
    async (request, reply) => {
      await services.targets.delete(requireUser(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
