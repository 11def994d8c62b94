import { DomainError } from '../errors/domain-error.ts';
import { ConfigError } from '../config.ts';

// How every CLI command speaks (shared/DESIGN.md section 6): text for people by default,
// --json for machines; exit 0 done, 1 refused (bad input, nothing changed), 2 usage error.
export const EXIT_DONE = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

export type OutputMode = { json: boolean };

/** Prints a result: `human` renders it for people, JSON mode prints `data` as one document. */
export function printResult<T>(mode: OutputMode, data: T, human: (data: T) => string): void {
  if (mode.json) process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  else process.stdout.write(`${human(data)}\n`);
}

/** A refusal the user can fix. Thrown by commands, printed by runCli, exit code 1. */
export class CliRefusal extends Error {
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** A mistake in how the command was called, exit code 2. */
export class CliUsageError extends Error {}

export function reportFailure(error: unknown, mode: OutputMode): number {
  let code: string;
  let message: string;
  let details: unknown;
  let exit = EXIT_REFUSED;
  if (error instanceof DomainError) {
    ({ code, message, details } = error);
  } else if (error instanceof CliRefusal) {
    code = 'refused';
    ({ message, details } = error);
  } else if (error instanceof CliUsageError) {
    code = 'usage';
    message = error.message;
    exit = EXIT_USAGE;
  } else if (error instanceof ConfigError) {
    code = 'config';
    message = error.message;
    exit = EXIT_USAGE;
  } else {
    code = 'internal_error';
    message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  if (mode.json) {
    process.stdout.write(`${JSON.stringify({ error: { code, message, details } }, null, 2)}\n`);
  } else {
    process.stderr.write(`antt: ${message}\n`);
    if (details) process.stderr.write(`${JSON.stringify(details, null, 2)}\n`);
  }
  return exit;
}
