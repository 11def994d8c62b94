import type { ReportGenerateRequest, ReportHeaderOverrides, ReportType } from '@antt/shared';
// Relative, not '@/': the unit tests run without the Vite alias.
import { ApiError } from '../api/api-error.ts';
import { messageInLanguage } from '../api/message-in-language.ts';

// The "Tạo báo cáo" form as the person fills it, and what it sends: the header fields are all
// optional (the server takes the unit's police force and province for what is left empty), so an
// empty text means "the default", never an empty value.

export type ReportFormValues = {
  type: ReportType;
  unit: string;
  /** YYYY-MM-DD, or '' while not a whole day. */
  from: string;
  to: string;
  /** The register number as typed; empty = left blank for the clerical office. */
  number: string;
  symbol: string;
  place: string;
  summary: string;
  /** One recipient a line. */
  recipients: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
};

export type ReportFormField = keyof ReportFormValues;
/** A check of the form's own (a code it words) or the server's sentence about a field. */
export type ReportFormProblem =
  { code: 'required' | 'order' | 'number' | 'signer' | 'server' } | { message: string };
export type ReportFormProblems = Partial<Record<ReportFormField, ReportFormProblem>>;

export function newReportValues(unit: string, from: string, to: string): ReportFormValues {
  return {
    type: 'interim',
    unit,
    from,
    to,
    number: '',
    symbol: '',
    place: '',
    summary: '',
    recipients: '',
    signerAuthority: '',
    signerTitle: '',
    signerName: '',
  };
}

/** The recipients typed one a line, without blank lines or the "- " and ";" people type out of habit. */
export function recipientLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^[-–•+]\s*/u, '')
        .replace(/[;.]$/u, '')
        .trim(),
    )
    .filter((line) => line !== '');
}

type Checked = { ok: true; request: ReportGenerateRequest } | { ok: false; problems: ReportFormProblems };

/** The request, or what must be fixed first; the rest (symbol shape, lengths) is the server's to say. */
export function checkReport(values: ReportFormValues): Checked {
  const problems: ReportFormProblems = {};
  if (values.unit.trim() === '') problems.unit = { code: 'required' };
  if (values.from === '') problems.from = { code: 'required' };
  if (values.to === '') problems.to = { code: 'required' };
  if (values.from !== '' && values.to !== '' && values.from > values.to) problems.to = { code: 'order' };
  const numberText = values.number.trim();
  if (numberText !== '' && !/^\d{1,6}$/.test(numberText)) problems.number = { code: 'number' };
  const signerTyped = [values.signerAuthority, values.signerTitle, values.signerName].some(
    (v) => v.trim() !== '',
  );
  if (signerTyped && values.signerTitle.trim() === '') problems.signerTitle = { code: 'signer' };
  if (signerTyped && values.signerName.trim() === '') problems.signerName = { code: 'signer' };
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const header: ReportHeaderOverrides = {};
  if (numberText !== '' && Number(numberText) > 0) header.number = Number(numberText);
  if (values.symbol.trim() !== '') header.symbol = values.symbol.trim();
  if (values.place.trim() !== '') header.place = values.place.trim();
  if (values.summary.trim() !== '') header.summary = values.summary.trim();
  const recipients = recipientLines(values.recipients);
  if (recipients.length > 0) header.recipients = recipients;
  if (signerTyped) {
    header.signer = {
      authority: values.signerAuthority.trim() === '' ? null : values.signerAuthority.trim(),
      title: values.signerTitle.trim(),
      name: values.signerName.trim(),
    };
  }
  return {
    ok: true,
    request: {
      type: values.type,
      unit: values.unit.trim(),
      from: values.from,
      to: values.to,
      ...(Object.keys(header).length > 0 ? { header } : {}),
    },
  };
}

const HEADER_FIELDS: Readonly<Record<string, ReportFormField>> = {
  number: 'number',
  symbol: 'symbol',
  place: 'place',
  summary: 'summary',
  recipients: 'recipients',
  'signer.authority': 'signerAuthority',
  'signer.title': 'signerTitle',
  'signer.name': 'signerName',
  signer: 'signerTitle',
};

/**
 * The form field a server's path names: "body.from", "to", "body.header.recipients.2",
 * "header.signer.title"; null for a path the form has no field for.
 */
export function fieldOfPath(path: string): ReportFormField | null {
  const parts = path.split('.').filter((part) => part !== 'body');
  const [first, second, third] = parts;
  if (first === 'type' || first === 'unit' || first === 'from' || first === 'to') return first;
  if (first !== 'header' || second === undefined) return null;
  if (second === 'signer') return HEADER_FIELDS[third ? `signer.${third}` : 'signer'] ?? null;
  return HEADER_FIELDS[second] ?? null;
}

/** The server's field errors (400 validation_failed, 422 with fields), each beside its field. */
export function serverProblems(error: unknown, language: string): ReportFormProblems {
  if (!(error instanceof ApiError)) return {};
  const fields = (error.details as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return {};
  const problems: ReportFormProblems = {};
  for (const item of fields) {
    if (typeof item !== 'object' || item === null) continue;
    const { path, message } = item as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') continue;
    const field = fieldOfPath(path);
    if (!field) continue;
    // A rule's English-only wording (zod's) is replaced by the form's own sentence for the field.
    const bilingual = message.includes(' / ');
    problems[field] ??=
      bilingual || language === 'en' ? { message: messageInLanguage(message, language) } : { code: 'server' };
  }
  return problems;
}
