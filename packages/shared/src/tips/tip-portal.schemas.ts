import { z } from 'zod';
import { TIP_CATEGORIES } from './tip-categories.ts';
import { TIP_EVENT_TYPES } from './tip-events.ts';
import {
  informantInputSchema,
  instantSchema,
  tipDescriptionSchema,
  tipPlaceFields,
  tipPointComplete,
} from './tip-input.schemas.ts';
import { PORTAL_TIP_KINDS, TIP_KINDS, type TipLabel, type TipStatus } from './tip-kinds.ts';
import { TIP_TEXT_LIMITS } from './tip-rules.ts';

// The citizen portal's contract. Its answers have their own schemas, built only from public
// fields: no officer, no unit member, no note, no registration detail, no other tip — the
// serializer drops anything else, so nothing internal can slip out by accident.

export const portalTipSubmissionSchema = z
  .object({
    kind: z.enum(PORTAL_TIP_KINDS),
    category: z.enum(TIP_CATEGORIES),
    description: tipDescriptionSchema,
    occurredAt: instantSchema.optional(),
    ...tipPlaceFields,
    /** With neither a commune nor a point, the province whose duty desk should route it. */
    provinceCode: z
      .string()
      .trim()
      .regex(/^\d{2}$/, 'a province code has 2 digits')
      .optional(),
    /** Keep the GPS position inside attached photos (default: removed, with all other metadata). */
    keepLocation: z.boolean().default(false),
    /** Left out: the tip is anonymous (no identity and no address is stored). */
    informant: informantInputSchema.optional(),
  })
  .superRefine(tipPointComplete);
export type PortalTipSubmission = z.input<typeof portalTipSubmissionSchema>;

/** The public face of a status: coarser than the staff one. */
export const PUBLIC_TIP_STATUSES = ['received', 'in_progress', 'suspended', 'resolved'] as const;
export type PublicTipStatus = (typeof PUBLIC_TIP_STATUSES)[number];
export const PUBLIC_TIP_STATUS_LABELS: Record<PublicTipStatus, TipLabel> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  in_progress: { vi: 'Đang xử lý', en: 'Being handled' },
  suspended: { vi: 'Tạm đình chỉ giải quyết', en: 'Handling suspended' },
  resolved: { vi: 'Đã có kết quả giải quyết', en: 'Resolved' },
};
export function publicTipStatus(status: TipStatus): PublicTipStatus {
  switch (status) {
    case 'received':
      return 'received';
    case 'verifying':
      return 'in_progress';
    case 'suspended':
      return 'suspended';
    case 'decided':
      return 'resolved';
  }
}

const publicStatusSchema = z.object({ code: z.enum(PUBLIC_TIP_STATUSES), label: z.string() });

/** Shown once after submission: the secret is not stored and cannot be shown again. */
export const portalTipReceiptSchema = z.object({
  trackingCode: z.string(),
  secret: z.string(),
  receivedAt: z.string(),
  status: publicStatusSchema,
  /** Attachments kept, and whether their metadata was removed. */
  attachments: z.array(
    z.object({ contentType: z.string(), sizeBytes: z.number().int(), metadataStripped: z.boolean() }),
  ),
});
export type PortalTipReceipt = z.infer<typeof portalTipReceiptSchema>;

/** The receipt typed back in. Both travel in a POST body, never in a URL (URLs end up in logs). */
export const portalTipCredentialsSchema = z.object({
  trackingCode: z.string().trim().min(1).max(40),
  secret: z.string().trim().min(1).max(80),
});
export type PortalTipCredentials = z.input<typeof portalTipCredentialsSchema>;

export const portalTipMessageRequestSchema = portalTipCredentialsSchema.extend({
  body: z.string().trim().min(1).max(TIP_TEXT_LIMITS.message),
});
export type PortalTipMessageRequest = z.input<typeof portalTipMessageRequestSchema>;

export const citizenTipViewSchema = z.object({
  trackingCode: z.string(),
  kind: z.enum(TIP_KINDS),
  category: z.enum(TIP_CATEGORIES),
  submittedAt: z.string(),
  status: publicStatusSchema,
  /** The steps the informant is told of: what happened and when, never who. */
  events: z.array(z.object({ type: z.enum(TIP_EVENT_TYPES), label: z.string(), at: z.string() })),
  /** The conversation with the handling unit, which speaks as the unit. */
  messages: z.array(z.object({ direction: z.enum(['citizen', 'unit']), body: z.string(), at: z.string() })),
  /** A decided tip takes no more messages. */
  canSendMessage: z.boolean(),
});
export type CitizenTipView = z.infer<typeof citizenTipViewSchema>;

/**
 * The portal's commune picker and map: communes as they are today, in the provinces this
 * installation serves. Public reference data (names and codes of communes), nothing else.
 */
export const portalCommuneSchema = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  provinceCode: z.string(),
});
export type PortalCommune = z.infer<typeof portalCommuneSchema>;
export const portalCommuneListSchema = z.object({ items: z.array(portalCommuneSchema) });
export const portalCommuneQuerySchema = z.object({
  q: z.string().trim().min(1).max(100).optional(),
  province: z
    .string()
    .trim()
    .regex(/^\d{2}$/, 'a province code has 2 digits')
    .optional(),
});
export type PortalCommuneQuery = z.input<typeof portalCommuneQuerySchema>;
export const portalPointQuerySchema = z.object({
  lon: z.coerce.number().min(-180).max(180),
  lat: z.coerce.number().min(-90).max(90),
});
