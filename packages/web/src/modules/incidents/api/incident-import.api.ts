import { CSRF_HEADER } from '@antt/shared/auth/auth.schemas';
import { incidentImportJobSchema, type IncidentImportJobDto } from '@antt/shared';
import { api, ApiError } from '@/modules/api/client.ts';

// Importing a spreadsheet: the file goes up as multipart form data (the shared JSON client
// sends JSON only), the server answers 202 with a job, and the page polls the job until done.

async function failureOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; details?: unknown };
    };
    if (body.error?.code) {
      return new ApiError(
        response.status,
        body.error.code as ApiError['code'],
        body.error.message ?? response.statusText,
        body.error.details,
      );
    }
  } catch {
    // Not JSON (a proxy's error page).
  }
  return new ApiError(response.status, 'unexpected_response', `HTTP ${response.status}`);
}

/** Starts a dry run (checks every row, writes nothing) or a real import of one file. */
export async function startIncidentImport(
  file: File,
  dryRun: boolean,
  csrfToken: string | undefined,
): Promise<IncidentImportJobDto> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/incidents/imports?dryRun=${dryRun}`, {
      method: 'POST',
      headers: { accept: 'application/json', ...(csrfToken ? { [CSRF_HEADER]: csrfToken } : {}) },
      body,
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) throw await failureOf(response);
  const parsed = incidentImportJobSchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new ApiError(response.status, 'unexpected_response', 'Unexpected import job', parsed.error.issues);
  }
  return parsed.data;
}

export function getIncidentImport(id: string): Promise<IncidentImportJobDto> {
  return api.get(`/api/incidents/imports/${encodeURIComponent(id)}`, { schema: incidentImportJobSchema });
}
