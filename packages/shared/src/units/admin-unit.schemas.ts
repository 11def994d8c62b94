import { z } from 'zod';
import { isValidIsoDay } from '../time/vn-day.ts';

// The administrative-unit contract shared by the API and the web pickers and maps
// (shared/DESIGN.md section 4). Dates are ISO days 'YYYY-MM-DD' in Vietnam; a code is resolved
// to a unit version by a date, so every read takes one (default: today in Vietnam).

export const ADMIN_UNIT_LEVELS = ['province', 'district', 'commune'] as const;
export type AdminUnitLevelName = (typeof ADMIN_UNIT_LEVELS)[number];
export const BOUNDARY_LEVELS = ['district', 'commune'] as const;

/** A real calendar day written YYYY-MM-DD (2025-02-30 is refused). */
export const unitDateSchema = z
  .string()
  .trim()
  .refine(isValidIsoDay, 'must be a calendar day written YYYY-MM-DD');

/** Province 2 digits, district 3, commune 5 (GSO codes). */
export const adminUnitCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{2,5}$/, 'a unit code has 2 (province), 3 (district) or 5 (commune) digits');

export const adminUnitSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.string(),
  level: z.enum(ADMIN_UNIT_LEVELS),
  parentId: z.string().nullable(),
  parentCode: z.string().nullable(),
  provinceCode: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type AdminUnitDto = z.infer<typeof adminUnitSchema>;

export const adminUnitListSchema = z.object({ date: z.string(), items: z.array(adminUnitSchema) });
export type AdminUnitListDto = z.infer<typeof adminUnitListSchema>;

export const adminUnitCodeParamsSchema = z.object({ code: adminUnitCodeSchema });

export const adminUnitSearchQuerySchema = z.object({
  date: unitDateSchema.optional(),
  level: z.enum(ADMIN_UNIT_LEVELS).optional(),
  parent: adminUnitCodeSchema.optional(),
  province: z
    .string()
    .trim()
    .regex(/^\d{2}$/, 'a province code has 2 digits')
    .optional(),
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type AdminUnitSearchQuery = z.infer<typeof adminUnitSearchQuerySchema>;

export const adminUnitDateQuerySchema = z.object({ date: unitDateSchema.optional() });

export const adminUnitMapQuerySchema = z.object({
  from: unitDateSchema,
  to: unitDateSchema.optional(),
});

export const adminUnitMappingSchema = z.object({
  from: adminUnitSchema,
  fromDate: z.string(),
  toDate: z.string(),
  targets: z.array(z.object({ unit: adminUnitSchema, weight: z.number() })),
  /** Share of the unit that reached no unit of the target date (no succession recorded). */
  unmappedWeight: z.number(),
});
export type AdminUnitMappingDto = z.infer<typeof adminUnitMappingSchema>;

export const adminUnitPointQuerySchema = z.object({
  lon: z.coerce.number().min(-180).max(180),
  lat: z.coerce.number().min(-90).max(90),
  date: unitDateSchema.optional(),
});

export const adminUnitAtPointSchema = z.object({
  date: z.string(),
  unit: adminUnitSchema,
  /** True when the polygon is an approximation (simplified, or dissolved from older units). */
  approximateBoundary: z.boolean(),
});
export type AdminUnitAtPointDto = z.infer<typeof adminUnitAtPointSchema>;

export const boundaryQuerySchema = z.object({
  province: z
    .string()
    .trim()
    .regex(/^\d{2}$/, 'a province code has 2 digits'),
  level: z.enum(BOUNDARY_LEVELS).default('commune'),
  date: unitDateSchema.optional(),
});
export type BoundaryQuery = z.infer<typeof boundaryQuerySchema>;

const position = z.array(z.number()).min(2);
const polygon = z.array(z.array(position));

export const boundaryCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      properties: z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        type: z.string(),
        level: z.string(),
        approximate: z.boolean(),
        labelLon: z.number().nullable(),
        labelLat: z.number().nullable(),
      }),
      geometry: z.discriminatedUnion('type', [
        z.object({ type: z.literal('Polygon'), coordinates: polygon }),
        z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon) }),
      ]),
    }),
  ),
});
export type BoundaryCollectionDto = z.infer<typeof boundaryCollectionSchema>;
