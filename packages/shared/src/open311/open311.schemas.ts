import { z } from 'zod';
import { TIP_CATEGORIES } from '../tips/tip-categories.ts';
import { PORTAL_TIP_KINDS } from '../tips/tip-kinds.ts';
import { TIP_TEXT_LIMITS } from '../tips/tip-rules.ts';

// Open311 GeoReport v2 (the open civic-reporting API) as ANTT speaks it: the services are the
// kinds of tip a citizen may send (tố giác, tin báo); a request is a tip. Reads give only what
// the spec calls the request's status — never the description, the place or anything personal:
// the full status and the conversation need the tracking code and secret (the portal).

export const OPEN311_SERVICE_CODES = PORTAL_TIP_KINDS;

/** Form fields arrive as text (application/x-www-form-urlencoded) or as JSON values. */
const number = (min: number, max: number) => z.coerce.number().min(min).max(max);
const optionalField = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const open311RequestInputSchema = z
  .object({
    service_code: z.enum(OPEN311_SERVICE_CODES),
    lat: number(-90, 90).optional(),
    long: number(-180, 180).optional(),
    address_string: optionalField(TIP_TEXT_LIMITS.address),
    description: z.string().trim().min(1, 'describe what happened').max(TIP_TEXT_LIMITS.description),
    first_name: optionalField(100),
    last_name: optionalField(100),
    email: z
      .union([z.literal(''), z.email().max(200)])
      .optional()
      .transform((v) => (v ? v : undefined)),
    phone: z
      .string()
      .trim()
      .regex(/^(\+?[0-9][0-9 .()-]{5,19})?$/, 'a phone number: digits, optionally starting with +')
      .optional()
      .transform((v) => (v ? v : undefined)),
    /** Our one attribute: what the tip is about (attribute[category] in the form encoding). */
    'attribute[category]': z.enum(TIP_CATEGORIES).optional(),
    attribute: z.object({ category: z.enum(TIP_CATEGORIES).optional() }).optional(),
    /** Accepted by the spec; ANTT never fetches a URL a client gives (no request to outside hosts). */
    media_url: z.string().max(2_000).optional(),
    api_key: z.string().max(200).optional(),
    device_id: z.string().max(200).optional(),
    account_id: z.string().max(200).optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.lat === undefined) !== (v.long === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [v.lat === undefined ? 'lat' : 'long'],
        message: 'lat and long go together',
      });
    }
    if (v.lat === undefined && !v.address_string) {
      ctx.addIssue({ code: 'custom', path: ['lat'], message: 'give lat and long, or address_string' });
    }
  });
export type Open311RequestInput = z.infer<typeof open311RequestInputSchema>;

export const OPEN311_STATUSES = ['open', 'closed'] as const;
export type Open311Status = (typeof OPEN311_STATUSES)[number];

/** The public read of a request: the spec's fields minus everything that could identify anyone. */
export type Open311ServiceRequest = {
  service_request_id: string;
  status: Open311Status;
  status_notes: string;
  service_code: string;
  requested_datetime: string;
  updated_datetime: string;
};
