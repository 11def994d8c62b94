import { z } from 'zod';
import { POLICE_UNIT_KINDS } from '../org/police-unit.schemas.ts';
import { adminUnitCodeSchema, unitDateSchema } from '../units/admin-unit.schemas.ts';
import { TIP_CATEGORIES } from './tip-categories.ts';
import { STAFF_TIP_CHANNELS, TIP_KINDS } from './tip-kinds.ts';
import { REVEAL_REASON_MIN_LENGTH, TIP_TEXT_LIMITS } from './tip-rules.ts';
import { TIP_SUSPENSION_GROUNDS } from './tip-suspension.ts';

// What people type into a tip, checked by the same objects in the web forms and on the server.
// Empty form fields arrive as "" and mean "not given". The exported request types are what a
// client sends (z.input); the server parses them into the checked values.

/** Optional free text: trimmed; empty means absent. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

/** An instant with its offset, e.g. "2026-03-01T21:30:00+07:00". */
export const instantSchema = z.iso.datetime({ offset: true });

export const tipDescriptionSchema = z
  .string()
  .trim()
  .min(1, 'describe what happened')
  .max(TIP_TEXT_LIMITS.description);

/** An informant who gives their identity: at least a name, a phone number or an e-mail address. */
export const informantInputSchema = z
  .object({
    fullName: optionalText(200),
    phone: z
      .string()
      .trim()
      .regex(/^(\+?[0-9][0-9 .()-]{5,19})?$/, 'a phone number: digits, optionally starting with +')
      .optional()
      .transform((v) => (v ? v : undefined)),
    email: z
      .union([z.literal(''), z.email().max(200)])
      .optional()
      .transform((v) => (v ? v : undefined)),
    address: optionalText(TIP_TEXT_LIMITS.address),
    /** Citizen ID card (CCCD) number: 12 digits (older ID cards: 9). */
    idNumber: z
      .string()
      .trim()
      .regex(/^(\d{9}|\d{12})?$/, '12 digits (or 9 on an old ID card)')
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .refine((i) => Boolean(i.fullName || i.phone || i.email), {
    message: 'give a name, a phone number or an e-mail address, or leave the identity out',
    path: ['fullName'],
  });
export type InformantInput = z.infer<typeof informantInputSchema>;

/** Where it happened: a commune picked from the list, or a map point, or neither (then the duty desk routes it). */
export const tipPlaceFields = {
  communeCode: adminUnitCodeSchema.optional(),
  lon: z.number().min(-180).max(180).optional(),
  lat: z.number().min(-90).max(90).optional(),
  address: optionalText(TIP_TEXT_LIMITS.address),
};

export function tipPointComplete(v: { lon?: number; lat?: number }, ctx: z.RefinementCtx): void {
  if ((v.lon === undefined) !== (v.lat === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [v.lon === undefined ? 'lon' : 'lat'],
      message: 'a map point needs both lon and lat',
    });
  }
}

export const staffTipIntakeRequestSchema = z
  .object({
    kind: z.enum(TIP_KINDS),
    channel: z.enum(STAFF_TIP_CHANNELS),
    category: z.enum(TIP_CATEGORIES),
    description: tipDescriptionSchema,
    occurredAt: instantSchema.optional(),
    ...tipPlaceFields,
    /** Transfers and media: the agency or outlet. */
    sourceAgency: optionalText(300),
    /** In person: the number of the receipt record (biên bản tiếp nhận) made with the informant. */
    receiptRecordNo: optionalText(100),
    informant: informantInputSchema.optional(),
  })
  .superRefine((v, ctx) => {
    tipPointComplete(v, ctx);
    if ((v.channel === 'transfer' || v.channel === 'media') && !v.sourceAgency) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourceAgency'],
        message: 'name the agency or media outlet it came from',
      });
    }
    if (v.channel === 'in_person' && !v.receiptRecordNo) {
      ctx.addIssue({
        code: 'custom',
        path: ['receiptRecordNo'],
        message: 'an in-person tip needs the number of its receipt record (biên bản tiếp nhận)',
      });
    }
  });
export type StaffTipIntakeRequest = z.input<typeof staffTipIntakeRequestSchema>;

/** Every change names the version it was made on; an older version is refused (409). */
const versioned = { version: z.number().int().min(1) };
const note = optionalText(TIP_TEXT_LIMITS.note);

export const classifyTipRequestSchema = z.object({
  ...versioned,
  kind: z.enum(TIP_KINDS),
  category: z.enum(TIP_CATEGORIES),
  note,
});
export type ClassifyTipRequest = z.input<typeof classifyTipRequestSchema>;

/** Send the tip to another unit (the duty desk routing by hand, a leader reassigning). */
export const routeTipRequestSchema = z.object({
  ...versioned,
  unitId: z.string().min(1).max(64),
  note,
});
export type RouteTipRequest = z.input<typeof routeTipRequestSchema>;

export const assignTipRequestSchema = z.object({ ...versioned, userId: z.string().min(1).max(64) });
export type AssignTipRequest = z.input<typeof assignTipRequestSchema>;

