import { fieldErrors } from '../api/api-error.ts';

// The server checks what the form cannot: a version starting later than the one asked for
// (closeBefore in incident-catalogue.service.ts), a category code already used by another type.

export type ServerFieldProblem = {
  /** The request field, e.g. "validFrom" from "body.validFrom". */
  field: string;
  /** The day a later version starts on, when that is the problem. */
  laterVersionFrom: string | null;
  message: string;
};

const LATER_VERSION = /later version starts on (\d{4}-\d{2}-\d{2})/;

export function serverFieldProblems(error: unknown): ServerFieldProblem[] {
  return fieldErrors(error).map((problem) => ({
    field: problem.path.split('.').pop() ?? '',
    laterVersionFrom: LATER_VERSION.exec(problem.message)?.[1] ?? null,
    message: problem.message,
  }));
}
