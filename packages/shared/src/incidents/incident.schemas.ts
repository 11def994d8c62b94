import { z } from 'zod';
import { adminUnitCodeSchema, unitDateSchema } from '../units/admin-unit.schemas.ts';
import {
  CRIME_GROUPS,
  FIRE_CAUSES,
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  MAX_PENALTIES,
  SERIOUSNESS_CLASSES,
} from './incident-types.ts';

// What the incident API answers (shared/DESIGN.md section 5.3), shared with the web app.

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

/** The filters of the list, the map, the counts and the export: one object for all four. */
export const incidentFilterSchema = z.object({
  type: z.preprocess(emptyAsUndefined, z.enum(INCIDENT_TYPES).optional()),
  category: z.preprocess(emptyAsUndefined, z.string().trim().max(40).optional()),
  seriousness: z.preprocess(emptyAsUndefined, z.enum(SERIOUSNESS_CLASSES).optional()),
  /** An administrative unit (any level): incidents placed in it, its old predecessors included. */
  unit: z.preprocess(emptyAsUndefined, adminUnitCodeSchema.optional()),
  reportingUnitId: z.preprocess(emptyAsUndefined, z.string().max(64).optional()),
  /** Occurrence days, both ends included. */
  from: z.preprocess(emptyAsUndefined, unitDateSchema.optional()),
  to: z.preprocess(emptyAsUndefined, unitDateSchema.optional()),
  status: z.preprocess(emptyAsUndefined, z.enum(INCIDENT_STATUSES).optional()),
  cleared: z.preprocess(emptyAsUndefined, z.enum(['yes', 'no']).optional()),
  /** Words of the summary, the address or the unit's own reference. */
  q: z.preprocess(emptyAsUndefined, z.string().trim().max(100).optional()),
});
export type IncidentFilter = z.output<typeof incidentFilterSchema>;

export const incidentListQuerySchema = incidentFilterSchema.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  sort: z.enum(['occurred_desc', 'occurred_asc', 'updated_desc']).default('occurred_desc'),
});
export type IncidentListQuery = z.output<typeof incidentListQuerySchema>;
export type IncidentListParams = z.input<typeof incidentListQuerySchema>;

