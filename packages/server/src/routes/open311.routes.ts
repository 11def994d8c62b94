import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { RouteModule } from '../app.ts';
import { DomainError } from '../errors/domain-error.ts';
import { HTTP_STATUS } from '../http/error-handler.ts';
import { contentTypeOf, open311Xml, type Open311Format } from '../presenters/open311.presenter.ts';

// Open311 GeoReport v2 under /open311/v2 (DESIGN.md section 5.2): public intake for civic
// reporting apps. No cookie, so no CSRF token; rate-limited per registered app key, or per
// client address — kept only as an in-memory HMAC under a per-process key — under a stricter
// limit when no key is given. Errors use the spec's own shape: [{code, description}].

export const OPEN311_RATE_LIMITS = {
  /** A registered app relays many citizens. */
  withKey: { max: 120, timeWindow: 60_000 },
  /** An anonymous caller is one client. */
  withoutKey: { max: 10, timeWindow: 60_000 },
} as const;

const formatParam = z.enum(['json', 'xml']);
const tags = ['open311'];
const notes = 'Open311 GeoReport v2. `.json` or `.xml`; any other format gets 406.';

type Open311Error = { code: number; description: string };

function describe(error: unknown): Open311Error {
  if (error instanceof DomainError) {
    const fields = (error.details as { fields?: { path: string; message: string }[] } | undefined)?.fields;
    const status = HTTP_STATUS[error.code];
    const description =
      status >= 500
        ? 'internal error'
        : fields?.length
          ? `${error.message}: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`
          : error.message;
    return { code: status, description };
  }
  const e = error as {
    statusCode?: number;
    code?: string;
    validation?: { instancePath?: string; message?: string }[];
  };
  if (e.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
    return { code: 400, description: 'the body is not valid JSON' };
  if (e.statusCode === 429) return { code: 429, description: 'too many requests; try again later' };
  if (e.validation)
    return {
      code: 400,
      description: e.validation.map((v) => `${v.instancePath || 'request'} ${v.message}`).join('; '),
    };
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)
    return { code: e.statusCode, description: 'bad request' };
  return { code: 500, description: 'internal error' };
}

/** The format the caller asked for by the path's extension; anything else is a 406. */
function formatOf(request: FastifyRequest): Open311Format | null {
  const match = /\.([a-z0-9]+)(?:\?|$)/i.exec(request.url);
  const ext = match?.[1]?.toLowerCase();
  return ext === 'json' || ext === 'xml' ? ext : null;
}

function send(reply: FastifyReply, format: Open311Format, root: string, data: unknown, status = 200) {
  reply.code(status).type(contentTypeOf(format));
  return format === 'xml' ? open311Xml(root, data as never) : JSON.stringify(data);
}

