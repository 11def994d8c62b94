import { createUserRequestSchema, userListResponseSchema, userSchema } from '@antt/shared';
import { z } from 'zod';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';

const userParams = z.object({ id: z.string().min(1).max(64) });

export const userRoutes: RouteModule = (app, services) => {
  app.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Users inside your jurisdiction (leaders) or everyone (administrators)',
        response: { 200: userListResponseSchema },
      },
    },
    async (request) => {
      const actor = requireUser(request, 'leader', 'admin');
      return { users: await services.users.list(actor) };
    },
  );

  app.get(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'One user (404 when outside your jurisdiction)',
        params: userParams,
        response: { 200: userSchema },
      },
    },
    async (request) => services.users.get(requireUser(request, 'leader', 'admin'), request.params.id),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create a staff account (administrators)',
        body: createUserRequestSchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      const user = await services.users.createUser(requireUser(request, 'admin'), request.body);
      return reply.code(201).send(user);
    },
  );
};
