import { INCIDENT_IMPORT_LIMITS } from '@antt/shared';
import type { FastifyRequest } from 'fastify';
import { DomainError, validationError } from '../errors/domain-error.ts';

// A spreadsheet uploaded for import: multipart/form-data with one file in the field "file".
// The parser stops reading at the size limit; such a file is refused here, before any of it is
// read as a sheet. Whether it is XLSX or CSV is decided by its content, in the service.

/** Limits handed to @fastify/multipart for the import route. */
export const SHEET_UPLOAD_LIMITS = {
  fileSize: INCIDENT_IMPORT_LIMITS.maxBytes,
  files: 1,
  fields: 4,
  fieldSize: 1024,
  parts: 5,
} as const;

export type SheetUpload = { name: string; bytes: Buffer };

export async function readSheetUpload(request: FastifyRequest): Promise<SheetUpload> {
  if (!request.isMultipart()) {
    throw validationError([
      { path: 'file', message: 'send the spreadsheet as multipart/form-data in the field "file"' },
    ]);
  }
  let upload: SheetUpload | undefined;
  for await (const part of request.parts()) {
    if (part.type !== 'file') continue;
    const bytes = await part.toBuffer();
    if (part.fieldname !== 'file') continue;
    if (part.file.truncated) {
      const mb = INCIDENT_IMPORT_LIMITS.maxBytes / 1024 / 1024;
      throw new DomainError('payload_too_large', `Tệp lớn hơn ${mb} MB / the file is larger than ${mb} MB`);
    }
    upload = { name: part.filename || 'vu-viec', bytes };
  }
  if (!upload) {
    throw validationError([{ path: 'file', message: 'no file in the field "file"' }]);
  }
  return upload;
}
