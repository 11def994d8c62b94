import {
  reportGenerateSchema,
  reportListSchema,
  reportParamsSchema,
  reportSchema,
  reportSectionEditSchema,
  reportSectionParamsSchema,
  reportSectionVersionListSchema,
  reportSectionVersionSchema,
} from '@antt/shared';
import type { RouteModule } from '../app.ts';
import { requireUser } from '../http/request-context.ts';
import { DECREE30_STYLE_HASH } from '../reports/decree30-html.ts';

// Periodic reports over HTTP (shared/DESIGN.md section 5.6): generate, read, edit a narrative
// section (a new version each time), and download the Word document, the XLSX appendix or the
// print preview. Who may do what is the service's rule.

const tags = ['reports'];

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The preview is a document of its own, opened in a tab or a frame of the app: nothing but its
 * one style element (allowed by hash) may load or run.
 */
const PREVIEW_CSP = [
  "default-src 'none'",
  `style-src ${DECREE30_STYLE_HASH}`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

export const reportRoutes: RouteModule = (app, services) => {
  app.post(
    '/api/reports',
    {
      schema: {
        tags,
        summary:
          'Generate a report from the indicators and targets of a unit (analysts, leaders, administrators)',
        body: reportGenerateSchema,
        response: { 201: reportSchema },
      },
    },
    async (request, reply) => {
      const created = await services.reports.generate(requireUser(request), request.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/reports',
    {
      schema: {
        tags,
        summary: 'Reports about units in the caller’s jurisdiction, the newest first',
        response: { 200: reportListSchema },
      },
    },
    async (request) => ({ items: await services.reports.list(requireUser(request)) }),
  );

  app.get(
    '/api/reports/:id',
    {
      schema: {
        tags,
        summary:
          'One report: its header, the latest version of each section, the document and every number it prints',
        params: reportParamsSchema,
        response: { 200: reportSchema },
      },
    },
    async (request) => services.reports.get(requireUser(request), request.params.id),
  );

  app.put(
    '/api/reports/:id/sections/:key',
    {
      schema: {
        tags,
        summary: 'Edit a narrative section: a new version, the earlier ones kept (audited)',
        params: reportSectionParamsSchema,
        body: reportSectionEditSchema,
        response: { 200: reportSectionVersionSchema },
      },
    },
    async (request) =>
      services.reports.editSection(requireUser(request), request.params.id, request.params.key, request.body),
  );

  app.get(
    '/api/reports/:id/sections/:key/versions',
    {
      schema: {
        tags,
        summary: 'Every version of a narrative section, the oldest first',
        params: reportSectionParamsSchema,
        response: { 200: reportSectionVersionListSchema },
      },
    },
    async (request) => ({
      items: await services.reports.versions(requireUser(request), request.params.id, request.params.key),
    }),
  );

  app.get(
    '/api/reports/:id/docx',
    {
      schema: {
        tags,
        summary: 'The report as a Word document in the format of Decree 30/2020/NĐ-CP',
        params: reportParamsSchema,
      },
    },
    async (request, reply) => {
      const file = await services.reports.renderDocx(requireUser(request), request.params.id);
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );

  app.get(
    '/api/reports/:id/xlsx',
    {
      schema: {
        tags,
        summary: 'The XLSX appendix: every table of the report, one sheet each',
        params: reportParamsSchema,
      },
    },
    async (request, reply) => {
      const file = await services.reports.renderXlsx(requireUser(request), request.params.id);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );

  app.get(
    '/api/reports/:id/preview',
    {
      schema: {
        tags,
        summary: 'The print preview: one HTML page laid out like the Word document',
        params: reportParamsSchema,
      },
    },
    async (request, reply) => {
      const html = await services.reports.renderHtml(requireUser(request), request.params.id);
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('content-security-policy', PREVIEW_CSP)
        .header('cache-control', 'no-store')
        .send(html);
    },
  );
};
