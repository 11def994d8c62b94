import { z } from 'zod';
import { INDICATOR_UNITS, periodTextSchema } from '../indicators/indicator.schemas.ts';
import { adminUnitCodeSchema, unitDateSchema } from '../units/admin-unit.schemas.ts';

// Targets (shared/DESIGN.md section 5.6): a resolution's target for one indicator over one unit
// and a term — "tỷ lệ điều tra làm rõ trên 75 % trong nhiệm kỳ 2020–2025" — with the value so
// far, what the rest of the term needs, and a status with its reason. The rules of the
// arithmetic are written out in packages/analytics/src/targets/target-pace.ts.

export const TARGET_DIRECTIONS = ['at_least', 'at_most', 'reduce_by_percent'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

/** no_data: a rate with nothing counted in its denominator, so there is no figure to judge. */
export const TARGET_STATUSES = [
  'achieved',
  'on_track',
  'at_risk',
  'off_track',
  'not_started',
  'no_data',
] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

const optionalText = (max: number) =>
  z.preprocess((v) => (v === '' ? null : v), z.string().trim().max(max).nullable().optional());

export const targetInputSchema = z
  .object({
    indicator: z.string().regex(/^[a-z][a-z0-9_]{1,59}$/, 'an indicator code, e.g. clearance_rate'),
    /** An administrative unit code, read on today's hierarchy. */
    unit: adminUnitCodeSchema,
    /**
     * The value the target starts from and its period (e.g. bc:2020). A value left out is taken
     * from the indicator engine for that period when the target is saved. Required by
     * reduce_by_percent.
     */
    baseline: z
      .object({ period: periodTextSchema, value: z.number().finite().min(0).nullable().optional() })
      .nullable()
      .optional(),
    /**
     * at_least / at_most: the level the term must reach — a rate for a rate indicator (75 for
     * 75 %), the term's total for a count. reduce_by_percent: the cut in percent (5 for 5 %).
     */
    targetValue: z.number().finite().min(0),
    direction: z.enum(TARGET_DIRECTIONS),
    /** The term as a period of the grammar, e.g. term:2020-2025 (Decree 09 years 2021..2025) … */
    term: z.preprocess((v) => (v === '' ? undefined : v), periodTextSchema.optional()),
    /** … or as its first and last day. */
    termFrom: z.preprocess((v) => (v === '' ? undefined : v), unitDateSchema.optional()),
    termTo: z.preprocess((v) => (v === '' ? undefined : v), unitDateSchema.optional()),
    name: optionalText(300),
    /** Where the target comes from, e.g. "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020–2025". */
    source: optionalText(500),
  })
  .superRefine((t, ctx) => {
    const dates = t.termFrom !== undefined || t.termTo !== undefined;
    if (t.term !== undefined && dates)
      ctx.addIssue({ code: 'custom', path: ['term'], message: 'give the term or its dates, not both' });
    if (t.term === undefined && !(t.termFrom && t.termTo))
      ctx.addIssue({
        code: 'custom',
        path: t.termFrom ? ['termTo'] : ['term'],
        message: 'give the term (e.g. term:2020-2025) or both termFrom and termTo',
      });
    if (t.termFrom && t.termTo && t.termFrom > t.termTo)
      ctx.addIssue({ code: 'custom', path: ['termTo'], message: 'the term ends before it starts' });
    if (t.direction === 'reduce_by_percent') {
      if (t.targetValue > 100)
        ctx.addIssue({ code: 'custom', path: ['targetValue'], message: 'a cut is at most 100 %' });
      if (!t.baseline)
        ctx.addIssue({ code: 'custom', path: ['baseline'], message: 'a reduction needs a baseline' });
    }
  });
export type TargetInput = z.input<typeof targetInputSchema>;

const periodRef = z.object({ code: z.string(), label: z.string(), start: z.string(), end: z.string() });

export const comparableValueSchema = z.object({
  period: periodRef,
  value: z.number(),
  /** The rate itself, or a count per 365 days (a 366-day year scaled down). */
  pace: z.number(),
});

export const targetProgressSchema = z.object({
  /** The last day counted: today, or the term's last day once it is over. */
  asOf: z.string(),
  elapsedDays: z.number().int(),
  remainingDays: z.number().int(),
  /** Share of the term's days gone by, 0..1. */
  elapsedShare: z.number(),
  /** The period the value so far is computed for ("2020-12-15..2026-03-02"); null before the term starts. */
  periodSoFar: z.string().nullable(),
  numeratorSoFar: z.number().nullable(),
  denominatorSoFar: z.number().nullable(),
  valueSoFar: z.number().nullable(),
  /** What the whole term must reach: the rate, or the term's total for a count. */
  level: z.number().nullable(),
  sense: z.enum(['at_least', 'at_most']),
  /** Rates: the denominator the rest of the term is expected to bring (the pace so far, extended). */
  expectedDenominatorForRest: z.number().nullable(),
  /** Rates: the rate the rest needs. Counts: how many the rest must add (at least) or may add (at most). */
  requiredValueForRest: z.number().nullable(),
  /** How paces read: a rate, or a count per 365 days. */
  paceUnit: z.enum(['rate', 'per_year']),
  paceSoFar: z.number().nullable(),
  requiredPace: z.number().nullable(),
  /** The pace the whole term keeps when it lands exactly on the level. */
  levelPace: z.number().nullable(),
  /** The whole Decree 09 years before today with a value, oldest first, and the best of them. */
  comparable: z.array(comparableValueSchema),
  bestComparable: comparableValueSchema.nullable(),
  status: z.enum(TARGET_STATUSES),
  /** Why, with the numbers. */
  reasonVi: z.string(),
  reasonEn: z.string(),
});
export type TargetProgressDto = z.infer<typeof targetProgressSchema>;

export const targetSchema = z.object({
  id: z.string(),
  indicator: z.object({
    code: z.string(),
    name: z.string(),
    unit: z.enum(INDICATOR_UNITS),
  }),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string(), level: z.string() }),
  baseline: z.object({ period: periodRef, value: z.number().nullable() }).nullable(),
  targetValue: z.number(),
  direction: z.enum(TARGET_DIRECTIONS),
  term: periodRef.extend({
    days: z.number().int(),
    /** The Decree 09 reporting years the term overlaps, each with its boundaries. */
    reportingYears: z.array(periodRef),
  }),
  name: z.string().nullable(),
  source: z.string().nullable(),
  progress: targetProgressSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type TargetDto = z.infer<typeof targetSchema>;

export const targetListSchema = z.object({ items: z.array(targetSchema) });
export const targetParamsSchema = z.object({ id: z.string().min(1).max(60) });