export const handOverTipRequestSchema = z.object({ ...versioned, note });
export type HandOverTipRequest = z.input<typeof handOverTipRequestSchema>;

export const notifyProcuracyRequestSchema = z.object({
  ...versioned,
  /** Number of the notice sent to the procuracy. */
  noticeNo: z.string().trim().min(1).max(100),
  note,
});
export type NotifyProcuracyRequest = z.input<typeof notifyProcuracyRequestSchema>;

/** The new last day of the limit. By a leader of the owner unit, or (the further extension) by a procurator. */
export const extendTipRequestSchema = z.object({
  ...versioned,
  until: unitDateSchema,
  reason: z.string().trim().min(1).max(TIP_TEXT_LIMITS.reason),
});
export type ExtendTipRequest = z.input<typeof extendTipRequestSchema>;

export const suspendTipRequestSchema = z.object({
  ...versioned,
  ground: z.enum(TIP_SUSPENSION_GROUNDS),
  note,
});
export type SuspendTipRequest = z.input<typeof suspendTipRequestSchema>;

/** The new last day, at most 1 month after the resumption (BLTTHS art. 149). */
export const resumeTipRequestSchema = z.object({ ...versioned, until: unitDateSchema, note });
export type ResumeTipRequest = z.input<typeof resumeTipRequestSchema>;

export const cancelSuspensionRequestSchema = z.object({
  ...versioned,
  reason: z.string().trim().min(1).max(TIP_TEXT_LIMITS.reason),
});
export type CancelSuspensionRequest = z.input<typeof cancelSuspensionRequestSchema>;

const decisionDocument = {
  decisionNo: z.string().trim().min(1).max(100),
  decisionDate: unitDateSchema,
};

export const decideTipRequestSchema = z.discriminatedUnion('decision', [
  z.object({
    ...versioned,
    decision: z.literal('prosecute'),
    ...decisionDocument,
    /** Article and clause of the Penal Code, e.g. "Điều 173 khoản 1". */
    penalCodeArticle: z.string().trim().min(1).max(100),
    note,
  }),
  z.object({ ...versioned, decision: z.literal('decline'), ...decisionDocument, note }),
  z.object({
    ...versioned,
    decision: z.literal('transfer'),
    agencyName: z.string().trim().min(1).max(300),
    decisionNo: optionalText(100),
    note,
  }),
  z.object({ ...versioned, decision: z.literal('merge'), duplicateOfId: z.string().min(1).max(64), note }),
]);
export type DecideTipRequest = z.input<typeof decideTipRequestSchema>;

/** The result told to the informant: shown in the citizen view as a message from the unit. */
export const notifyResultRequestSchema = z.object({
  ...versioned,
  message: z.string().trim().min(1).max(TIP_TEXT_LIMITS.message),
});
export type NotifyResultRequest = z.input<typeof notifyResultRequestSchema>;

export const tipMessageRequestSchema = z.object({
  body: z.string().trim().min(1).max(TIP_TEXT_LIMITS.message),
});
export type TipMessageRequest = z.input<typeof tipMessageRequestSchema>;

export const tipNoteRequestSchema = z.object({ body: z.string().trim().min(1).max(TIP_TEXT_LIMITS.note) });
export type TipNoteRequest = z.input<typeof tipNoteRequestSchema>;

export const revealInformantRequestSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(REVEAL_REASON_MIN_LENGTH, `state the reason in at least ${REVEAL_REASON_MIN_LENGTH} characters`)
    .max(TIP_TEXT_LIMITS.reason),
});
export type RevealInformantRequest = z.input<typeof revealInformantRequestSchema>;

export const TIP_QUEUES = ['all', 'mine', 'unit', 'due_soon', 'overdue', 'suspended'] as const;
export type TipQueue = (typeof TIP_QUEUES)[number];

export const tipListQuerySchema = z.object({
  /**
   * all: every tip the caller may see (jurisdiction, or owned by the caller's unit);
   * mine: assigned to the caller; unit: owned by the caller's unit; due_soon / overdue /
   * suspended: of all, those in that state.
   */
  queue: z.enum(TIP_QUEUES).default('all'),
  status: z.enum(['received', 'verifying', 'suspended', 'decided']).optional(),
  category: z.enum(TIP_CATEGORIES).optional(),
  kind: z.enum(TIP_KINDS).optional(),
  /** A tracking code, or a registration number ("12" or "12/2026"). */
  q: z.string().trim().min(1).max(40).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TipListQuery = z.input<typeof tipListQuerySchema>;

export const tipIdParamsSchema = z.object({ id: z.string().min(1).max(64) });
export const tipAttachmentParamsSchema = z.object({
  id: z.string().min(1).max(64),
  attachmentId: z.string().min(1).max(64),
});

/** Units a tip may be routed to. */
export const TIP_HANDLING_UNIT_KINDS = [
  'commune_police',
  'investigating_body',
  'duty_desk',
] as const satisfies readonly (typeof POLICE_UNIT_KINDS)[number][];
