import type { ErrorCode } from '@antt/shared';
import type { z, ZodType } from 'zod';

/**
 * An error the user can act on: a stable code, a message a person can read, and details
 * (for validation, the path of each wrong field). The HTTP status is chosen in one place
 * (http/error-handler.ts) and the CLI's exit code in another (cli/output.ts).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export type FieldProblem = { path: string; message: string };

export function validationError(
  problems: FieldProblem[],
  message = 'Dữ liệu không hợp lệ / invalid input',
): DomainError {
  return new DomainError('validation_failed', message, { fields: problems });
}

export function notFound(what: string): DomainError {
  return new DomainError('not_found', `${what} not found`);
}

/** Parses input with a shared schema, or throws validation_failed naming every wrong field. */
export function parseInput<S extends ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw validationError(
    parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message })),
  );
}
