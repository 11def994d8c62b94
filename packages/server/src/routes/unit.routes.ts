import {
  adminUnitAtPointSchema,
  adminUnitCodeParamsSchema,
  adminUnitDateQuerySchema,
  adminUnitListSchema,
  adminUnitMapQuerySchema,
  adminUnitMappingSchema,
  adminUnitPointQuerySchema,
  adminUnitSchema,
  adminUnitSearchQuerySchema,
  boundaryCollectionSchema,
  boundaryQuerySchema,
  dayFromIso,
  isoFromDay,
  vnToday,
} from '@antt/shared';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';
import { presentAdminUnit, presentUnitMapping } from '../presenters/admin-unit.presenter.ts';

// Administrative units are reference data: every signed-in staff user may read all of them.
// Every read is "as of" a date (default: today in Vietnam), because a code names a unit only
// together with a date.

const tags = ['units'];

export const unitRoutes: RouteModule = (app, services) => {
  const dayOrToday = (date: string | undefined) =>
    date ? dayFromIso(date) : vnToday(services.deps.clock.now());

  app.get(
    '/api/units',
    {
      schema: {
        tags,
        summary: 'Units valid on a date, filtered by level, parent, province and name or code (for pickers)',
        querystring: adminUnitSearchQuerySchema,
        response: { 200: adminUnitListSchema },
      },
    },
    async (request) => {
      requireUser(request);
      const { date, level, parent, province, q, limit } = request.query;
      const day = dayOrToday(date);
      const units = await services.adminUnits.search({
        date: day,
        level,
        parentCode: parent,
        provinceCode: province,
        q,
        limit,
      });
      return { date: isoFromDay(day), items: units.map(presentAdminUnit) };
    },
  );

  app.get(
    '/api/units/at-point',
    {
      schema: {
        tags,
        summary: 'The commune whose boundary holds a point on a date',
        querystring: adminUnitPointQuerySchema,
        response: { 200: adminUnitAtPointSchema },
      },
    },
    async (request) => {
      requireUser(request);
      const day = dayOrToday(request.query.date);
      const { approximateBoundary, ...unit } = await services.adminUnits.communeAtPoint(
        request.query.lon,
        request.query.lat,
        day,
      );
      return { date: isoFromDay(day), unit: presentAdminUnit(unit), approximateBoundary };
    },
  );

  app.get(
    '/api/units/boundaries',
    {
      schema: {
        tags,
        summary: 'Boundaries of a province’s districts or communes on a date, as GeoJSON',
        querystring: boundaryQuerySchema,
        response: { 200: boundaryCollectionSchema },
      },
    },
    async (request) => {
      requireUser(request);
      const { province, level, date } = request.query;
      return services.boundaries.geojsonFor(province, level, dayOrToday(date));
    },
  );

  app.get(
    '/api/units/:code',
    {
      schema: {
        tags,
        summary: 'The version of a unit code valid on a date',
        params: adminUnitCodeParamsSchema,
        querystring: adminUnitDateQuerySchema,
        response: { 200: adminUnitSchema },
      },
    },
    async (request) => {
      requireUser(request);
      return presentAdminUnit(
        await services.adminUnits.unitAt(request.params.code, dayOrToday(request.query.date)),
      );
    },
  );

  app.get(
    '/api/units/:code/children',
    {
      schema: {
        tags,
        summary: 'The units directly under a unit on a date',
        params: adminUnitCodeParamsSchema,
        querystring: adminUnitDateQuerySchema,
        response: { 200: adminUnitListSchema },
      },
    },
    async (request) => {
      requireUser(request);
      const day = dayOrToday(request.query.date);
      const children = await services.adminUnits.childrenAt(request.params.code, day);
      return { date: isoFromDay(day), items: children.map(presentAdminUnit) };
    },
  );

  app.get(
    '/api/units/:code/map',
    {
      schema: {
        tags,
        summary: 'Map a unit of one date onto the units of another date, with weights',
        params: adminUnitCodeParamsSchema,
        querystring: adminUnitMapQuerySchema,
        response: { 200: adminUnitMappingSchema },
      },
    },
    async (request) => {
      requireUser(request);
      const mapping = await services.adminUnits.mapUnit(
        request.params.code,
        dayFromIso(request.query.from),
        dayOrToday(request.query.to),
      );
      return presentUnitMapping(mapping);
    },
  );
};
