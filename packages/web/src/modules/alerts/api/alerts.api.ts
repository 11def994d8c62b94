import { alertListSchema, type AlertListDto } from '@antt/shared';
import { api } from '@/modules/api/client.ts';

/** The signed-in user's deadline alerts, newest first, with the unread count. */
export function listAlerts(limit = 20): Promise<AlertListDto> {
  return api.get('/api/alerts', { query: { limit }, schema: alertListSchema });
}

export function markAlertRead(id: string): Promise<void> {
  return api.post<void>(`/api/alerts/${encodeURIComponent(id)}/read`);
}