export const open311Routes: RouteModule = async (app, services) => {
  const open311 = services.open311;
  const addressKey = randomBytes(32);
  const keyOfAddress = (ip: string) => createHmac('sha256', addressKey).update(ip).digest('base64url');

  app.setErrorHandler((error, request, reply) => {
    const described = describe(error);
    if (described.code >= 500) request.log.error({ err: error }, 'open311 error');
    return send(reply, formatOf(request) ?? 'json', 'errors', [described], described.code);
  });
  // Paths that match no route keep the app's JSON 404 (registered at the root).

  await app.register(fastifyRateLimit, {
    global: true,
    hook: 'preHandler',
    // A valid key gets its own bucket; anything else (no key, a made-up key) shares the caller's.
    keyGenerator: async (request) => {
      const body = (request.body ?? {}) as { api_key?: unknown };
      const query = (request.query ?? {}) as { api_key?: unknown };
      const given =
        typeof body.api_key === 'string'
          ? body.api_key
          : typeof query.api_key === 'string'
            ? query.api_key
            : undefined;
      const key = await open311.apiKey(given);
      return key ? `key:${key.id}` : `addr:${keyOfAddress(request.ip)}`;
    },
    max: async (_request, bucket) =>
      bucket.startsWith('key:') ? OPEN311_RATE_LIMITS.withKey.max : OPEN311_RATE_LIMITS.withoutKey.max,
    timeWindow: OPEN311_RATE_LIMITS.withoutKey.timeWindow,
  });

  // Refuse unknown formats before anything else runs.
  app.addHook('onRequest', async (request, reply) => {
    if (formatOf(request) === null) {
      reply.code(406).type(contentTypeOf('json'));
      return reply.send(
        JSON.stringify([
          {
            code: 406,
            description:
              'Định dạng không hỗ trợ; dùng .json hoặc .xml / unsupported format: use .json or .xml',
          },
        ]),
      );
    }
  });

  const config = { csrf: false as const };

  app.get(
    '/open311/v2/services.:format',
    {
      config,
      schema: {
        tags,
        summary: 'Open311: the tip kinds (services)',
        description: notes,
        params: z.object({ format: formatParam }),
      },
    },
    async (request, reply) => send(reply, request.params.format, 'services', open311.services()),
  );

  app.get(
    '/open311/v2/services/:service_code.:format',
    {
      config,
      schema: {
        tags,
        summary: 'Open311: a service definition (its attributes)',
        description: notes,
        params: z.object({ service_code: z.string().max(64), format: formatParam }),
      },
    },
    async (request, reply) => {
      const definition = open311.serviceDefinition(request.params.service_code);
      return send(reply, request.params.format, 'service_definition', definition);
    },
  );

  app.post(
    '/open311/v2/requests.:format',
    {
      config,
      schema: {
        tags,
        summary: 'Open311: send a tip',
        description: `${notes} Body: application/x-www-form-urlencoded (the spec) or JSON; fields service_code, lat, long or address_string, description, optional first_name, last_name, email, phone, attribute[category], api_key. media_url is accepted and never fetched.`,
        params: z.object({ format: formatParam }),
      },
    },
    async (request, reply) => {
      const created = await open311.submit(request.body ?? {});
      return send(reply, request.params.format, 'service_requests', [created], 201);
    },
  );

  app.get(
    '/open311/v2/requests.:format',
    {
      config,
      schema: {
        tags,
        summary: 'Open311: the status of requests by id (or those an app sent with its key)',
        description: `${notes} Only id, service_code, status, status_notes and times are returned — never the description, the place or anything personal.`,
        params: z.object({ format: formatParam }),
        querystring: z.object({
          service_request_id: z.string().max(2_000).optional(),
          api_key: z.string().max(200).optional(),
        }),
      },
    },
    async (request, reply) => {
      const { service_request_id: idList, api_key: apiKey } = request.query;
      if (idList) {
        const ids = idList
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .slice(0, 100);
        return send(reply, request.params.format, 'service_requests', await open311.requests(ids));
      }
      const key = await open311.apiKey(apiKey);
      if (!key) {
        throw new DomainError(
          'validation_failed',
          'Cần service_request_id (hoặc api_key của ứng dụng đã đăng ký) / give service_request_id, or a registered api_key',
          {
            fields: [{ path: 'service_request_id', message: 'required without a registered api_key' }],
          },
        );
      }
      return send(
        reply,
        request.params.format,
        'service_requests',
        await open311.requestsOfApiKey(key.id, 100),
      );
    },
  );

  app.get(
    '/open311/v2/requests/:service_request_id.:format',
    {
      config,
      schema: {
        tags,
        summary: 'Open311: the status of one request',
        description: notes,
        params: z.object({ service_request_id: z.string().max(64), format: formatParam }),
      },
    },
    async (request, reply) => {
      const found = await open311.requests([request.params.service_request_id]);
      if (found.length === 0) throw new DomainError('not_found', 'Không có yêu cầu này / no such request');
      return send(reply, request.params.format, 'service_requests', found);
    },
  );

  app.get(
    '/open311/v2/tokens/:token.:format',
    {
      config,
      schema: {
        tags,
        summary: 'Open311: the request id behind a token',
        description: notes,
        params: z.object({ token: z.string().max(64), format: formatParam }),
      },
    },
    async (request, reply) =>
      send(reply, request.params.format, 'service_requests', [await open311.token(request.params.token)]),
  );
};
