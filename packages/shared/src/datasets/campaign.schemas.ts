import { z } from 'zod';
import { adminUnitCodeSchema, unitDateSchema } from '../units/admin-unit.schemas.ts';
import { dataElementCodeSchema, dataSetCodeSchema } from './data-set.schemas.ts';

// Campaigns (shared/DESIGN.md section 5.4): a push of a few weeks on some elements of a data set
// ("Cao điểm 90 ngày đêm" for electronic identification), with a target per unit, the progress
// so far, and a projection of the value at the end date with a plain verdict.

export const CAMPAIGN_VERDICTS = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_target'] as const;
export type CampaignVerdict = (typeof CAMPAIGN_VERDICTS)[number];

export const campaignElementSchema = z.object({
  element: dataElementCodeSchema,
  /** Default target of each unit = eligible population × this rate (0.8 = 80 %). */
  targetRate: z.number().min(0).max(10).nullable(),
});

export const campaignInputSchema = z
  .object({
    nameVi: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().min(1).max(200),
    dataSet: dataSetCodeSchema,
    /** The unit whose reporting units take part (a province). */
    unit: adminUnitCodeSchema,
    startDate: unitDateSchema,
    endDate: unitDateSchema,
    /** The element holding each unit's eligible population (for default targets). */
    populationElement: dataElementCodeSchema,
    elements: z.array(campaignElementSchema).min(1).max(10),
  })
  .refine((c) => c.startDate <= c.endDate, { path: ['endDate'], message: 'the end is before the start' });
export type CampaignInput = z.infer<typeof campaignInputSchema>;

/** Explicit targets replace the default for the units named. */
export const campaignTargetsInputSchema = z.object({
  targets: z
    .array(
      z.object({
        element: dataElementCodeSchema,
        unit: adminUnitCodeSchema,
        target: z.number().min(0).finite().nullable(),
      }),
    )
    .min(1)
    .max(5_000),
});

export const campaignSummarySchema = z.object({
  id: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  dataSet: z.string(),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  startDate: z.string(),
  endDate: z.string(),
  populationElement: z.string(),
  elements: z.array(campaignElementSchema),
  daysTotal: z.number().int(),
  /** Days from today to the end date, 0 once it is over. */
  daysLeft: z.number().int(),
});
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;

export const projectionSchema = z.object({
  /** The value expected at the end date, and its 90 % prediction interval. */
  mean: z.number(),
  lo: z.number(),
  hi: z.number(),
  level: z.number(),
  /** Average gain per day so far, and the gain per day still needed to reach the target. */
  perDay: z.number(),
  requiredPerDay: z.number().nullable(),
});
export type ProjectionDto = z.infer<typeof projectionSchema>;

export const campaignProgressSchema = z.object({
  element: z.string(),
  /** The value reached so far (a running total's latest value, or a flow's sum since the start). */
  value: z.number(),
  /** The value at the campaign's start (0 for a flow). */
  startValue: z.number(),
  asOf: z.string().nullable(),
  target: z.number().nullable(),
  /** value / target, 0..1+ */
  share: z.number().nullable(),
  projection: projectionSchema.nullable(),
  verdict: z.enum(CAMPAIGN_VERDICTS),
});
export type CampaignProgressDto = z.infer<typeof campaignProgressSchema>;

export const campaignStatusSchema = z.object({
  campaign: campaignSummarySchema,
  asOf: z.string(),
  total: z.object({ progress: z.array(campaignProgressSchema) }),
  /** How many units the leaderboard ranks; `units` lists only those in the caller's jurisdiction. */
  rankedUnits: z.number().int(),
  units: z.array(
    z.object({
      unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
      population: z.number().nullable(),
      progress: z.array(campaignProgressSchema),
      /** Place on the leaderboard by the first element's share of target (1 = best). */
      rank: z.number().int().nullable(),
    }),
  ),
  /** Daily series of the province total for the first element, for the chart. */
  series: z.array(z.object({ date: z.string(), value: z.number() })),
});
export type CampaignStatusDto = z.infer<typeof campaignStatusSchema>;

export const campaignListSchema = z.object({ items: z.array(campaignSummarySchema) });
export const campaignParamsSchema = z.object({ id: z.string().min(1).max(60) });
export const campaignStatusQuerySchema = z.object({
  /** The day the status is for (default today). */
  asOf: z.preprocess((v) => (v === '' ? undefined : v), unitDateSchema.optional()),
});
