import {
  incidentExportQuerySchema,
  incidentImportJobParamsSchema,
  incidentImportJobSchema,
  incidentImportQuerySchema,
  incidentTemplateQuerySchema,
} from '@antt/shared';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { RouteModule } from '../app.ts';
import { DomainError } from '../errors/domain-error.ts';
import { requireUser } from '../http/request-context.ts';
import { readSheetUpload, SHEET_UPLOAD_LIMITS } from '../http/sheet-upload.ts';
import { IncidentImportJobs } from '../services/incident-import-jobs.ts';
import type { IncidentSheetFile } from '../services/incident-import.service.ts';

// The incident register's spreadsheets over HTTP (shared/DESIGN.md section 5.3): an upload
// starts an import in the background (a dry run unless dryRun=false) and answers 202 with a job
// the page polls; the export is the filtered list as XLSX or CSV in the import layout; the
// template documents the layout. A job is visible only to the user who started it.

const tags = ['incidents'];

function sendFile(reply: FastifyReply, file: IncidentSheetFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.bytes);
}

export const incidentImportRoutes: RouteModule = async (app, services) => {
  await app.register(fastifyMultipart, { limits: SHEET_UPLOAD_LIMITS, throwFileSizeLimit: false });
  const imports = services.incidents.imports;
  const jobs = new IncidentImportJobs(services.deps.clock, (error) =>
    app.log.error({ err: error }, 'incident import failed'),
  );

  app.post(
    '/api/incidents/imports',
    {
      schema: {
        tags,
        summary:
          'Import incidents from a spreadsheet (multipart field "file", XLSX or CSV); dryRun=true (default) only checks. Answers 202 with a job to poll.',
        consumes: ['multipart/form-data'],
        querystring: incidentImportQuerySchema,
        response: { 202: incidentImportJobSchema },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      imports.assertMayImport(actor);
      const file = await readSheetUpload(request);
      const dryRun = request.query.dryRun;
      const job = jobs.start(actor.userId, (onProgress) => imports.run(actor, file, { dryRun, onProgress }));
      return reply.code(202).send(job);
    },
  );

  app.get(
    '/api/incidents/imports/:id',
    {
      schema: {
        tags,
        summary: 'The progress and report of an import the caller started',
        params: incidentImportJobParamsSchema,
        response: { 200: incidentImportJobSchema },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const job = jobs.get(actor.userId, request.params.id);
      if (!job) throw new DomainError('not_found', 'Không tìm thấy lần nhập này / import not found');
      return job;
    },
  );

  app.get(
    '/api/incidents/export',
    {
      schema: {
        tags,
        summary:
          'The filtered incidents of the caller’s jurisdiction as XLSX or CSV, in the layout the import reads',
        querystring: incidentExportQuerySchema,
      },
    },
    async (request, reply) => sendFile(reply, await imports.exportSheet(requireUser(request), request.query)),
  );

  app.get(
    '/api/incidents/template',
    {
      schema: {
        tags,
        summary: 'The import template: XLSX with examples and a guide sheet, or the example CSV',
        querystring: incidentTemplateQuerySchema,
      },
    },
    async (request, reply) => {
      requireUser(request);
      return sendFile(reply, await imports.template(request.query.format));
    },
  );
};
