import { z } from 'zod';

// Importing incidents from a spreadsheet (shared/DESIGN.md section 5.3): the report of a dry or
// real run and the progress of a run started from the web. One bad row refuses the whole file;
// the report lists every bad row as the spreadsheet numbers it (the header is row 1).

export const INCIDENT_IMPORT_LIMITS = {
  /** Largest file accepted (XLSX or CSV). */
  maxBytes: 50 * 1024 * 1024,
  /** Data rows in one file: a province's register for several years fits well under this. */
  maxRows: 200_000,
  /** Problems listed in a report; beyond this only the count of bad rows grows. */
  reportedProblems: 1000,
} as const;

export const INCIDENT_IMPORT_PHASES = ['reading', 'checking', 'writing', 'done'] as const;
export type IncidentImportPhase = (typeof INCIDENT_IMPORT_PHASES)[number];

export const incidentImportProblemSchema = z.object({
  /** The row as the spreadsheet shows it: the header is row 1, the first data row 2. */
  row: z.number().int(),
  /** The column key (INCIDENT_SHEET_COLUMNS), or '' when the problem is the whole row. */
  column: z.string(),
  message: z.string(),
});
export type IncidentImportProblem = z.infer<typeof incidentImportProblemSchema>;

/**
 * What a run found and did. `added`, `updated` and `skipped` (identical to what is stored)
 * count the good rows, so rows − added − updated − skipped is the number of bad rows even when
 * the list of problems is cut at INCIDENT_IMPORT_LIMITS.reportedProblems. A real run writes
 * only when there is no problem at all.
 */
export const incidentImportReportSchema = z.object({
  dryRun: z.boolean(),
  fileName: z.string(),
  /** Data rows read (blank rows not counted). */
  rows: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  problems: z.array(incidentImportProblemSchema),
  problemsTruncated: z.boolean(),
});
export type IncidentImportReport = z.infer<typeof incidentImportReportSchema>;

/** A run started from the web, polled until it is done or failed. */
export const incidentImportJobSchema = z.object({
  id: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  phase: z.enum(INCIDENT_IMPORT_PHASES),
  done: z.number().int(),
  total: z.number().int(),
  /** The report once the run ends (also for a refused real run: it lists why). */
  report: incidentImportReportSchema.nullable(),
  /** Why a run failed: import_rejected (bad rows), or a file that could not be read. */
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }).nullable(),
});
export type IncidentImportJobDto = z.infer<typeof incidentImportJobSchema>;

export const incidentImportQuerySchema = z.object({
  /** A dry run (the default) checks every row and writes nothing. */
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export const incidentImportJobParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const incidentTemplateQuerySchema = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});
