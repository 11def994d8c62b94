import {
  citizenTipViewSchema,
  portalCommuneListSchema,
  portalCommuneQuerySchema,
  portalCommuneSchema,
  portalPointQuerySchema,
  portalTipCredentialsSchema,
  portalTipMessageRequestSchema,
  portalTipReceiptSchema,
  type PortalTipSubmission,
} from '@antt/shared';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import { createHmac, randomBytes } from 'node:crypto';
import type { RouteModule } from '../app.ts';
import { DomainError } from '../errors/domain-error.ts';
import { readTipMultipart, TIP_MULTIPART_LIMITS } from '../http/tip-multipart.ts';

// The citizen portal's tip endpoints (shared/DESIGN.md section 5.2). Public: no account, no
// cookie, so no CSRF token (route config csrf: false), and rate-limited per client address.
// The address is used only as an in-memory rate-limit key (an HMAC under a per-process key);
// it is never stored or logged, and the services never see it but as a throttle key.

const tags = ['portal'];

/** Requests per client address (per process): a person reporting does not need more. */
export const PORTAL_RATE_LIMITS = {
  submit: { max: 10, timeWindow: 10 * 60_000 },
  status: { max: 60, timeWindow: 60_000 },
  message: { max: 20, timeWindow: 10 * 60_000 },
  places: { max: 120, timeWindow: 60_000 },
} as const;

export const portalTipRoutes: RouteModule = async (app, services) => {
  const addressKey = randomBytes(32);
  const keyOfAddress = (ip: string) => createHmac('sha256', addressKey).update(ip).digest('base64url');
  await app.register(fastifyRateLimit, {
    global: false,
    keyGenerator: (request) => keyOfAddress(request.ip),
    // Thrown, so the one error handler answers it in the API's error shape.
    errorResponseBuilder: (_request, context) =>
      new DomainError(
        'rate_limited',
        `Quá nhiều yêu cầu từ địa chỉ này; thử lại sau ${context.after} / too many requests: try again in ${context.after}`,
      ),
  });
  await app.register(fastifyMultipart, { limits: TIP_MULTIPART_LIMITS, throwFileSizeLimit: false });

  app.post(
    '/api/portal/tips',
    {
      config: { csrf: false, rateLimit: PORTAL_RATE_LIMITS.submit },
      schema: {
        tags,
        summary:
          'Submit a tip (anonymous unless an identity is given). JSON (portalTipSubmission), or multipart/form-data with a field "tip" holding that JSON and up to 5 files. The secret in the answer is shown once.',
        consumes: ['application/json', 'multipart/form-data'],
        response: { 201: portalTipReceiptSchema },
      },
    },
    async (request, reply) => {
      const { tip, files } = request.isMultipart()
        ? await readTipMultipart(request)
        : { tip: request.body, files: [] };
      const { tipId: _tipId, ...receipt } = await services.tips.intake.submitFromPortal(
        tip as PortalTipSubmission,
        files,
      );
      return reply.code(201).send(receipt);
    },
  );

  app.get(
    '/api/portal/communes',
    {
      config: { rateLimit: PORTAL_RATE_LIMITS.places },
      schema: {
        tags,
        summary: 'Communes of today in the provinces served, for the portal’s picker (public)',
        querystring: portalCommuneQuerySchema,
        response: { 200: portalCommuneListSchema },
      },
    },
    async (request) => ({ items: await services.tips.places.communes(request.query) }),
  );

  app.get(
    '/api/portal/communes/at-point',
    {
      config: { rateLimit: PORTAL_RATE_LIMITS.places },
      schema: {
        tags,
        summary: 'The commune under a map point today (public)',
        querystring: portalPointQuerySchema,
        response: { 200: portalCommuneSchema },
      },
    },
    async (request) => services.tips.places.communeAt(request.query.lon, request.query.lat),
  );

  app.post(
    '/api/portal/tips/status',
    {
      config: { csrf: false, rateLimit: PORTAL_RATE_LIMITS.status },
      schema: {
        tags,
        summary: 'The status, public timeline and messages of a tip, with its tracking code and secret',
        body: portalTipCredentialsSchema,
        response: { 200: citizenTipViewSchema },
      },
    },
    async (request) => services.tips.citizen.view(request.body, request.ip),
  );

  app.post(
    '/api/portal/tips/messages',
    {
      config: { csrf: false, rateLimit: PORTAL_RATE_LIMITS.message },
      schema: {
        tags,
        summary: 'Send a message to the unit handling the tip',
        body: portalTipMessageRequestSchema,
        response: { 200: citizenTipViewSchema },
      },
    },
    async (request) => services.tips.citizen.sendMessage(request.body, request.ip),
  );
};
