import { CSRF_HEADER, PRE_SESSION_CSRF_COOKIE, SESSION_COOKIE } from '@antt/shared';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.ts';
import { DomainError } from '../errors/domain-error.ts';
import type { Actor } from '../services/actor.ts';
import { AUTH_POLICY } from '../services/auth.service.ts';
import type { Services } from '../services/index.ts';

// Who is asking, and may they change anything (shared/DESIGN.md section 8).
// - onRequest: the session cookie becomes `request.actor` (a signed-in user, or a citizen).
// - preValidation: state-changing API requests must carry the CSRF token (synchronizer token
//   pattern, OWASP CSRF Prevention Cheat Sheet), and must not come from another origin.
// - onSend: API answers are never cached: they carry personal data.

declare module 'fastify' {
  // Module augmentation only works on interfaces.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    /** The signed-in session behind `actor`, or null. */
    authSession: { id: string; csrfToken: string } | null;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyContextConfig {
    /**
     * CSRF check of a state-changing route: on by default (the session's token); 'pre-session'
     * for sign-in (the token of the antt_csrf cookie, double submit, as no session exists yet);
     * false for public endpoints that use no cookie at all.
     */
    csrf?: boolean | 'pre-session';
  }
}

export type SessionPluginOptions = { services: Services; config: Config };

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CITIZEN: Actor = { kind: 'citizen' };

export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/** The session cookie: httpOnly (no script reads it), SameSite=Strict, Secure behind TLS. */
export function sessionCookieOptions(config: Config): CookieSerializeOptions {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: config.behindTls,
    // The browser may drop it at the session's absolute end; the server enforces both limits anyway.
    maxAge: AUTH_POLICY.sessionAbsoluteMs / 1000,
  };
}

/** The pre-session CSRF cookie: only the API reads it, and only sign-in uses it. */
export function preSessionCookieOptions(config: Config): CookieSerializeOptions {
  return { path: '/api', httpOnly: true, sameSite: 'strict', secure: config.behindTls };
}

function tokensMatch(presented: string | string[] | undefined, expected: string | undefined): boolean {
  if (typeof presented !== 'string' || !expected) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function csrfRefused(why: string): DomainError {
  return new DomainError(
    'csrf_token_invalid',
    `Yêu cầu bị từ chối: thiếu hoặc sai mã chống giả mạo; tải lại trang / request refused: ${why}; reload the page`,
  );
}

/** A browser sends Origin (and Sec-Fetch-Site) on cross-site requests: refuse any from elsewhere. */
function assertSameOrigin(request: FastifyRequest): void {
  if (request.headers['sec-fetch-site'] === 'cross-site') throw csrfRefused('cross-site request');
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let same: boolean;
  try {
    const from = new URL(origin);
    // Read our own host with the origin's scheme, so "localhost:80" and "http://localhost" agree.
    same = from.host === new URL(`${from.protocol}//${request.host}`).host;
  } catch {
    same = false; // "null" (sandboxed frames, file:) or garbage: not our origin.
  }
  if (!same) throw csrfRefused('cross-origin request');
}

function checkCsrf(request: FastifyRequest): void {
  if (!STATE_CHANGING.has(request.method) || !isApiPath(request.url) || request.is404) return;
  const mode = request.routeOptions.config.csrf ?? true;
  if (mode === false) return;
  assertSameOrigin(request);
  const presented = request.headers[CSRF_HEADER];
  if (mode === 'pre-session') {
    // Sign-in: the token handed out with the antt_csrf cookie, or the current session's own.
    const ok =
      tokensMatch(presented, request.cookies[PRE_SESSION_CSRF_COOKIE]) ||
      tokensMatch(presented, request.authSession?.csrfToken);
    if (!ok) throw csrfRefused('missing or wrong CSRF token');
    return;
  }
  // Without a session there is nothing a forged request could borrow; the route would refuse
  // anyway, and a 401 tells the web app to show the sign-in page.
  if (!request.authSession) throw new DomainError('unauthenticated', 'Cần đăng nhập / sign-in required');
  if (!tokensMatch(presented, request.authSession.csrfToken))
    throw csrfRefused('missing or wrong CSRF token');
}

async function plugin(app: FastifyInstance, options: SessionPluginOptions): Promise<void> {
  const { services, config } = options;
  app.decorateRequest<Actor | null>('actor', null);
  app.decorateRequest('authSession', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.actor = CITIZEN;
    request.authSession = null;
    // Only the API looks at sessions: the web app's files are the same for everyone, and a
    // database look-up per script or image would be waste.
    if (!isApiPath(request.url)) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token === undefined) return;
    const resolved = await services.auth.resolveSession(token);
    if (!resolved) {
      // Ended or unknown: tell the browser to forget it.
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(config));
      return;
    }
    request.actor = resolved.actor;
    request.authSession = { id: resolved.sessionId, csrfToken: resolved.csrfToken };
  });

  // After body parsing (malformed JSON is a 400 whatever the token) and before validation (a
  // forged request learns nothing about a route's schema); route config is known by then.
  app.addHook('preValidation', async (request: FastifyRequest) => checkCsrf(request));

  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply) => {
    if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
  });
}

// The hooks must apply to the whole application, not only to routes registered inside this
// plugin: the same effect as wrapping it in fastify-plugin (not a dependency here).
(plugin as unknown as Record<symbol, unknown>)[Symbol.for('skip-override')] = true;
(plugin as unknown as Record<symbol, unknown>)[Symbol.for('fastify.display-name')] = 'antt-session';

export const sessionPlugin = plugin;
