import type { CSRF_HEADER as SHARED_CSRF_HEADER, SessionResponse } from '@antt/shared/auth/auth.schemas';
import type { DataElement, DataSet } from '@antt/shared/datasets/data-set.schemas';
import type {
  DataEntryDto,
  DataValueSync,
  DataValueSyncResult,
} from '@antt/shared/datasets/data-value.schemas';
import type { PoliceUnitDto } from '@antt/shared/org/police-unit.schemas';

// The offline page's own small client, the staff app's rules (modules/api/client.ts) without
// its dependencies: the session cookie goes with every request, the CSRF token of the last
// session answer with every write. The answers are typed by the shared contract but not parsed
// with zod, which would double this page's download on a phone.

/** The server could not be reached: the page keeps working from the phone's copy. */
export class ServerUnreachable extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : 'server unreachable');
    this.name = 'ServerUnreachable';
  }
}

/** The server answered with an error ({error: {code, message}}). */
export class ServerRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServerRefused';
  }
}

// Spelled out rather than imported: the module that exports it builds zod schemas on load. The
// type still ties it to the shared constant, so a renamed header fails to compile here.
const CSRF_HEADER: typeof SHARED_CSRF_HEADER = 'x-csrf-token';

let csrfToken: string | null = null;

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    throw new ServerUnreachable(error);
  }
  if (!response.ok) {
    // A proxy's or the browser's own error page (no JSON) means the server was not reached.
    const answer = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    if (!answer?.error?.code) throw new ServerUnreachable(new Error(`HTTP ${response.status}`));
    throw new ServerRefused(
      response.status,
      answer.error.code,
      answer.error.message ?? `HTTP ${response.status}`,
    );
  }
  return (await response.json()) as T;
}

export async function fetchSession(): Promise<SessionResponse> {
  const session = await request<SessionResponse>('GET', '/api/auth/session');
  csrfToken = session.csrfToken;
  return session;
}

export async function fetchPoliceUnits(): Promise<PoliceUnitDto[]> {
  return (await request<{ items: PoliceUnitDto[] }>('GET', '/api/police-units')).items;
}

export async function fetchDataSets(): Promise<DataSet[]> {
  return (await request<{ items: DataSet[] }>('GET', '/api/datasets')).items;
}

export async function fetchDataElements(): Promise<DataElement[]> {
  return (await request<{ items: DataElement[] }>('GET', '/api/data-elements')).items;
}

export function fetchEntry(dataSet: string, unit: string, day: string): Promise<DataEntryDto> {
  const query = new URLSearchParams({ unit, from: day, to: day });
  return request('GET', `/api/datasets/${encodeURIComponent(dataSet)}/entry?${query.toString()}`);
}

/**
 * Sends the queue. The CSRF token comes from the session: fetched first when the page was opened
 * offline, and fetched again once when the server no longer takes the one held.
 */
export async function postSync(body: DataValueSync): Promise<DataValueSyncResult> {
  if (!csrfToken) await fetchSession();
  try {
    return await request('POST', '/api/datavalues/sync', body);
  } catch (error) {
    if (!(error instanceof ServerRefused && error.code === 'csrf_token_invalid')) throw error;
    await fetchSession();
    return request('POST', '/api/datavalues/sync', body);
  }
}
