import type { ErrorCode } from '@antt/shared';

/** Codes the client raises itself, besides the server's stable error codes. */
export type ClientErrorCode = 'network_error' | 'unexpected_response';

/** An API failure, carrying the server's `{error: {code, message, details}}` (shared/DESIGN.md section 6). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, ...codes: Array<ErrorCode | ClientErrorCode>): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}

/** The field paths of a validation_failed answer, e.g. [{path: 'body.username', message}]. */
export function fieldErrors(error: unknown): Array<{ path: string; message: string }> {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return [];
  const fields = (error.details as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is { path: string; message: string } =>
      typeof f === 'object' && f !== null && typeof f.path === 'string' && typeof f.message === 'string',
  );
}
