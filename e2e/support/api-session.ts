import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts.ts';

// A signed-in user over plain HTTP, next to the browser: another person acting on the same
// server (the session cookie and the CSRF token handled as the staff app does).

export type ApiSession = {
  get: <T>(path: string) => Promise<T>;
  send: <T>(method: 'POST' | 'PUT', path: string, body: unknown) => Promise<T>;
};

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
}

async function json<T>(response: Response, what: string): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

export async function signInOverHttp(baseUrl: string, username: string): Promise<ApiSession> {
  const first = await fetch(`${baseUrl}/api/auth/session`);
  const { csrfToken: preSessionToken } = await json<{ csrfToken: string }>(first, 'session');
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': preSessionToken,
      cookie: cookiesOf(first).join('; '),
    },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const { csrfToken } = await json<{ csrfToken: string }>(login, `sign-in of ${username}`);
  const cookie = cookiesOf(login).join('; ');
  return {
    get: async (path) => json(await fetch(`${baseUrl}${path}`, { headers: { cookie } }), `GET ${path}`),
    send: async (method, path, body) =>
      json(
        await fetch(`${baseUrl}${path}`, {
          method,
          headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: JSON.stringify(body),
        }),
        `${method} ${path}`,
      ),
  };
}
