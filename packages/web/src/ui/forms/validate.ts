import type { ZodType } from 'zod';

export type FieldIssues<F extends string> = Partial<Record<F, string>>;

export type Validation<T, F extends string> = { ok: true; data: T } | { ok: false; issues: FieldIssues<F> };

/**
 * Validates form values with the shared zod schema (the same object the server uses) and
 * returns, per top-level field, the code of its first problem ('too_small', 'invalid_format',
 * ...) so each form can say it in the user's language.
 */
export function validate<T, F extends string>(schema: ZodType<T>, values: unknown): Validation<T, F> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const issues: FieldIssues<F> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '') as F;
    if (!(field in issues)) issues[field] = issue.code;
  }
  return { ok: false, issues };
}
