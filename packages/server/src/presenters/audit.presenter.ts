import type { AuditEntryDto } from '@antt/shared';
import type { AuditRow } from '../repositories/audit.repository.ts';

export function presentAuditEntry(row: AuditRow): AuditEntryDto {
  return {
    seq: Number(row.seq),
    at: row.at,
    actorLabel: row.actor_label,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    provinceCode: row.province_code,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}
