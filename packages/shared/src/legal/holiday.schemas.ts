import { z } from 'zod';
import { isValidIsoDay } from '../time/vn-day.ts';
import {
  CALENDAR_DAY_KINDS,
  CALENDAR_ENTRY_ORIGINS,
  HOLIDAY_OCCASIONS,
  type OfficialHolidayYear,
} from './holidays/holiday-calendar.ts';

// The holiday calendar's contract: the API (GET/PUT/DELETE /api/holidays), the admin screen,
// and the official decisions shipped in data/holidays/vn-YYYY.json.

/** The years the lunar calendar (and so the computed holidays) covers. */
export const HOLIDAY_YEAR_MIN = 1901;
export const HOLIDAY_YEAR_MAX = 2199;

export const holidayIsoDaySchema = z
  .string()
  .trim()
  .refine(isValidIsoDay, 'must be a calendar day written YYYY-MM-DD')
  .refine((text) => {
    const year = Number(text.slice(0, 4));
    return year >= HOLIDAY_YEAR_MIN && year <= HOLIDAY_YEAR_MAX;
  }, `the year must be between ${HOLIDAY_YEAR_MIN} and ${HOLIDAY_YEAR_MAX}`);

export const calendarDayKindSchema = z.enum(CALENDAR_DAY_KINDS);

export const holidayYearQuerySchema = z.object({
  year: z.coerce.number().int().min(HOLIDAY_YEAR_MIN).max(HOLIDAY_YEAR_MAX),
});

export const holidayDayParamsSchema = z.object({ day: holidayIsoDaySchema });

/** An administrator's edit of one day: a day off, or a working day (e.g. a make-up Saturday). */
export const setHolidayRequestSchema = z.object({
  kind: calendarDayKindSchema,
  name: z.string().trim().min(1, 'name the day').max(200),
  source: z.string().trim().min(1, 'name the decision or document').max(500),
});
export type SetHolidayRequest = z.infer<typeof setHolidayRequestSchema>;

export const calendarEntrySchema = z.object({
  date: z.string(),
  kind: calendarDayKindSchema,
  name: z.string(),
  source: z.string(),
  origin: z.enum(CALENDAR_ENTRY_ORIGINS),
  occasion: z.enum(HOLIDAY_OCCASIONS).nullable(),
  /** For an administrator's edit: when and by whom. */
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type CalendarEntryDto = z.infer<typeof calendarEntrySchema>;

export const holidayYearResponseSchema = z.object({
  year: z.number().int(),
  /** Saturday and Sunday are days off unless an entry makes one a working day. */
  weeklyRestDays: z.array(z.enum(['saturday', 'sunday'])),
  entries: z.array(calendarEntrySchema),
});
export type HolidayYearResponse = z.infer<typeof holidayYearResponseSchema>;

export const clearHolidayResponseSchema = z.object({
  date: z.string(),
  /** What the day is now that the edit is gone: the official or computed entry, or null. */
  now: calendarEntrySchema.nullable(),
});
export type ClearHolidayResponse = z.infer<typeof clearHolidayResponseSchema>;

/** One file data/holidays/vn-YYYY.json: the official days of the occasions decided that year. */
export const officialHolidayYearSchema = z
  .object({
    year: z.number().int().min(HOLIDAY_YEAR_MIN).max(HOLIDAY_YEAR_MAX),
    occasions: z.array(
      z.object({
        occasion: z.enum(HOLIDAY_OCCASIONS),
        source: z.string().min(1),
        note: z.string().optional(),
        days: z
          .array(
            z.object({
              date: z.string().refine(isValidIsoDay, 'must be a calendar day written YYYY-MM-DD'),
              kind: calendarDayKindSchema,
              name: z.string().min(1),
            }),
          )
          .min(1),
      }),
    ),
  })
  .refine(
    (file) => new Set(file.occasions.map((o) => o.occasion)).size === file.occasions.length,
    'each occasion appears once per year',
  ) satisfies z.ZodType<OfficialHolidayYear>;
