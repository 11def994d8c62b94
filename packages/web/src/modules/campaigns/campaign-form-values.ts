import { campaignInputSchema, type CampaignInput } from '@antt/shared';
import { ApiError } from '../api/api-error.ts';
import { messageInLanguage } from '../api/message-in-language.ts';

// The new-campaign form: what a leader types (rates as percentages, "80" or "82,5"), turned
// into the shared CampaignInput and checked by the same schema the server uses. Problems are
// keyed by the field's path ("nameVi", "elements.1.targetRate") so each shows beside its field.

export type CampaignElementValues = { element: string; targetRatePercent: string };

export type CampaignFormValues = {
  nameVi: string;
  nameEn: string;
  dataSet: string;
  unit: string;
  startDate: string;
  endDate: string;
  populationElement: string;
  elements: CampaignElementValues[];
};

/** What is wrong with a field: a code the form words itself, or the server's own sentence. */
export type FieldProblem = { code: string } | { message: string };
export type FormProblems = Record<string, FieldProblem>;

/** "80" → 0.8, "82,5" → 0.825, "" → null (no default target); anything else → NaN, refused by the schema. */
export function rateFromPercentText(text: string): number | null {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (trimmed === '') return null;
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) return Number.NaN;
  return Math.round(Number(trimmed.replace(',', '.')) * 1000) / 100_000;
}

export function campaignInputOf(values: CampaignFormValues): unknown {
  return {
    ...values,
    elements: values.elements.map((e) => ({
      element: e.element,
      targetRate: rateFromPercentText(e.targetRatePercent),
    })),
  };
}

export type CheckedCampaign = { ok: true; input: CampaignInput } | { ok: false; problems: FormProblems };

export function checkCampaign(values: CampaignFormValues): CheckedCampaign {
  const problems: FormProblems = {};
  const parsed = campaignInputSchema.safeParse(campaignInputOf(values));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      // The schema's one cross-field rule: the end date before the start.
      const code = path === 'endDate' && issue.code === 'custom' ? 'endBeforeStart' : issue.code;
      if (!(path in problems)) problems[path] = { code };
    }
  }
  // The schema checks the order of the dates only once every other field is right; a leader
  // fixing several fields at once should hear about the dates too.
  if (values.startDate !== '' && values.endDate !== '' && values.endDate < values.startDate)
    problems.endDate ??= { code: 'endBeforeStart' };
  // The server would refuse an element named twice; say so where the second one is.
  const seen = new Set<string>();
  values.elements.forEach((e, i) => {
    if (e.element === '') problems[`elements.${i}.element`] ??= { code: 'required' };
    else if (seen.has(e.element)) problems[`elements.${i}.element`] ??= { code: 'duplicate' };
    seen.add(e.element);
  });
  if (parsed.success && Object.keys(problems).length === 0) return { ok: true, input: parsed.data };
  return { ok: false, problems };
}

/**
 * The fields a refused request names (details.fields of a 400 validation_failed or a 422 domain
 * error), keyed like the form's own problems: "body.elements.0.targetRate" → "elements.0.targetRate".
 */
export function serverProblems(error: unknown, language: string): FormProblems {
  if (!(error instanceof ApiError)) return {};
  const fields = (error.details as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return {};
  const problems: FormProblems = {};
  for (const field of fields) {
    if (typeof field !== 'object' || field === null) continue;
    const { path, message } = field as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') continue;
    const key = path.replace(/^body\./, '');
    problems[key] ??= { message: messageInLanguage(message, language) };
  }
  return problems;
}
