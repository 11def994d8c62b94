import { z } from 'zod';
import { instantSchema, optionalText } from '../tips/tip-input.schemas.ts';
import { adminUnitCodeSchema, unitDateSchema } from '../units/admin-unit.schemas.ts';
import { FIRE_CAUSES, INCIDENT_LIMITS, INCIDENT_STATUSES } from './incident-types.ts';

// What an officer types into an incident, checked by the same objects in the web form, the
// API and the import (shared/DESIGN.md section 5.3). One shape per type; the common fields are
// the same on all four. Rules that need the database (the commune on that date, the article
// in the catalogue, the tip) are the service's.

const count = (max: number) => z.number().int('a whole number').min(0, 'cannot be negative').max(max);

export const incidentCommonFields = {
  /** When it happened, with its offset, e.g. "2026-03-01T21:30:00+07:00". */
  occurredAt: instantSchema,
  /** The commune (code valid on the occurrence date); may be left out when a map point is given. */
  communeCode: adminUnitCodeSchema.optional(),
  lon: z.number().min(-180).max(180).optional(),
  lat: z.number().min(-90).max(90).optional(),
  address: optionalText(INCIDENT_LIMITS.address),
  /** The police unit that records it; by default the caller's own. */
  reportingUnitId: z.string().min(1).max(64).optional(),
  status: z.enum(INCIDENT_STATUSES).default('open'),
  cleared: z.boolean().default(false),
  /** The day it was cleared (điều tra làm rõ); required when cleared. */
  clearedOn: unitDateSchema.optional(),
  /** The tip it came from, if any. */
  tipId: z.string().min(1).max(64).optional(),
  /** The unit's own reference (e.g. its spreadsheet's row key); a re-import updates by it. */
  externalRef: optionalText(INCIDENT_LIMITS.externalRef),
  summary: z.string().trim().min(1, 'say in a sentence what happened').max(INCIDENT_LIMITS.summary),
};

export const crimeDetailsSchema = z.object({
  type: z.literal('crime'),
  /** Article of the 2015 Penal Code, e.g. 173 (theft). */
  article: z.number().int('a whole article number').min(1).max(999),
  /** The clause: it, not the article, sets the seriousness class. */
  clause: z.number().int('a whole clause number').min(1).max(20),
});

export const trafficAccidentDetailsSchema = z.object({
  type: z.literal('traffic_accident'),
  category: z.string().trim().min(1).max(40),
  deaths: count(INCIDENT_LIMITS.people),
  injuries: count(INCIDENT_LIMITS.people),
  vehicles: count(INCIDENT_LIMITS.vehicles),
  road: optionalText(INCIDENT_LIMITS.road),
});

export const fireDetailsSchema = z.object({
  type: z.literal('fire'),
  category: z.string().trim().min(1).max(40),
  deaths: count(INCIDENT_LIMITS.people),
  injuries: count(INCIDENT_LIMITS.people),
  damageVnd: count(INCIDENT_LIMITS.damageVnd),
  cause: z.enum(FIRE_CAUSES).default('unknown'),
});

export const socialViceDetailsSchema = z.object({
  type: z.literal('social_vice'),
  category: z.string().trim().min(1).max(40),
  siteName: optionalText(INCIDENT_LIMITS.siteName),
});

/** The rules every shape shares: a point has both coordinates; "cleared" comes with its day. */
function commonRules(
  v: {
    lon?: number;
    lat?: number;
    communeCode?: string;
    cleared: boolean;
    clearedOn?: string;
    occurredAt: string;
  },
  ctx: z.RefinementCtx,
): void {
  if ((v.lon === undefined) !== (v.lat === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [v.lon === undefined ? 'lon' : 'lat'],
      message: 'a map point needs both lon and lat',
    });
  }
  if (!v.communeCode && v.lon === undefined) {
    ctx.addIssue({ code: 'custom', path: ['communeCode'], message: 'give the commune or a map point' });
  }
  if (v.cleared && !v.clearedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['clearedOn'],
      message: 'a cleared incident needs the day it was cleared',
    });
  }
  if (!v.cleared && v.clearedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['clearedOn'],
      message: 'only a cleared incident has a clearance day',
    });
  }
}

const withCommon = <T extends z.ZodRawShape>(shape: z.ZodObject<T>) => shape.extend(incidentCommonFields);

export const incidentInputSchema = z
  .discriminatedUnion('type', [
    withCommon(crimeDetailsSchema),
    withCommon(trafficAccidentDetailsSchema),
    withCommon(fireDetailsSchema),
    withCommon(socialViceDetailsSchema),
  ])
  .superRefine(commonRules);
export type IncidentInput = z.output<typeof incidentInputSchema>;
export type IncidentRequest = z.input<typeof incidentInputSchema>;

/** An edit replaces the whole record and names the version it was made on (409 when stale). */
export const incidentUpdateSchema = z
  .discriminatedUnion('type', [
    withCommon(crimeDetailsSchema).extend({ version: z.number().int().min(1) }),
    withCommon(trafficAccidentDetailsSchema).extend({ version: z.number().int().min(1) }),
    withCommon(fireDetailsSchema).extend({ version: z.number().int().min(1) }),
    withCommon(socialViceDetailsSchema).extend({ version: z.number().int().min(1) }),
  ])
  .superRefine(commonRules);
export type IncidentUpdate = z.output<typeof incidentUpdateSchema>;
export type IncidentUpdateRequest = z.input<typeof incidentUpdateSchema>;

export const incidentDeleteQuerySchema = z.object({
  version: z.coerce.number().int().min(1),
});

export const INCIDENT_BULK_ACTIONS = ['set_status', 'mark_cleared', 'delete'] as const;
export type IncidentBulkAction = (typeof INCIDENT_BULK_ACTIONS)[number];

/** One action over many incidents, all or nothing. */
export const incidentBulkRequestSchema = z
  .object({
    ids: z
      .array(z.string().min(1).max(64))
      .min(1, 'choose at least one incident')
      .max(INCIDENT_LIMITS.bulkIds),
    action: z.enum(INCIDENT_BULK_ACTIONS),
    status: z.enum(INCIDENT_STATUSES).optional(),
    clearedOn: unitDateSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.action === 'set_status' && !v.status) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'choose the new status' });
    }
    if (v.action === 'mark_cleared' && !v.clearedOn) {
      ctx.addIssue({ code: 'custom', path: ['clearedOn'], message: 'give the day they were cleared' });
    }
    if (new Set(v.ids).size !== v.ids.length) {
      ctx.addIssue({ code: 'custom', path: ['ids'], message: 'an incident is listed twice' });
    }
  });
export type IncidentBulkRequest = z.input<typeof incidentBulkRequestSchema>;
