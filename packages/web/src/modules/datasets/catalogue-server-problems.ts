import { fieldErrors } from '../api/api-error.ts';

// Where the server's refusal of an element or a set belongs in the form: Fastify names a body
// field "body.max", the service "max" or, for a set's columns, "elements.3" (the fourth column).

export type CatalogueServerProblem = {
  /** The top-level field of the element or set, e.g. "max" or "elements". */
  field: string;
  /** The position in a list field (a set's columns), when the problem is one item. */
  index: number | null;
  message: string;
};

export function catalogueServerProblems(error: unknown): CatalogueServerProblem[] {
  return fieldErrors(error).map(({ path, message }) => {
    const parts = path.split('.');
    if (parts[0] === 'body') parts.shift();
    const index = parts[1] !== undefined && /^\d+$/.test(parts[1]) ? Number(parts[1]) : null;
    return { field: parts[0] ?? '', index, message };
  });
}
