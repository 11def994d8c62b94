import {
  formatTrackingCode,
  isoFromDay,
  TIP_EVENT_INFO,
  tipTimeLeft,
  type DayNumber,
  type PoliceUnitKind,
  type TipAttachmentDto,
  type TipDeadlineDto,
  type TipEventDto,
  type TipMessageDto,
  type TipSummaryDto,
  type TipUnitRef,
} from '@antt/shared';
import type { TipAttachmentInfoRow } from '../repositories/tip-attachment.repository.ts';
import type { TipEventRow } from '../repositories/tip-event.repository.ts';
import type { TipMessageViewRow } from '../repositories/tip-message.repository.ts';
import type { TipRow, TipViewRow } from '../repositories/tip.repository.ts';

// Tip rows as the staff API shows them. The informant's identity is not in any of these.

const EXCERPT_LENGTH = 160;

export function dayText(day: number | null): string | null {
  return day === null ? null : isoFromDay(day);
}

/** "12/2026": the intake register number and year, as written in the register. */
export function registrationLabel(tip: Pick<TipRow, 'reg_no' | 'reg_year'>): string {
  return `${tip.reg_no}/${tip.reg_year}`;
}

export function excerptOf(description: string): string {
  const flat = description.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

export function unitRef(id: string, code: string, name: string, kind: string): TipUnitRef {
  return { id, code, name, kind: kind as PoliceUnitKind };
}

export function presentDeadline(tip: TipRow, today: DayNumber): TipDeadlineDto {
  const left = tipTimeLeft({ status: tip.status, dueDay: tip.due_day, dueKind: tip.due_kind }, today);
  return {
    state: left.state,
    dueKind: left.state === 'suspended' || left.state === 'decided' ? null : tip.due_kind,
    dueDate: left.state === 'suspended' || left.state === 'decided' ? null : dayText(tip.due_day),
    daysLeft: left.daysLeft,
  };
}

export function presentTipSummary(row: TipViewRow, today: DayNumber): TipSummaryDto {
  return {
    id: row.id,
    trackingCode: formatTrackingCode(row.tracking_code),
    registration: {
      unit: unitRef(row.receiving_unit_id, row.receiving_code, row.receiving_name, row.receiving_kind),
      year: row.reg_year,
      number: row.reg_no,
      label: registrationLabel(row),
    },
    kind: row.kind,
    channel: row.channel,
    category: row.category,
    status: row.status,
    decision: row.decision,
    excerpt: excerptOf(row.description),
    place:
      row.place_admin_unit_id && row.place_code && row.place_name
        ? { id: row.place_admin_unit_id, code: row.place_code, name: row.place_name }
        : null,
    address: row.address,
    receivedAt: row.received_at,
    ownerUnit: unitRef(row.owner_unit_id, row.owner_code, row.owner_name, row.owner_kind),
    assignee:
      row.assignee_user_id && row.assignee_username
        ? {
            id: row.assignee_user_id,
            username: row.assignee_username,
            displayName: row.assignee_display_name ?? '',
          }
        : null,
    anonymous: row.anonymous === 1,
    deadline: presentDeadline(row, today),
    version: row.version,
  };
}

export function presentTipEvent(row: TipEventRow): TipEventDto {
  return {
    id: row.id,
    at: row.at,
    type: row.type,
    label: TIP_EVENT_INFO[row.type].vi,
    actorLabel: row.actor_label,
    public: row.public === 1,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

export function presentTipMessage(row: TipMessageViewRow): TipMessageDto {
  return {
    id: row.id,
    direction: row.direction,
    body: row.body,
    at: row.at,
    author:
      row.author_user_id && row.author_username
        ? {
            id: row.author_user_id,
            username: row.author_username,
            displayName: row.author_display_name ?? '',
          }
        : null,
  };
}

export function presentTipAttachment(row: TipAttachmentInfoRow): TipAttachmentDto {
  return {
    id: row.id,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    metadataStripped: row.metadata_stripped === 1,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
  };
}