export const incidentExportQuerySchema = incidentFilterSchema.extend({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

export const incidentMapQuerySchema = incidentFilterSchema.extend({
  /** The day whose units the counts are given for (default: the end of the period, or today). */
  unitsOn: z.preprocess(emptyAsUndefined, unitDateSchema.optional()),
});

const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const incidentCrimeSchema = z.object({
  article: z.number().int(),
  clause: z.number().int(),
  title: z.string(),
  seriousness: z.enum(SERIOUSNESS_CLASSES),
});

export const incidentSummarySchema = z.object({
  id: z.string(),
  type: z.enum(INCIDENT_TYPES),
  category: z.string(),
  occurredAt: z.string(),
  occurredOn: z.string(),
  commune: unitRef,
  address: z.string().nullable(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  reportingUnit: unitRef,
  status: z.enum(INCIDENT_STATUSES),
  cleared: z.boolean(),
  clearedOn: z.string().nullable(),
  externalRef: z.string().nullable(),
  summary: z.string(),
  crime: incidentCrimeSchema.nullable(),
  deaths: z.number().int().nullable(),
  injuries: z.number().int().nullable(),
  vehicles: z.number().int().nullable(),
  road: z.string().nullable(),
  damageVnd: z.number().nullable(),
  fireCause: z.enum(FIRE_CAUSES).nullable(),
  siteName: z.string().nullable(),
  tip: z.object({ id: z.string(), label: z.string() }).nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type IncidentSummaryDto = z.infer<typeof incidentSummarySchema>;

export const incidentListSchema = z.object({
  items: z.array(incidentSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type IncidentListDto = z.infer<typeof incidentListSchema>;

export const INCIDENT_EVENT_TYPES = [
  'created',
  'updated',
  'imported',
  'reimported',
  'bulk_updated',
  'deleted',
] as const;

export const incidentEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  type: z.enum(INCIDENT_EVENT_TYPES),
  actor: z.string(),
  /** Field → [before, after] for edits; the whole record's fields for a creation. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});
export type IncidentEventDto = z.infer<typeof incidentEventSchema>;

export const INCIDENT_ACTIONS = ['edit', 'delete'] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

export const incidentDetailSchema = incidentSummarySchema.extend({
  history: z.array(incidentEventSchema),
  allowedActions: z.array(z.enum(INCIDENT_ACTIONS)),
});
export type IncidentDetailDto = z.infer<typeof incidentDetailSchema>;

export const incidentIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const incidentBulkResultSchema = z.object({ changed: z.number().int() });

export const incidentMapPointSchema = z.object({
  id: z.string(),
  lon: z.number(),
  lat: z.number(),
  type: z.enum(INCIDENT_TYPES),
  category: z.string(),
  occurredOn: z.string(),
});
export const incidentMapSchema = z.object({
  points: z.array(incidentMapPointSchema),
  /** Incidents matching the filters; points are only those with coordinates, up to the limit. */
  total: z.number().int(),
  truncated: z.boolean(),
  /** Counts per commune of the hierarchy on `unitsOn`; old communes are carried to their successors, weighted. */
  unitsOn: z.string(),
  units: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), count: z.number() })),
});
export type IncidentMapDto = z.infer<typeof incidentMapSchema>;

// The catalogues (categories, Penal Code): shipped as data, editable by an admin, versioned.

export const incidentCategorySchema = z.object({
  code: z.string(),
  type: z.enum(INCIDENT_TYPES),
  nameVi: z.string(),
  nameEn: z.string(),
  descriptionVi: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type IncidentCategoryDto = z.infer<typeof incidentCategorySchema>;

export const penalCodeClauseSchema = z.object({
  article: z.number().int(),
  clause: z.number().int(),
  chapter: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  crimeGroup: z.enum(CRIME_GROUPS),
  maxPenalty: z.enum(MAX_PENALTIES),
  maxPrisonYears: z.number().nullable(),
  seriousness: z.enum(SERIOUSNESS_CLASSES),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type PenalCodeClauseDto = z.infer<typeof penalCodeClauseSchema>;

export const incidentCatalogueSchema = z.object({
  date: z.string(),
  categories: z.array(incidentCategorySchema),
  penalCode: z.array(penalCodeClauseSchema),
});
export type IncidentCatalogueDto = z.infer<typeof incidentCatalogueSchema>;

export const catalogueQuerySchema = z.object({
  date: z.preprocess(emptyAsUndefined, unitDateSchema.optional()),
});

const text = (max: number) => z.string().trim().min(1).max(max);

/** An admin's new or changed clause; it takes effect on `validFrom` and closes the version before. */
export const penalCodeClauseRequestSchema = z
  .object({
    article: z.number().int().min(1).max(999),
    clause: z.number().int().min(1).max(20),
    chapter: z
      .string()
      .trim()
      .regex(/^[IVXL]+$/, 'a chapter in Roman numerals, e.g. XVI'),
    titleVi: text(300),
    titleEn: text(300),
    crimeGroup: z.enum(CRIME_GROUPS),
    maxPenalty: z.enum(MAX_PENALTIES),
    maxPrisonYears: z.number().min(0).max(30).nullable(),
    validFrom: unitDateSchema,
  })
  .superRefine((v, ctx) => {
    if ((v.maxPenalty === 'fine' || v.maxPenalty === 'non_custodial') && v.maxPrisonYears !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxPrisonYears'],
        message: 'no prison term with a fine or non-custodial maximum',
      });
    }
    if (v.maxPenalty === 'prison' && v.maxPrisonYears === null) {
      ctx.addIssue({ code: 'custom', path: ['maxPrisonYears'], message: 'give the longest prison term' });
    }
  });
export type PenalCodeClauseRequest = z.input<typeof penalCodeClauseRequestSchema>;

export const incidentCategoryRequestSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, 'lower-case letters, digits and _'),
  type: z.enum(INCIDENT_TYPES),
  nameVi: text(200),
  nameEn: text(200),
  descriptionVi: z.string().trim().max(1000).default(''),
  validFrom: unitDateSchema,
});
export type IncidentCategoryRequest = z.input<typeof incidentCategoryRequestSchema>;
