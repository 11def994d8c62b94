import type { TipCategory } from '@antt/shared/tips/tip-categories';
import type { PortalTipSubmission } from '@antt/shared/tips/tip-portal.schemas';
import { portalTipSubmissionSchema } from '@antt/shared/tips/tip-portal.schemas';
import { isInFuture, occurredAtInstant } from '../../ui/forms/vn-local-time.ts';

// The submission form's values, and how they become the request the server takes: checked by
// the shared schema (the object the server uses), each problem turned into the key of a
// sentence shown next to its field.

export type IdentityChoice = 'anonymous' | 'identified';

export type TipFormValues = {
  kind: 'denunciation' | 'report' | '';
  category: TipCategory | '';
  description: string;
  /** A datetime-local value, read as Vietnam time. */
  occurredAt: string;
  communeCode: string;
  address: string;
  point: { lon: number; lat: number } | null;
  keepLocation: boolean;
  identity: IdentityChoice;
  informant: { fullName: string; phone: string; email: string; address: string; idNumber: string };
};

export const EMPTY_TIP_FORM: TipFormValues = {
  kind: '',
  category: '',
  description: '',
  occurredAt: '',
  communeCode: '',
  address: '',
  point: null,
  keepLocation: false,
  identity: 'anonymous',
  informant: { fullName: '', phone: '', email: '', address: '', idNumber: '' },
};

export type TipFormField =
  | 'kind'
  | 'category'
  | 'description'
  | 'occurredAt'
  | 'communeCode'
  | 'address'
  | 'point'
  | 'fullName'
  | 'phone'
  | 'email'
  | 'informantAddress'
  | 'idNumber';

/** Field → key of its message in portal:submit.errors. */
export type TipFormIssues = Partial<Record<TipFormField, string>>;

export type BuiltSubmission = { ok: true; data: PortalTipSubmission } | { ok: false; issues: TipFormIssues };

const INFORMANT_FIELDS: Record<string, TipFormField> = {
  fullName: 'fullName',
  phone: 'phone',
  email: 'email',
  address: 'informantAddress',
  idNumber: 'idNumber',
};

function fieldOf(path: readonly PropertyKey[]): TipFormField | null {
  const [first, second] = path.map(String);
  if (first === 'informant') return INFORMANT_FIELDS[second ?? 'fullName'] ?? 'fullName';
  if (first === 'lon' || first === 'lat') return 'point';
  const known: TipFormField[] = ['kind', 'category', 'description', 'occurredAt', 'communeCode', 'address'];
  return known.find((f) => f === first) ?? null;
}

function messageKey(field: TipFormField, code: string): string {
  if (code === 'too_big') return 'tooLong';
  if (field === 'description') return 'descriptionMissing';
  if (field === 'fullName') return 'identityMissing';
  return field;
}

/** The request for the server, or the problems to show; `provinceCode` routes a tip with no place. */
export function buildSubmission(
  values: TipFormValues,
  provinceCode: string | null,
  now = new Date(),
): BuiltSubmission {
  const issues: TipFormIssues = {};
  const occurredAt = values.occurredAt ? occurredAtInstant(values.occurredAt) : undefined;
  if (occurredAt === null) issues.occurredAt = 'occurredAt';
  else if (occurredAt && isInFuture(occurredAt, now)) issues.occurredAt = 'occurredAtFuture';

  const placeGiven = Boolean(values.communeCode) || values.point !== null;
  const request = {
    kind: values.kind || undefined,
    category: values.category || undefined,
    description: values.description,
    occurredAt: occurredAt ?? undefined,
    communeCode: values.communeCode || undefined,
    lon: values.point?.lon,
    lat: values.point?.lat,
    address: values.address,
    provinceCode: placeGiven ? undefined : (provinceCode ?? undefined),
    keepLocation: values.keepLocation,
    informant: values.identity === 'identified' ? values.informant : undefined,
  };
  const parsed = portalTipSubmissionSchema.safeParse(request);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      if (field && !(field in issues)) issues[field] = messageKey(field, issue.code);
    }
  }
  if (Object.keys(issues).length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, data: parsed.data };
}

/** The form fields in the order they appear, to focus the first one with a problem. */
export const TIP_FORM_FIELD_ORDER: TipFormField[] = [
  'kind',
  'category',
  'description',
  'occurredAt',
  'communeCode',
  'point',
  'address',
  'fullName',
  'phone',
  'email',
  'idNumber',
  'informantAddress',
];
