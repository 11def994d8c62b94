import {
  PRE_SESSION_CSRF_COOKIE,
  SESSION_COOKIE,
  loginRequestSchema,
  passwordChangeRequestSchema,
  sessionResponseSchema,
  totpDisableRequestSchema,
  totpEnableRequestSchema,
  totpSetupResponseSchema,
} from '@antt/shared';
import { z } from 'zod';
import type { RouteModule } from '../app.ts';
import { preSessionCookieOptions, sessionCookieOptions } from '../http/session.plugin.ts';
import { requireUser } from '../http/request-context.ts';
import { isWellFormedToken, newToken } from '../services/auth.service.ts';

const noContent = { 204: z.null().describe('done') };

export const authRoutes: RouteModule = (app, services) => {
  const config = services.deps.config;

  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user (or null) and the CSRF token to send with state-changing requests',
        response: { 200: sessionResponseSchema },
      },
    },
    async (request, reply) => {
      if (request.authSession) {
        const user = await services.auth.sessionUser(request.actor);
        return { user, csrfToken: request.authSession.csrfToken, demo: config.demo };
      }
      // Not signed in: the sign-in form needs a token too (double submit: cookie + header).
      // An existing one is kept, so two open tabs do not invalidate each other's form.
      const existing = request.cookies[PRE_SESSION_CSRF_COOKIE];
      const csrfToken = isWellFormedToken(existing) ? existing : newToken();
      reply.setCookie(PRE_SESSION_CSRF_COOKIE, csrfToken, preSessionCookieOptions(config));
      return { user: null, csrfToken, demo: config.demo };
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { csrf: 'pre-session' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie',
        body: loginRequestSchema,
        response: { 200: sessionResponseSchema },
      },
    },
    async (request, reply) => {
      const result = await services.auth.login({
        ...request.body,
        address: request.ip,
        presentedSessionToken: request.cookies[SESSION_COOKIE],
      });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, sessionCookieOptions(config));
      reply.clearCookie(PRE_SESSION_CSRF_COOKIE, preSessionCookieOptions(config));
      return { user: result.user, csrfToken: result.csrfToken, demo: config.demo };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out; ends the session', response: noContent } },
    async (request, reply) => {
      const actor = requireUser(request);
      await services.auth.logout(actor, request.authSession!.id);
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(config));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change the own password; ends every other session',
        body: passwordChangeRequestSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      await services.auth.changePassword(actor, request.authSession!.id, request.body, request.ip);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Start two-factor enrolment: a new TOTP secret (not active until enabled)',
        response: { 200: totpSetupResponseSchema },
      },
    },
    async (request) => services.auth.totpSetup(requireUser(request)),
  );

  app.post(
    '/api/auth/totp/enable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Turn two-factor on with a code from the authenticator app',
        body: totpEnableRequestSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      await services.auth.totpEnable(requireUser(request), request.body.code);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/totp/disable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Turn two-factor off (asks for the password)',
        body: totpDisableRequestSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      await services.auth.totpDisable(requireUser(request), request.body.password, request.ip);
      return reply.code(204).send(null);
    },
  );
};
