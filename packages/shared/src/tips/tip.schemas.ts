import { z } from 'zod';
import { POLICE_UNIT_KINDS } from '../org/police-unit.schemas.ts';
import { TIP_CATEGORIES } from './tip-categories.ts';
import { TIP_EVENT_TYPES } from './tip-events.ts';
import { TIP_CHANNELS, TIP_DECISIONS, TIP_KINDS, TIP_STATUSES } from './tip-kinds.ts';
import { TIP_SUSPENSION_GROUNDS } from './tip-suspension.ts';
import { TIP_DUE_KINDS, TIP_TIME_STATES } from './tip-time-state.ts';

// What the staff API answers about tips. Dates are ISO days (YYYY-MM-DD, Vietnam), instants
// ISO-8601 UTC. The informant's identity is never part of these: it has its own endpoint,
// with a stated reason and an audit row (tipInformantSchema).

export const tipUnitRefSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(POLICE_UNIT_KINDS),
});
export type TipUnitRef = z.infer<typeof tipUnitRefSchema>;

export const tipUserRefSchema = z.object({ id: z.string(), username: z.string(), displayName: z.string() });
export type TipUserRef = z.infer<typeof tipUserRefSchema>;

export const tipPlaceSchema = z.object({ id: z.string(), code: z.string(), name: z.string() });

/** The intake register entry: number per receiving unit and year, shown as "12/2026". */
export const tipRegistrationSchema = z.object({
  unit: tipUnitRefSchema,
  year: z.number().int(),
  number: z.number().int(),
  label: z.string(),
});

export const tipDeadlineSchema = z.object({
  state: z.enum(TIP_TIME_STATES),
  /** What the current limit is for, and its last day (the limit ends at 24:00 of it). */
  dueKind: z.enum(TIP_DUE_KINDS).nullable(),
  dueDate: z.string().nullable(),
  /** 0 on the last day, negative once overdue; null when no limit runs. */
  daysLeft: z.number().int().nullable(),
});
export type TipDeadlineDto = z.infer<typeof tipDeadlineSchema>;

export const tipSummarySchema = z.object({
  id: z.string(),
  trackingCode: z.string(),
  registration: tipRegistrationSchema,
  kind: z.enum(TIP_KINDS),
  channel: z.enum(TIP_CHANNELS),
  category: z.enum(TIP_CATEGORIES),
  status: z.enum(TIP_STATUSES),
  decision: z.enum(TIP_DECISIONS).nullable(),
  /** The first words of the description. */
  excerpt: z.string(),
  place: tipPlaceSchema.nullable(),
  address: z.string().nullable(),
  receivedAt: z.string(),
  ownerUnit: tipUnitRefSchema,
  assignee: tipUserRefSchema.nullable(),
  anonymous: z.boolean(),
  deadline: tipDeadlineSchema,
  version: z.number().int(),
});
export type TipSummaryDto = z.infer<typeof tipSummarySchema>;

export const tipListSchema = z.object({
  items: z.array(tipSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TipListDto = z.infer<typeof tipListSchema>;

export const tipEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  type: z.enum(TIP_EVENT_TYPES),
  label: z.string(),
  actorLabel: z.string(),
  public: z.boolean(),
  details: z.record(z.string(), z.unknown()),
});
export type TipEventDto = z.infer<typeof tipEventSchema>;

export const tipMessageSchema = z.object({
  id: z.string(),
  direction: z.enum(['citizen', 'unit']),
  body: z.string(),
  at: z.string(),
  /** The officer who wrote a unit message (staff only; the citizen never sees it). */
  author: tipUserRefSchema.nullable(),
});
export type TipMessageDto = z.infer<typeof tipMessageSchema>;

export const tipAttachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  metadataStripped: z.boolean(),
  uploadedBy: z.enum(['citizen', 'staff']),
  createdAt: z.string(),
});
export type TipAttachmentDto = z.infer<typeof tipAttachmentSchema>;

