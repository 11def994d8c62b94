import {
  boundaryCollectionSchema,
  indicatorListSchema,
  indicatorTrendSchema,
  indicatorValueSchema,
  type BoundaryCollectionDto,
  type IndicatorDefinition,
  type IndicatorTrendDto,
  type IndicatorValueDto,
} from '@antt/shared';
import { api, ApiError } from '@/modules/api/client.ts';

// The indicator API (packages/server/src/routes/indicator.routes.ts). Names and counting rules
// are taken from the catalogue in the UI language and period labels are made here, so values
// and trends are asked for without a language; the XLSX is asked for in the UI language.

export type DashboardScope = {
  period: string;
  /** Administrative unit code. */
  unit: string;
  /** YYYY-MM-DD; the server takes today when absent. */
  hierarchyDate?: string;
};

export async function indicatorDefinitions(): Promise<IndicatorDefinition[]> {
  return (await api.get('/api/indicators', { schema: indicatorListSchema })).items;
}

/** One indicator for the scope, with a figure for every unit directly under it. */
export function indicatorValue(
  code: string,
  scope: DashboardScope,
  signal?: AbortSignal,
): Promise<IndicatorValueDto> {
  return api.get(`/api/indicators/${encodeURIComponent(code)}/values`, {
    query: { ...scope, breakdown: 'children' },
    schema: indicatorValueSchema,
    signal,
  });
}

/** The indicator over the `count` periods of the same kind ending with the scope's period. */
export function indicatorTrend(
  code: string,
  scope: DashboardScope,
  count: number,
  signal?: AbortSignal,
): Promise<IndicatorTrendDto> {
  return api.get(`/api/indicators/${encodeURIComponent(code)}/trend`, {
    query: { ...scope, count },
    schema: indicatorTrendSchema,
    signal,
  });
}

/** District or commune boundaries of a province on a day, as GeoJSON. */
export function unitBoundaries(
  province: string,
  level: 'district' | 'commune',
  date: string,
): Promise<BoundaryCollectionDto> {
  return api.get('/api/units/boundaries', {
    query: { province, level, date },
    schema: boundaryCollectionSchema,
  });
}

export type ExportRequest = DashboardScope & { codes: readonly string[]; language: string };

/** The export address, the same figures as the view (its codes, period, unit and breakdown). */
export function exportPath(request: ExportRequest): string {
  const params = new URLSearchParams({
    codes: request.codes.join(','),
    period: request.period,
    unit: request.unit,
  });
  if (request.hierarchyDate) params.set('hierarchyDate', request.hierarchyDate);
  params.set('breakdown', 'children');
  return `/api/indicators/export?${params.toString()}`;
}

/**
 * Fetches the XLSX in the UI language (a plain link would send the browser's language) and
 * hands it to the browser as a download under the server's file name.
 */
export async function downloadExport(request: ExportRequest): Promise<string> {
  const response = await fetch(exportPath(request), {
    headers: { 'accept-language': request.language === 'en' ? 'en' : 'vi' },
    credentials: 'same-origin',
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string; details?: unknown };
    } | null;
    throw new ApiError(
      response.status,
      (body?.error?.code ?? 'unexpected_response') as ApiError['code'],
      body?.error?.message ?? `HTTP ${response.status}`,
      body?.error?.details,
    );
  }
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'chi-tieu.xlsx';
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the file over; the address is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return name;
}
