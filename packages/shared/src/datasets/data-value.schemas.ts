import { z } from 'zod';
import { adminUnitCodeSchema, unitDateSchema } from '../units/admin-unit.schemas.ts';
import { dataElementCodeSchema } from './data-set.schemas.ts';

// Entering, syncing and approving data values (shared/DESIGN.md section 5.4).
//
// A value is keyed by element × unit × period (the period in the grammar of periods/period.ts:
// '2026-03-02' for a day, '2026-W10' for an ISO week, '2026-03' for a month). Each stored value
// has a version, raised by every change; a writer names the version it started from, so an
// edit made meanwhile by someone else is reported as a conflict instead of being overwritten.

const periodCodeSchema = z
  .string()
  .trim()
  .regex(
    /^\d{4}-(\d{2}-\d{2}|W\d{2}|\d{2})$/,
    'a day (2026-03-02), an ISO week (2026-W10) or a month (2026-03)',
  );

export const dataValueInputSchema = z.object({
  element: dataElementCodeSchema,
  /** Administrative unit code, resolved on the period's first day. */
  unit: adminUnitCodeSchema,
  period: periodCodeSchema,
  /** null clears the value. */
  value: z.number().finite().nullable(),
  /** Required when the value is an outlier against the unit's own history. */
  comment: z.string().trim().max(1000).nullable().optional(),
  /** The version the writer saw: 0 when there was no value; absent means "whatever is there". */
  baseVersion: z.number().int().min(0).optional(),
});
export type DataValueInput = z.infer<typeof dataValueInputSchema>;

/** The grid and the import save a batch whole or not at all. */
export const dataValueBatchSchema = z.object({
  values: z.array(dataValueInputSchema).min(1).max(5_000),
});
export type DataValueBatch = z.infer<typeof dataValueBatchSchema>;

/** The offline page replays its queue; each entry carries an id it made, so a replay is applied once. */
export const dataValueSyncSchema = z.object({
  changes: z
    .array(
      dataValueInputSchema.extend({
        opId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
        baseVersion: z.number().int().min(0),
      }),
    )
    .min(1)
    .max(2_000),
});
export type DataValueSync = z.infer<typeof dataValueSyncSchema>;

export const dataValueSchema = z.object({
  element: z.string(),
  unit: z.string(),
  period: z.string(),
  value: z.number(),
  comment: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type DataValueDto = z.infer<typeof dataValueSchema>;

/** Why a value is refused; `outlier_needs_comment` is lifted by giving a comment. */
export const DATA_VALUE_RULES = [
  'not_a_number',
  'not_integer',
  'below_min',
  'above_max',
  'cumulative_decreased',
  'outlier_needs_comment',
  'period_locked',
  'period_not_reportable',
  'element_not_in_set',
] as const;
export type DataValueRule = (typeof DATA_VALUE_RULES)[number];

export const dataValueBatchResultSchema = z.object({
  saved: z.number().int(),
  unchanged: z.number().int(),
  values: z.array(dataValueSchema),
});

export const dataValueSyncResultSchema = z.object({
  results: z.array(
    z.object({
      opId: z.string(),
      outcome: z.enum(['applied', 'already_applied', 'conflict', 'refused']),
      /** The server's value after the sync (for a conflict: the other user's, left as it was). */
      current: dataValueSchema.nullable(),
      rule: z.enum(DATA_VALUE_RULES).nullable(),
      message: z.string().nullable(),
    }),
  ),
});
export type DataValueSyncResult = z.infer<typeof dataValueSyncResultSchema>;

export const dataEntryQuerySchema = z.object({
  unit: adminUnitCodeSchema,
  /** First and last day of the grid (at most 92 days); the periods of the set's type inside. */
  from: unitDateSchema,
  to: unitDateSchema,
});
export type DataEntryQuery = z.input<typeof dataEntryQuerySchema>;

export const DATA_APPROVAL_STATES = ['open', 'submitted', 'approved', 'returned'] as const;
export type DataApprovalState = (typeof DATA_APPROVAL_STATES)[number];

export const dataApprovalSchema = z.object({
  unit: z.string(),
  period: z.string(),
  state: z.enum(DATA_APPROVAL_STATES),
  comment: z.string().nullable(),
  changedAt: z.string().nullable(),
  changedBy: z.string().nullable(),
});
export type DataApprovalDto = z.infer<typeof dataApprovalSchema>;

export const dataEntrySchema = z.object({
  dataSet: z.string(),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string(), level: z.string() }),
  periods: z.array(z.object({ code: z.string(), start: z.string(), end: z.string(), label: z.string() })),
  values: z.array(dataValueSchema),
  approvals: z.array(dataApprovalSchema),
  /** May the caller enter values here, and approve them? */
  canEnter: z.boolean(),
  canApprove: z.boolean(),
});
export type DataEntryDto = z.infer<typeof dataEntrySchema>;

export const dataApprovalActionSchema = z.object({
  unit: adminUnitCodeSchema,
  periods: z.array(periodCodeSchema).min(1).max(92),
  /** Required to return a period; kept with un-approval too. */
  comment: z.string().trim().max(1000).optional(),
});
export type DataApprovalAction = z.infer<typeof dataApprovalActionSchema>;

export const DATA_APPROVAL_ACTIONS = ['submit', 'approve', 'return', 'unapprove'] as const;
export const dataApprovalActionParamsSchema = z.object({
  code: z.string().min(1).max(60),
  action: z.enum(DATA_APPROVAL_ACTIONS),
});

export const dataApprovalQueueQuerySchema = z.object({
  /** A unit above the reporting units (a province, a district); its reporting units are listed. */
  unit: adminUnitCodeSchema,
  from: unitDateSchema,
  to: unitDateSchema,
  state: z.preprocess((v) => (v === '' ? undefined : v), z.enum(DATA_APPROVAL_STATES).optional()),
});
export const dataApprovalQueueSchema = z.object({
  items: z.array(dataApprovalSchema.extend({ unitName: z.string(), valueCount: z.number().int() })),
});
