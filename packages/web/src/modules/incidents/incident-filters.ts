import { incidentFilterSchema } from '@antt/shared';

// The filters of the list, the map and the export live in the URL query, so a view can be
// bookmarked or sent to a colleague and the map opens on the same incidents as the list.

export const INCIDENT_FILTER_KEYS = [
  'type',
  'category',
  'seriousness',
  'unit',
  'from',
  'to',
  'status',
  'cleared',
  'q',
] as const;
export type IncidentFilterKey = (typeof INCIDENT_FILTER_KEYS)[number];
export type IncidentFilterValues = Partial<Record<IncidentFilterKey, string>>;

/**
 * The filters a URL asks for, each checked by the API's own schema: a hand-edited or outdated
 * value is dropped rather than sent to be refused.
 */
export function filtersFromSearch(params: URLSearchParams): IncidentFilterValues {
  const asked: IncidentFilterValues = {};
  for (const key of INCIDENT_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) asked[key] = value;
  }
  const checked = incidentFilterSchema.safeParse(asked);
  if (checked.success) return asked;
  const bad = new Set(checked.error.issues.map((issue) => String(issue.path[0])));
  return Object.fromEntries(Object.entries(asked).filter(([key]) => !bad.has(key))) as IncidentFilterValues;
}

/**
 * The query after one filter changed: back to page 1, and a category or seriousness that
 * belongs to another type of incident is cleared with the type.
 */
export function withFilter(
  params: URLSearchParams,
  key: IncidentFilterKey,
  value: string | null | undefined,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  if (key === 'type') {
    next.delete('category');
    if (value !== 'crime') next.delete('seriousness');
  }
  next.delete('page');
  return next;
}

/** The query string of the filters alone (no page), for the map link and the export. */
export function filterQueryString(filters: IncidentFilterValues): string {
  const params = new URLSearchParams();
  for (const key of INCIDENT_FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

export function hasFilters(filters: IncidentFilterValues): boolean {
  return INCIDENT_FILTER_KEYS.some((key) => Boolean(filters[key]));
}

/** Where the browser downloads the filtered list (same origin: the session cookie goes along). */
export function exportUrl(format: 'xlsx' | 'csv', filters: IncidentFilterValues): string {
  const query = filterQueryString(filters);
  return `/api/incidents/export?format=${format}${query ? `&${query}` : ''}`;
}

export function templateUrl(format: 'xlsx' | 'csv'): string {
  return `/api/incidents/template?format=${format}`;
}
