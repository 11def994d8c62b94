import { DATA_VALUE_RULES, type DataValueRule } from '@antt/shared';
import type { CellKey } from './entry-grid.ts';

// A refused batch (422 data_value_refused) names each refused value by its place in the batch
// (`values.<i>.value`) with the rule's message; this puts each message back on its cell.

export type RefusedCell = {
  key: CellKey;
  /** The server's message, "Vietnamese / English". */
  message: string;
  rule: DataValueRule | null;
};

type FieldProblem = { path: string; message: string; rule?: unknown };

const FIELD_PATH = /^values\.(\d+)\.(?:value|comment|baseVersion)$/;

function isRule(value: unknown): value is DataValueRule {
  return typeof value === 'string' && (DATA_VALUE_RULES as readonly string[]).includes(value);
}

/**
 * The rule of a problem: given by the server next to the message, or else recognised in the
 * message itself (the outlier rule is the one a comment lifts, so it must be told apart).
 */
function ruleOf(problem: FieldProblem): DataValueRule | null {
  if (isRule(problem.rule)) return problem.rule;
  const named = DATA_VALUE_RULES.find((rule) => problem.message.includes(rule));
  if (named) return named;
  return /add a comment/i.test(problem.message) ? 'outlier_needs_comment' : null;
}

function problemsOf(details: unknown): FieldProblem[] {
  const fields = (details as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is FieldProblem =>
      typeof f === 'object' && f !== null && typeof f.path === 'string' && typeof f.message === 'string',
  );
}

/** The refused cells of a batch, in the batch's order; problems naming no sent value are left out. */
export function refusedCells(details: unknown, sent: readonly { key: CellKey }[]): RefusedCell[] {
  const out: RefusedCell[] = [];
  for (const problem of problemsOf(details)) {
    const match = FIELD_PATH.exec(problem.path);
    const change = match ? sent[Number(match[1])] : undefined;
    if (!change) continue;
    out.push({ key: change.key, message: problem.message, rule: ruleOf(problem) });
  }
  return out;
}
