import { CSRF_HEADER, PRE_SESSION_CSRF_COOKIE, SESSION_COOKIE } from '@antt/shared';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

// Signing in through the real HTTP API, for route tests: the pre-session CSRF token first,
// then POST /api/auth/login with it (double submit), as the web app does.

export type SignedIn = {
  /** The session cookie token. */
  session: string;
  csrfToken: string;
  /** Headers for a state-changing request of this session. */
  headers: { cookie: string; [CSRF_HEADER]: string };
};

export function cookieValue(response: LightMyRequestResponse, name: string): string | undefined {
  return response.cookies.find((c) => c.name === name)?.value;
}

/** GET /api/auth/session without a session: the pre-session token and its cookie. */
export async function preSession(app: FastifyInstance, remoteAddress?: string) {
  const response = await app.inject({ method: 'GET', url: '/api/auth/session', remoteAddress });
  const csrfToken = response.json().csrfToken as string;
  const cookie = `${PRE_SESSION_CSRF_COOKIE}=${cookieValue(response, PRE_SESSION_CSRF_COOKIE)}`;
  return { csrfToken, cookie };
}

export type LoginAttempt = {
  username: string;
  password: string;
  totp?: string;
  remoteAddress?: string;
  extraCookie?: string;
};

/** POST /api/auth/login with a fresh pre-session token; returns the raw response. */
export async function attemptLogin(
  app: FastifyInstance,
  attempt: LoginAttempt,
): Promise<LightMyRequestResponse> {
  const pre = await preSession(app, attempt.remoteAddress);
  const { username, password, totp } = attempt;
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: attempt.remoteAddress,
    headers: {
      cookie: attempt.extraCookie ? `${pre.cookie}; ${attempt.extraCookie}` : pre.cookie,
      [CSRF_HEADER]: pre.csrfToken,
    },
    payload: totp ? { username, password, totp } : { username, password },
  });
}

/** Signs in and returns the session; fails the test with the answer when sign-in is refused. */
export async function signIn(app: FastifyInstance, attempt: LoginAttempt): Promise<SignedIn> {
  const response = await attemptLogin(app, attempt);
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${attempt.username} refused: ${response.body}`);
  const session = cookieValue(response, SESSION_COOKIE)!;
  const csrfToken = response.json().csrfToken as string;
  return {
    session,
    csrfToken,
    headers: { cookie: `${SESSION_COOKIE}=${session}`, [CSRF_HEADER]: csrfToken },
  };
}
