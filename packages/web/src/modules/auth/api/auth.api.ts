import {
  sessionResponseSchema,
  totpSetupResponseSchema,
  type LoginRequest,
  type PasswordChangeRequest,
  type SessionResponse,
} from '@antt/shared';
import { api, setCsrfToken } from '@/modules/api/client.ts';

// Every session answer carries the CSRF token of the (new) session; keep it for the next write.
function keepToken(session: SessionResponse): SessionResponse {
  setCsrfToken(session.csrfToken);
  return session;
}

export async function fetchSession(): Promise<SessionResponse> {
  return keepToken(await api.get('/api/auth/session', { schema: sessionResponseSchema }));
}

export async function login(request: LoginRequest): Promise<SessionResponse> {
  return keepToken(await api.post('/api/auth/login', request, { schema: sessionResponseSchema }));
}

export async function logout(): Promise<void> {
  await api.post<void>('/api/auth/logout');
  setCsrfToken(null);
}

export function changePassword(request: PasswordChangeRequest): Promise<void> {
  return api.post<void>('/api/auth/password', request);
}

export function setUpTotp() {
  return api.post('/api/auth/totp/setup', undefined, { schema: totpSetupResponseSchema });
}

export function enableTotp(code: string): Promise<void> {
  return api.post<void>('/api/auth/totp/enable', { code });
}

export function disableTotp(password: string): Promise<void> {
  return api.post<void>('/api/auth/totp/disable', { password });
}
