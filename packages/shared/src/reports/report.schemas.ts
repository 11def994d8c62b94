import { z } from 'zod';
import { adminUnitCodeSchema, unitDateSchema } from '../units/admin-unit.schemas.ts';
import { reportDocumentSchema, reportHeaderSchema, reportSignerSchema } from './report-document.ts';

// Periodic reports (shared/DESIGN.md section 5.6): a report is generated for a unit and a span of
// days from the indicator engine's figures, stored with a snapshot of those figures, and its
// narrative sections (results, shortcomings, causes, solutions) are edited as versions.

export const REPORT_TYPES = ['interim', 'final', 'monthly', 'quarterly', 'half_year', 'yearly'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/** How each type is named in the summary line: "Báo cáo sơ kết …". */
export const REPORT_TYPE_VI: Record<ReportType, string> = {
  interim: 'sơ kết',
  final: 'tổng kết',
  monthly: 'tháng',
  quarterly: 'quý',
  half_year: '6 tháng',
  yearly: 'năm',
};

/** The narrative sections, in the order they appear; each is pre-filled from the data and edited. */
export const REPORT_SECTION_KEYS = ['results', 'shortcomings', 'causes', 'solutions'] as const;
export type ReportSectionKey = (typeof REPORT_SECTION_KEYS)[number];

export const REPORT_SECTION_TITLES_VI: Record<ReportSectionKey, string> = {
  results: 'Kết quả đạt được',
  shortcomings: 'Hạn chế, tồn tại',
  causes: 'Nguyên nhân',
  solutions: 'Phương hướng, giải pháp',
};

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/**
 * What a person may set instead of the defaults taken from the unit (its police force, its
 * province): each field of the Decree 30 header; `title` is the document type ("BÁO CÁO").
 */
export const reportHeaderOverridesSchema = z
  .object({
    parentBody: reportHeaderSchema.shape.parentBody,
    issuingBody: reportHeaderSchema.shape.issuingBody,
    number: reportHeaderSchema.shape.number,
    symbol: reportHeaderSchema.shape.symbol,
    place: reportHeaderSchema.shape.place,
    date: reportHeaderSchema.shape.date,
    title: reportHeaderSchema.shape.documentType,
    summary: reportHeaderSchema.shape.summary,
    recipients: reportHeaderSchema.shape.recipients,
    filing: reportHeaderSchema.shape.filing,
    signer: reportSignerSchema,
  })
  .partial();
export type ReportHeaderOverrides = z.infer<typeof reportHeaderOverridesSchema>;

export const reportGenerateSchema = z
  .object({
    type: z.enum(REPORT_TYPES),
    /** The administrative unit the report is about, resolved on the hierarchy date. */
    unit: adminUnitCodeSchema,
    from: unitDateSchema,
    to: unitDateSchema,
    /** Whose units the figures are given for (default today). */
    hierarchyDate: z.preprocess(emptyToUndefined, unitDateSchema.optional()),
    header: reportHeaderOverridesSchema.optional(),
  })
  .refine((r) => r.from <= r.to, { path: ['to'], message: 'the period ends before it starts' });
export type ReportGenerateRequest = z.input<typeof reportGenerateSchema>;

export const reportSectionKeySchema = z.enum(REPORT_SECTION_KEYS);

export const reportSectionEditSchema = z.object({
  /** Paragraphs separated by line breaks. */
  text: z.string().trim().min(1).max(20_000),
});

/**
 * One number printed in the report and where it comes from: the indicator, the unit and the
 * period it was read for, and which of the engine's figures it is — so every printed number can
 * be traced back to (and checked against) the indicator engine.
 */
export const reportFigureSchema = z.object({
  /** As printed: "243", "81,2 %", "−4,7 %". */
  text: z.string(),
  value: z.number(),
  indicator: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  period: z.string(),
  field: z.enum([
    'value',
    'samePeriod',
    'changeAbsolute',
    'changeRelative',
    'indicatorTarget',
    'targetValue',
  ]),
  /** For targetValue: the target's id. */
  targetId: z.string().optional(),
});
export type ReportFigure = z.infer<typeof reportFigureSchema>;

export const reportSectionVersionSchema = z.object({
  key: reportSectionKeySchema,
  version: z.number().int(),
  text: z.string(),
  editedBy: z.string(),
  editedAt: z.string(),
});
export type ReportSectionVersionDto = z.infer<typeof reportSectionVersionSchema>;

export const reportSummarySchema = z.object({
  id: z.string(),
  type: z.enum(REPORT_TYPES),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  hierarchyDate: z.string(),
  summary: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type ReportSummaryDto = z.infer<typeof reportSummarySchema>;

export const reportSchema = reportSummarySchema.extend({
  header: reportHeaderSchema,
  /** The latest version of each narrative section. */
  sections: z.array(reportSectionVersionSchema),
  /** The document as it renders now: the data blocks and the latest sections. */
  document: reportDocumentSchema,
  /**
   * Every number the generated document printed, with its source. A section edited since may
   * print other numbers: they are the editor's, and the versions say who wrote them.
   */
  figures: z.array(reportFigureSchema),
});
export type ReportDto = z.infer<typeof reportSchema>;

export const reportListSchema = z.object({ items: z.array(reportSummarySchema) });
export const reportSectionVersionListSchema = z.object({ items: z.array(reportSectionVersionSchema) });
export const reportParamsSchema = z.object({ id: z.string().min(1).max(60) });
export const reportSectionParamsSchema = reportParamsSchema.extend({ key: reportSectionKeySchema });
