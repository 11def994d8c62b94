import { z } from 'zod';
import { INCIDENT_TYPES, SERIOUSNESS_CLASSES } from '../incidents/incident-types.ts';
import { adminUnitCodeSchema, unitDateSchema } from '../units/admin-unit.schemas.ts';
import { isPeriod } from '../periods/period.ts';
import { dataElementCodeSchema } from '../datasets/data-set.schemas.ts';

// Indicators (shared/DESIGN.md section 5.5): numerator / denominator × factor over the rollups
// of incidents and tips and over reported data values (section 5.4), each with its counting
// rule, its direction and its target.

export const INCIDENT_MEASURES = ['incidents', 'cleared', 'deaths', 'injuries', 'damage_vnd'] as const;
export const TIP_MEASURES = ['received', 'resolved', 'resolved_on_time', 'overdue_now'] as const;

export const measureSchema = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('incidents'),
    /** "cleared" counts incidents of the period cleared by the period's last day. */
    measure: z.enum(INCIDENT_MEASURES),
    types: z.array(z.enum(INCIDENT_TYPES)).min(1),
    categories: z.array(z.string().min(1).max(40)).optional(),
    seriousness: z.array(z.enum(SERIOUSNESS_CLASSES)).optional(),
  }),
  z.object({
    source: z.literal('tips'),
    /** Received in the period; of those, decided by its last day; and decided within their limit. */
    measure: z.enum(TIP_MEASURES),
    categories: z.array(z.string().min(1).max(40)).optional(),
  }),
  z.object({
    source: z.literal('datavalues'),
    /**
     * A data element; its aggregation says how values add up: a flow (`sum`) adds the values of
     * the periods inside the asked one, a running total (`last`) takes each unit's latest value
     * on or before the asked period's last day.
     */
    element: dataElementCodeSchema,
  }),
]);
export type Measure = z.infer<typeof measureSchema>;

export const INDICATOR_UNITS = ['count', 'percent', 'vnd'] as const;
export const INDICATOR_DIRECTIONS = ['higher_is_better', 'lower_is_better', 'neutral'] as const;

export const indicatorTargetSchema = z.object({
  op: z.enum(['at_least', 'at_most']),
  value: z.number().finite(),
});

export const indicatorDefinitionSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,59}$/, 'lower-case letters, digits and _'),
  nameVi: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  numerator: measureSchema,
  denominator: measureSchema.nullable(),
  factor: z.number().positive().max(1_000_000),
  unit: z.enum(INDICATOR_UNITS),
  direction: z.enum(INDICATOR_DIRECTIONS),
  target: indicatorTargetSchema.nullable(),
  /** Where the target comes from (a resolution, a plan), shown beside it. */
  targetSource: z.string().trim().max(300).nullable(),
  /** How the figure is counted, in words (DESIGN 5.5 counting rules). */
  countingRuleVi: z.string().trim().min(1).max(1000),
  countingRuleEn: z.string().trim().min(1).max(1000),
});
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;

export const periodTextSchema = z
  .string()
  .trim()
  .min(4)
  .max(40)
  .refine(isPeriod, 'not a period of the grammar (e.g. 2025, bc:2025-Q1)');

export const indicatorValueQuerySchema = z.object({
  period: periodTextSchema,
  /** An administrative unit code, resolved on the hierarchy date. */
  unit: adminUnitCodeSchema,
  /** Whose units the figure is given for (default today): old facts are carried to them through the successions. */
  hierarchyDate: z.preprocess((v) => (v === '' ? undefined : v), unitDateSchema.optional()),
  breakdown: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['children']).optional()),
});
export type IndicatorValueQuery = z.input<typeof indicatorValueQuerySchema>;

const periodRef = z.object({ code: z.string(), label: z.string(), start: z.string(), end: z.string() });
const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string(), level: z.string() });

export const indicatorFigureSchema = z.object({
  unit: unitRef,
  numerator: z.number(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  samePeriod: z
    .object({ numerator: z.number(), denominator: z.number().nullable(), value: z.number().nullable() })
    .nullable(),
  change: z.object({ absolute: z.number().nullable(), relative: z.number().nullable() }),
  judgement: z.enum(['better', 'worse', 'same']).nullable(),
  band: z
    .object({
      years: z.array(z.string()),
      mean: z.number(),
      sd: z.number(),
      low: z.number(),
      high: z.number(),
    })
    .nullable(),
  flag: z.enum(['above', 'below']).nullable(),
  meetsTarget: z.boolean().nullable(),
});
export type IndicatorFigureDto = z.infer<typeof indicatorFigureSchema>;

export const indicatorValueSchema = indicatorFigureSchema.extend({
  indicator: z.object({
    code: z.string(),
    name: z.string(),
    unit: z.enum(INDICATOR_UNITS),
    direction: z.enum(INDICATOR_DIRECTIONS),
    target: indicatorTargetSchema.nullable(),
    targetSource: z.string().nullable(),
    countingRule: z.string(),
  }),
  period: periodRef,
  samePeriodRef: periodRef.nullable(),
  hierarchyDate: z.string(),
  children: z.array(indicatorFigureSchema).optional(),
});
export type IndicatorValueDto = z.infer<typeof indicatorValueSchema>;

export const indicatorListSchema = z.object({ items: z.array(indicatorDefinitionSchema) });
export const indicatorCodeParamsSchema = z.object({ code: z.string().min(1).max(60) });

export const indicatorTrendQuerySchema = z.object({
  /** The last period of the trend; the others are the periods of the same kind before it. */
  period: periodTextSchema,
  unit: adminUnitCodeSchema,
  hierarchyDate: z.preprocess((v) => (v === '' ? undefined : v), unitDateSchema.optional()),
  count: z.coerce.number().int().min(2).max(60).default(12),
});
export type IndicatorTrendQuery = z.input<typeof indicatorTrendQuerySchema>;

export const indicatorTrendSchema = z.object({
  code: z.string(),
  unit: unitRef,
  points: z.array(
    z.object({
      period: periodRef,
      numerator: z.number(),
      denominator: z.number().nullable(),
      value: z.number().nullable(),
      samePeriodValue: z.number().nullable(),
    }),
  ),
});
export type IndicatorTrendDto = z.infer<typeof indicatorTrendSchema>;

export const indicatorExportQuerySchema = z.object({
  /** Comma-separated indicator codes (the dashboard's, by default). */
  codes: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(2000).optional()),
  period: periodTextSchema,
  unit: adminUnitCodeSchema,
  hierarchyDate: z.preprocess((v) => (v === '' ? undefined : v), unitDateSchema.optional()),
  breakdown: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['children']).optional()),
});
export type IndicatorExportQuery = z.input<typeof indicatorExportQuerySchema>;

/** The twelve figures of the dashboard (shared/DESIGN.md section 10), in reading order. */
export const DASHBOARD_INDICATORS = [
  'crimes_social_order',
  'crimes_very_serious',
  'clearance_rate',
  'clearance_rate_serious',
  'tips_received',
  'tip_resolution_rate',
  'tips_on_time_share',
  'tips_overdue_now',
  'traffic_accidents',
  'traffic_deaths',
  'fires',
  'eid2_coverage',
] as const;
