import { CSRF_HEADER } from '@antt/shared/auth/auth.schemas';
import type { ZodType } from 'zod';
import { ApiError } from './api-error.ts';

export { ApiError, fieldErrors, isApiError } from './api-error.ts';

// The one way the web app talks to the API. It keeps the CSRF token from the last session or
// login answer and sends it with every state-changing request (the server rejects them without
// it), and turns every failure into an ApiError with the server's stable code.

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

type RequestOptions<T> = {
  query?: Query;
  body?: unknown;
  /** Checks the answer against the shared contract, so a drifted server fails loudly here. */
  schema?: ZodType<T>;
  signal?: AbortSignal;
};

function urlOf(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; details?: unknown };
    };
    if (body.error && typeof body.error.code === 'string') {
      return new ApiError(
        response.status,
        body.error.code as ApiError['code'],
        body.error.message ?? response.statusText,
        body.error.details,
      );
    }
  } catch {
    // Not JSON (a proxy's error page): fall through.
  }
  return new ApiError(response.status, 'unexpected_response', `HTTP ${response.status}`);
}

export async function apiRequest<T>(
  method: string,
  path: string,
  options: RequestOptions<T> = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) throw await errorOf(response);
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json();
  if (!options.schema) return data as T;
  const parsed = options.schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'unexpected_response',
      `Unexpected answer from ${path}`,
      parsed.error.issues,
    );
  }
  return parsed.data;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions<T>, 'body'>) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions<T>, 'body'>) =>
    apiRequest<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions<T>, 'body'>) =>
    apiRequest<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions<T>, 'body'>) =>
    apiRequest<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: Omit<RequestOptions<T>, 'body'>) =>
    apiRequest<T>('DELETE', path, options),
};
