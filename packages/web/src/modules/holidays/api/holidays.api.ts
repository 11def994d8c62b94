import {
  calendarEntrySchema,
  clearHolidayResponseSchema,
  holidayYearResponseSchema,
  type CalendarEntryDto,
  type ClearHolidayResponse,
  type HolidayYearResponse,
  type SetHolidayRequest,
} from '@antt/shared';
import { api } from '@/modules/api/client.ts';

export function getHolidayYear(year: number): Promise<HolidayYearResponse> {
  return api.get('/api/holidays', { query: { year }, schema: holidayYearResponseSchema });
}

/** An administrator declares a day a day off or a working day (date YYYY-MM-DD). */
export function setHoliday(date: string, request: SetHolidayRequest): Promise<CalendarEntryDto> {
  return api.put(`/api/holidays/${encodeURIComponent(date)}`, request, { schema: calendarEntrySchema });
}

export function clearHoliday(date: string): Promise<ClearHolidayResponse> {
  return api.delete(`/api/holidays/${encodeURIComponent(date)}`, { schema: clearHolidayResponseSchema });
}
