import type { ApiErrorBody, ErrorCode } from '@antt/shared';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError } from '../errors/domain-error.ts';

// The one place where domain error codes become HTTP statuses. Exhaustive: adding a code to
// packages/shared without a status here fails the type check.
export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  not_found: 404,
  route_not_found: 404,
  unauthenticated: 401,
  forbidden: 403,
  outside_jurisdiction: 403,
  csrf_token_invalid: 403,
  invalid_credentials: 401,
  account_locked: 423,
  address_throttled: 429,
  totp_required: 401,
  totp_invalid: 401,
  demo_account_refused: 403,
  account_disabled: 403,
  password_too_weak: 400,
  conflict: 409,
  unit_code_unknown: 400,
  unit_not_valid_on_date: 400,
  point_outside_units: 400,
  rate_limited: 429,
  // The server's key file is missing or unusable, or a stored value fails authentication:
  // an operator must act (the message names the file), so 5xx and logged.
  vault_key_missing: 500,
  vault_key_invalid: 500,
  vault_value_unreadable: 500,
  // Tips: someone changed the tip since it was read; the action does not fit its state; the
  // law does not allow this extension, this late, or this long; a suspension before the limit
  // ran out; a resumption limit over 1 month; a receipt (tracking code + secret) that matches
  // no tip; a place no police unit of this installation serves.
  stale_version: 409,
  tip_state_invalid: 409,
  extension_not_allowed: 403,
  extension_too_late: 409,
  extension_too_long: 400,
  suspension_premature: 409,
  resumption_limit_too_long: 400,
  tip_receipt_invalid: 404,
  place_not_served: 400,
  open311_api_key_invalid: 401,
  // An import whose file has bad rows: nothing was written; the details are the report.
  import_rejected: 422,
  // Data values: a value fails a validation rule (the fields name each value and the rule);
  // someone changed a value since it was read; the period is approved and locked; an approval
  // action does not fit a period's state.
  data_value_refused: 422,
  data_value_conflict: 409,
  period_locked: 409,
  approval_state_invalid: 409,
  internal_error: 500,
};

function body(code: ErrorCode, message: string, details?: unknown): ApiErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(body('route_not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
  });

  app.setErrorHandler((error: FastifyError | DomainError, request, reply) => {
    if (error instanceof DomainError) {
      const status = HTTP_STATUS[error.code];
      if (status >= 500) {
        // Server-side faults (e.g. an unreadable vault key file) keep their details in the log:
        // the client learns the stable code and nothing about paths or internals.
        request.log.error({ err: error }, 'domain error with a 5xx status');
        return reply.code(status).send(body(error.code, 'Lỗi hệ thống / internal error'));
      }
      return reply.code(status).send(body(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        path: [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      }));
      return reply
        .code(400)
        .send(body('validation_failed', 'Dữ liệu không hợp lệ / invalid input', { fields }));
    }
    const fe = error as FastifyError;
    switch (fe.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.code(400).send(body('malformed_json', 'The request body is not valid JSON'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.code(415).send(body('unsupported_media_type', `Unsupported content type`));
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
      case 'FST_REQ_FILE_TOO_LARGE':
        return reply.code(413).send(body('payload_too_large', 'The request body is too large'));
    }
    if (fe.statusCode === 429) {
      return reply.code(429).send(body('rate_limited', 'Too many requests; try again later'));
    }
    if (fe instanceof SyntaxError || (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)) {
      // A client error Fastify raised itself (e.g. a malformed header): say so without internals.
      return reply.code(fe.statusCode ?? 400).send(body('validation_failed', fe.message));
    }
    // Anything else is our fault: log it whole, tell the client nothing about the internals.
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(body('internal_error', 'Lỗi hệ thống / internal error'));
  });
}
