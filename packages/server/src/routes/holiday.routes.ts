import {
  calendarEntrySchema,
  clearHolidayResponseSchema,
  holidayDayParamsSchema,
  holidayYearQuerySchema,
  holidayYearResponseSchema,
  setHolidayRequestSchema,
} from '@antt/shared';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';

// The holiday calendar behind every legal deadline (BLTTHS art. 134): reference data every
// signed-in staff member may read; only an administrator changes a day.

const tags = ['holidays'];

export const holidayRoutes: RouteModule = (app, services) => {
  app.get(
    '/api/holidays',
    {
      schema: {
        tags,
        summary: 'Days off and make-up working days of a year: computed, official and administrator edits',
        querystring: holidayYearQuerySchema,
        response: { 200: holidayYearResponseSchema },
      },
    },
    async (request) => {
      requireUser(request);
      return services.holidays.listYear(request.query.year);
    },
  );

  app.put(
    '/api/holidays/:day',
    {
      schema: {
        tags,
        summary: 'Declare a day a day off or a working day (administrators)',
        params: holidayDayParamsSchema,
        body: setHolidayRequestSchema,
        response: { 200: calendarEntrySchema },
      },
    },
    async (request) =>
      services.holidays.setDay(requireUser(request, 'admin'), { date: request.params.day, ...request.body }),
  );

  app.delete(
    '/api/holidays/:day',
    {
      schema: {
        tags,
        summary: "Remove an administrator's edit of a day; the official or computed day applies again",
        params: holidayDayParamsSchema,
        response: { 200: clearHolidayResponseSchema },
      },
    },
    async (request) => services.holidays.clearDay(requireUser(request, 'admin'), request.params.day),
  );
};
