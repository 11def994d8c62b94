import type { ErrorCode } from '@antt/shared/errors/error-codes';
import type { ZodType } from 'zod';

// The portal's one way to the API. The portal's endpoints are public: no session cookie, no
// CSRF token. Every failure becomes a PortalApiError with the server's stable code
// ({error: {code, message, details}}, shared/DESIGN.md section 6).

export type PortalErrorCode = ErrorCode | 'network_error' | 'unexpected_response';

export class PortalApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: PortalErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'PortalApiError';
  }
}

/** The field paths of a validation_failed answer, e.g. [{path: 'body.description', message}]. */
export function serverFieldErrors(error: unknown): Array<{ path: string; message: string }> {
  if (!(error instanceof PortalApiError) || error.code !== 'validation_failed') return [];
  const fields = (error.details as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is { path: string; message: string } =>
      typeof f === 'object' && f !== null && typeof f.path === 'string' && typeof f.message === 'string',
  );
}

async function errorOf(response: Response): Promise<PortalApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; details?: unknown };
    };
    if (body.error && typeof body.error.code === 'string') {
      return new PortalApiError(
        response.status,
        body.error.code as PortalErrorCode,
        body.error.message ?? response.statusText,
        body.error.details,
      );
    }
  } catch {
    // Not JSON (a proxy's error page): fall through.
  }
  return new PortalApiError(response.status, 'unexpected_response', `HTTP ${response.status}`);
}

type Options<T> = { body?: unknown; schema: ZodType<T>; signal?: AbortSignal };

export async function portalRequest<T>(
  method: 'GET' | 'POST',
  path: string,
  options: Options<T>,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body; // the browser sets the multipart boundary
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    // No cookies: a citizen's request carries nothing that could tell who sent it.
    response = await fetch(path, { method, headers, body, credentials: 'omit', signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new PortalApiError(0, 'network_error', error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) throw await errorOf(response);
  const parsed = options.schema.safeParse(await response.json());
  if (!parsed.success) {
    throw new PortalApiError(response.status, 'unexpected_response', `Unexpected answer from ${path}`);
  }
  return parsed.data;
}
