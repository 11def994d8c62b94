import { auditListSchema, type AuditEntryDto } from '@antt/shared';
import { api } from '@/modules/api/client.ts';

export const AUDIT_PAGE_SIZE = 50;

/** One page of the audit log, newest first; `before` is the sequence number to continue below. */
export async function listAudit(before?: number): Promise<AuditEntryDto[]> {
  const { items } = await api.get('/api/audit', {
    query: { limit: AUDIT_PAGE_SIZE, before },
    schema: auditListSchema,
  });
  return items;
}
