import {
  incidentInputSchema,
  incidentUpdateSchema,
  type FireCause,
  type IncidentDetailDto,
  type IncidentRequest,
  type IncidentStatus,
  type IncidentType,
  type IncidentUpdateRequest,
} from '@antt/shared';
import type { ZodType } from 'zod';
import { isInFuture, occurredAtInstant, vnLocalNow } from '../../ui/forms/vn-local-time.ts';

// The incident form's values and their way to and from the API. The form keeps what the inputs
// hold (text, '' for an empty number); the request is built from it and checked with the shared
// schema before anything is sent, so the form and the server refuse the same things.

/** A number input's value: '' while empty. */
export type NumberValue = number | '';

export type IncidentFormValues = {
  type: IncidentType | '';
  /** datetime-local text in Vietnam's time, e.g. "2026-03-01T21:30". */
  occurredAt: string;
  communeCode: string;
  lon: NumberValue;
  lat: NumberValue;
  address: string;
  status: IncidentStatus;
  cleared: boolean;
  /** YYYY-MM-DD. */
  clearedOn: string;
  summary: string;
  article: NumberValue;
  clause: NumberValue;
  category: string;
  deaths: NumberValue;
  injuries: NumberValue;
  vehicles: NumberValue;
  road: string;
  damageVnd: NumberValue;
  cause: FireCause;
  siteName: string;
  /** Kept from the incident being edited (no input shows them; the server needs them back). */
  reportingUnitId?: string;
  tipId?: string;
  externalRef?: string;
};

export const EMPTY_INCIDENT_FORM: IncidentFormValues = {
  type: '',
  occurredAt: '',
  communeCode: '',
  lon: '',
  lat: '',
  address: '',
  status: 'open',
  cleared: false,
  clearedOn: '',
  summary: '',
  article: '',
  clause: '',
  category: '',
  deaths: 0,
  injuries: 0,
  vehicles: 0,
  road: '',
  damageVnd: 0,
  cause: 'unknown',
  siteName: '',
};

/** The form of an incident as it is now, for editing. */
export function formFromIncident(incident: IncidentDetailDto): IncidentFormValues {
  return {
    ...EMPTY_INCIDENT_FORM,
    type: incident.type,
    occurredAt: vnLocalNow(new Date(incident.occurredAt)),
    communeCode: incident.commune.code,
    lon: incident.lon ?? '',
    lat: incident.lat ?? '',
    address: incident.address ?? '',
    status: incident.status,
    cleared: incident.cleared,
    clearedOn: incident.clearedOn ?? '',
    summary: incident.summary,
    article: incident.crime?.article ?? '',
    clause: incident.crime?.clause ?? '',
    category: incident.type === 'crime' ? '' : incident.category,
    deaths: incident.deaths ?? 0,
    injuries: incident.injuries ?? 0,
    vehicles: incident.vehicles ?? 0,
    road: incident.road ?? '',
    damageVnd: incident.damageVnd ?? 0,
    cause: incident.fireCause ?? 'unknown',
    siteName: incident.siteName ?? '',
    reportingUnitId: incident.reportingUnit.id,
    tipId: incident.tip?.id,
    externalRef: incident.externalRef ?? undefined,
  };
}

const numberOrNothing = (value: NumberValue) => (value === '' ? undefined : value);
const textOrNothing = (value: string) => (value.trim() ? value : undefined);

/** The request the form's values make (unchecked: the schema decides). */
export function requestFromForm(values: IncidentFormValues): Record<string, unknown> {
  const common = {
    type: values.type || undefined,
    occurredAt: (values.occurredAt && occurredAtInstant(values.occurredAt)) || undefined,
    communeCode: textOrNothing(values.communeCode),
    lon: numberOrNothing(values.lon),
    lat: numberOrNothing(values.lat),
    address: textOrNothing(values.address),
    reportingUnitId: values.reportingUnitId,
    status: values.status,
    cleared: values.cleared,
    clearedOn: values.cleared ? textOrNothing(values.clearedOn) : undefined,
    tipId: values.tipId,
    externalRef: values.externalRef,
    summary: values.summary,
  };
  switch (values.type) {
    case 'crime':
      return { ...common, article: numberOrNothing(values.article), clause: numberOrNothing(values.clause) };
    case 'traffic_accident':
      return {
        ...common,
        category: values.category,
        deaths: numberOrNothing(values.deaths),
        injuries: numberOrNothing(values.injuries),
        vehicles: numberOrNothing(values.vehicles),
        road: textOrNothing(values.road),
      };
    case 'fire':
      return {
        ...common,
        category: values.category,
        deaths: numberOrNothing(values.deaths),
        injuries: numberOrNothing(values.injuries),
        damageVnd: numberOrNothing(values.damageVnd),
        cause: values.cause,
      };
    case 'social_vice':
      return { ...common, category: values.category, siteName: textOrNothing(values.siteName) };
    default:
      return common;
  }
}

/** Field → the code of its first problem ('required', 'future', or zod's issue code). */
export type FormIssues = Record<string, string>;

export type FormCheck<T> = { ok: true; request: T } | { ok: false; issues: FormIssues };

function check<T>(
  schema: ZodType,
  values: IncidentFormValues,
  extra: Record<string, unknown>,
  now: Date,
): FormCheck<T> {
  const issues: FormIssues = {};
  if (!values.type) issues.type = 'required';
  if (!values.occurredAt) issues.occurredAt = 'required';
  else if (!occurredAtInstant(values.occurredAt)) issues.occurredAt = 'invalid';
  else if (isInFuture(occurredAtInstant(values.occurredAt)!, now)) issues.occurredAt = 'future';
  // The schema's rules across fields (commune or point, cleared with its day) run only once
  // every field has its shape; say them at once, with the rest.
  if (!values.communeCode && values.lon === '' && values.lat === '') issues.communeCode = 'custom';
  if (values.cleared && !values.clearedOn) issues.clearedOn = 'custom';
  const request = { ...requestFromForm(values), ...extra };
  const parsed = schema.safeParse(request);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'type');
      if (!(field in issues)) issues[field] = issue.code;
    }
  }
  if (Object.keys(issues).length > 0) return { ok: false, issues };
  // What the form sends is the request as typed; the server applies the schema's defaults itself.
  return { ok: true, request: request as T };
}

/** Checks a new incident with the shared schema; the request to send when nothing is wrong. */
export function checkNewIncident(values: IncidentFormValues, now = new Date()): FormCheck<IncidentRequest> {
  return check<IncidentRequest>(incidentInputSchema, values, {}, now);
}

/** The same for an edit, which names the version it was made on. */
export function checkIncidentEdit(
  values: IncidentFormValues,
  version: number,
  now = new Date(),
): FormCheck<IncidentUpdateRequest> {
  return check<IncidentUpdateRequest>(incidentUpdateSchema, values, { version }, now);
}

/** The server's field paths ('body.deaths', 'communeCode') as the form's field names. */
export function formFieldOf(serverPath: string): string {
  return serverPath.replace(/^body\./, '').split('.')[0] ?? serverPath;
}