export const tipDuplicateSchema = z.object({
  id: z.string(),
  registrationLabel: z.string(),
  ownerUnit: tipUnitRefSchema,
  category: z.enum(TIP_CATEGORIES),
  status: z.enum(TIP_STATUSES),
  receivedAt: z.string(),
  occurredAt: z.string().nullable(),
  place: tipPlaceSchema.nullable(),
  excerpt: z.string(),
  /** Metres between the two map points, when both have one. */
  distanceMeters: z.number().nullable(),
  sameCommune: z.boolean(),
});
export type TipDuplicateDto = z.infer<typeof tipDuplicateSchema>;

/** What the caller may do with the tip now (for the buttons of the web app; the server checks again). */
export const TIP_ACTIONS = [
  'classify',
  'route',
  'assign',
  'hand_over',
  'notify_procuracy',
  'extend',
  'suspend',
  'resume',
  'cancel_suspension',
  'decide',
  'notify_result',
  'message',
  'note',
  'reveal_informant',
] as const;
export type TipAction = (typeof TIP_ACTIONS)[number];

export const tipDetailSchema = tipSummarySchema.extend({
  description: z.string(),
  occurredAt: z.string().nullable(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  sourceAgency: z.string().nullable(),
  receiptRecordNo: z.string().nullable(),
  receivingUnit: tipUnitRefSchema,
  classifiedAt: z.string().nullable(),
  handedOverAt: z.string().nullable(),
  procuracyNotifiedAt: z.string().nullable(),
  procuracyNoticeNo: z.string().nullable(),
  clockStartDate: z.string().nullable(),
  limitLastDate: z.string().nullable(),
  unitExtendedTo: z.string().nullable(),
  procuracyExtendedTo: z.string().nullable(),
  suspension: z.object({ ground: z.enum(TIP_SUSPENSION_GROUNDS), suspendedAt: z.string() }).nullable(),
  resumedAt: z.string().nullable(),
  decisionDetails: z
    .object({
      decision: z.enum(TIP_DECISIONS),
      number: z.string().nullable(),
      date: z.string().nullable(),
      penalCodeArticle: z.string().nullable(),
      agencyName: z.string().nullable(),
      duplicateOf: z.object({ id: z.string(), registrationLabel: z.string() }).nullable(),
      decidedAt: z.string(),
    })
    .nullable(),
  resultNotifiedAt: z.string().nullable(),
  /** Whether the informant gave an identity; the identity itself needs reveal_informant. */
  informantIdentified: z.boolean(),
  timeline: z.array(tipEventSchema),
  messages: z.array(tipMessageSchema),
  attachments: z.array(tipAttachmentSchema),
  duplicates: z.array(tipDuplicateSchema),
  /** Incidents of the register that name this tip as their origin (those the caller may see). */
  incidents: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      category: z.string(),
      occurredOn: z.string(),
      summary: z.string(),
    }),
  ),
  allowedActions: z.array(z.enum(TIP_ACTIONS)),
});
export type TipDetailDto = z.infer<typeof tipDetailSchema>;

export const tipInformantSchema = z.object({
  fullName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  idNumber: z.string().nullable(),
});
export type TipInformantDto = z.infer<typeof tipInformantSchema>;

export const alertSchema = z.object({
  id: z.string(),
  kind: z.enum(['due_soon', 'overdue']),
  tip: z.object({ id: z.string(), registrationLabel: z.string(), category: z.enum(TIP_CATEGORIES) }),
  dueDate: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type AlertDto = z.infer<typeof alertSchema>;

export const alertListQuerySchema = z.object({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const alertListSchema = z.object({ items: z.array(alertSchema), unread: z.number().int() });
export type AlertListDto = z.infer<typeof alertListSchema>;
export const alertIdParamsSchema = z.object({ id: z.string().min(1).max(64) });
