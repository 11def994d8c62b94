import { targetInputSchema, type TargetDirection, type TargetDto, type TargetInput } from '@antt/shared';
// Relative, not '@/': the unit tests run without the Vite alias.
import { ApiError } from '../api/api-error.ts';
import { messageInLanguage } from '../api/message-in-language.ts';
import { parseEnteredNumber } from '../datasets/entered-number.ts';

// The target form: what an analyst types (numbers as Vietnamese write them, "75" or "82,5"),
// turned into the shared TargetInput and checked by the schema the server uses. Problems are
// keyed by the form's own fields, so the schema's "baseline.value" shows beside the baseline's
// value box and the server's "body.targetValue" beside the target.

export type TermMode = 'term' | 'dates';

export type TargetFormValues = {
  indicator: string;
  unit: string;
  direction: TargetDirection;
  targetValue: string;
  termMode: TermMode;
  /** A term of the period grammar, e.g. term:2025-2030. */
  term: string;
  /** YYYY-MM-DD, or '' while not a day. */
  termFrom: string;
  termTo: string;
  /** A period of the grammar, e.g. bc:2025; '' for no baseline. */
  baselinePeriod: string;
  baselineValue: string;
  name: string;
  source: string;
};

export type TargetFormField = keyof Omit<TargetFormValues, 'termMode'>;

/** What is wrong with a field: a code the form words itself, or a sentence to show as it is. */
export type FieldProblem = { code: string } | { message: string };
export type FormProblems = Partial<Record<TargetFormField, FieldProblem>>;

/** The form field a request path belongs to ("body.baseline.value" → "baselineValue"). */
export function fieldOfPath(path: string): TargetFormField | null {
  const key = path.replace(/^body\./, '');
  if (key === 'baseline' || key === 'baseline.period') return 'baselinePeriod';
  if (key === 'baseline.value') return 'baselineValue';
  const fields: readonly TargetFormField[] = [
    'indicator',
    'unit',
    'direction',
    'targetValue',
    'term',
    'termFrom',
    'termTo',
    'name',
    'source',
  ];
  return (fields as readonly string[]).includes(key) ? (key as TargetFormField) : null;
}

/** "" → undefined (left empty), "82,5" → 82.5, anything else → NaN (the schema refuses it). */
function numberOf(text: string, language: string): number | undefined {
  const read = parseEnteredNumber(text, language);
  if (read.kind === 'empty') return undefined;
  return read.kind === 'number' ? read.value : Number.NaN;
}

/** The request body the form stands for (unchecked). */
export function targetInputOf(values: TargetFormValues, language: string): Record<string, unknown> {
  const baselineValue = numberOf(values.baselineValue, language);
  const baselinePeriod = values.baselinePeriod.trim();
  return {
    indicator: values.indicator,
    unit: values.unit,
    direction: values.direction,
    targetValue: numberOf(values.targetValue, language),
    ...(values.termMode === 'term'
      ? { term: values.term }
      : { termFrom: values.termFrom, termTo: values.termTo }),
    // A value without its period is still sent, so the period is named as what is missing.
    baseline:
      baselinePeriod === '' && baselineValue === undefined
        ? null
        : { period: baselinePeriod, value: baselineValue ?? null },
    name: values.name,
    source: values.source,
  };
}

export type CheckedTarget = { ok: true; input: TargetInput } | { ok: false; problems: FormProblems };

export function checkTarget(values: TargetFormValues, language: string): CheckedTarget {
  const parsed = targetInputSchema.safeParse(targetInputOf(values, language));
  if (parsed.success) return { ok: true, input: parsed.data };
  const problems: FormProblems = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOfPath(issue.path.map(String).join('.'));
    if (!field) continue;
    problems[field] ??= { code: codeOf(field, issue.code, values) };
  }
  return { ok: false, problems };
}

/** The few checks whose words differ from "what the field needs". */
function codeOf(field: TargetFormField, issueCode: string, values: TargetFormValues): string {
  if (issueCode !== 'custom') return issueCode;
  if (field === 'termTo' && values.termFrom !== '' && values.termTo !== '') return 'endBeforeStart';
  if (field === 'targetValue') return 'cutAbove100';
  if (field === 'baselinePeriod' && values.direction === 'reduce_by_percent') return 'reductionNeedsBaseline';
  return issueCode;
}

/**
 * The fields a refused request names (details.fields of a 400 or a 422), by form field. The
 * server writes its own refusals "Vietnamese / English" and a schema's in English alone: those
 * become a code for the form to word in Vietnamese ("server"), or stay as written in English.
 */
export function serverProblems(error: unknown, language: string): FormProblems {
  if (!(error instanceof ApiError)) return {};
  const fields = (error.details as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return {};
  const problems: FormProblems = {};
  for (const item of fields) {
    if (typeof item !== 'object' || item === null) continue;
    const { path, message } = item as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') continue;
    const field = fieldOfPath(path);
    if (!field) continue;
    const bilingual = message.includes(' / ');
    problems[field] ??=
      bilingual || language === 'en' ? { message: messageInLanguage(message, language) } : { code: 'server' };
  }
  return problems;
}

/** An empty form: the user's own area, a rate of at least …, over the current term. */
export function newTargetValues(unit: string, term: string): TargetFormValues {
  return {
    indicator: '',
    unit,
    direction: 'at_least',
    targetValue: '',
    termMode: 'term',
    term,
    termFrom: '',
    termTo: '',
    baselinePeriod: '',
    baselineValue: '',
    name: '',
    source: '',
  };
}

/** A saved target back in the form, numbers written the language's way ("82,5"). */
export function formValuesOf(target: TargetDto, language: string): TargetFormValues {
  const number = (value: number) =>
    new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
      maximumFractionDigits: 6,
      useGrouping: false,
    }).format(value);
  const isTerm = target.term.code.startsWith('term:');
  return {
    indicator: target.indicator.code,
    unit: target.unit.code,
    direction: target.direction,
    targetValue: number(target.targetValue),
    termMode: isTerm ? 'term' : 'dates',
    term: isTerm ? target.term.code : '',
    termFrom: isTerm ? '' : target.term.start,
    termTo: isTerm ? '' : target.term.end,
    baselinePeriod: target.baseline?.period.code ?? '',
    baselineValue: target.baseline?.value == null ? '' : number(target.baseline.value),
    name: target.name ?? '',
    source: target.source ?? '',
  };
}

/**
 * Resolution terms to choose from: five-year terms (Đại hội every five years: 2020–2025,
 * 2025–2030), from the one before last to the next.
 */
export function termChoices(year: number): string[] {
  const current = year - (year % 5);
  return [current - 10, current - 5, current, current + 5].map((from) => `term:${from}-${from + 5}`);
}
