import { z } from 'zod';

// Aggregate data in the DHIS2 manner (shared/DESIGN.md section 5.4): a data element is one
// figure a unit reports (a count, a stock); a data set groups the elements a unit reports
// together, with the period they are reported for and the level of the units that report.

export const DATA_VALUE_TYPES = ['integer', 'number'] as const;
export type DataValueType = (typeof DATA_VALUE_TYPES)[number];

/**
 * How values add up over time and units: `sum` for flows (applications received today),
 * `last` for stocks and running totals (accounts activated so far): the value of the latest
 * period on or before the end of the asked period.
 */
export const DATA_AGGREGATIONS = ['sum', 'last'] as const;
export type DataAggregation = (typeof DATA_AGGREGATIONS)[number];

export const DATA_PERIOD_TYPES = ['day', 'week', 'month'] as const;
export type DataPeriodType = (typeof DATA_PERIOD_TYPES)[number];

export const DATA_REPORTING_LEVELS = ['commune', 'district', 'province'] as const;

export const dataElementCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,59}$/, 'lower-case letters, digits and _');

export const dataElementSchema = z
  .object({
    code: dataElementCodeSchema,
    nameVi: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().min(1).max(200),
    /** A short column title for the entry grid. */
    shortVi: z.string().trim().min(1).max(40),
    shortEn: z.string().trim().min(1).max(40),
    valueType: z.enum(DATA_VALUE_TYPES),
    aggregation: z.enum(DATA_AGGREGATIONS),
    /** A running total: a value may never be below an earlier period's value of the same unit. */
    cumulative: z.boolean(),
    /** Valid range; values outside it are refused (non-negative unless an admin says otherwise). */
    min: z.number().finite().nullable(),
    max: z.number().finite().nullable(),
    descriptionVi: z.string().trim().max(1000),
    descriptionEn: z.string().trim().max(1000),
  })
  .refine((e) => e.min === null || e.max === null || e.min <= e.max, {
    path: ['max'],
    message: 'max must not be below min',
  })
  .refine((e) => !e.cumulative || e.aggregation === 'last', {
    path: ['aggregation'],
    message: 'a running total aggregates by its last value',
  });
export type DataElement = z.infer<typeof dataElementSchema>;

export const dataSetCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,59}$/, 'lower-case letters, digits and _');

export const dataSetSchema = z.object({
  code: dataSetCodeSchema,
  nameVi: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  periodType: z.enum(DATA_PERIOD_TYPES),
  /** Every unit of this level (valid on the period) reports the set. */
  reportingLevel: z.enum(DATA_REPORTING_LEVELS),
  /** Element codes in the order of the entry grid's columns. */
  elements: z.array(dataElementCodeSchema).min(1).max(60),
});
export type DataSet = z.infer<typeof dataSetSchema>;

export const dataElementListSchema = z.object({ items: z.array(dataElementSchema) });
export const dataSetListSchema = z.object({ items: z.array(dataSetSchema) });
export const dataElementParamsSchema = z.object({ code: z.string().min(1).max(60) });
export const dataSetParamsSchema = z.object({ code: z.string().min(1).max(60) });
