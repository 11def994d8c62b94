import { formatUploadSize, UPLOAD_LIMITS } from '@antt/shared';
import type { FastifyRequest } from 'fastify';
import { validationError } from '../errors/domain-error.ts';
import type { TipUpload } from '../services/tip-intake.service.ts';

// A tip with attachments arrives as multipart/form-data: one field `tip` holding the JSON of
// the submission (the same object a JSON request sends), and the files in any file field.
// The parser stops reading a file at the per-file limit (UPLOAD_LIMITS); such a file is
// refused by name here, before anything is stored, and the rest of the checks (content, total
// size) happen in the service.

/** Limits handed to @fastify/multipart for the portal routes. */
export const TIP_MULTIPART_LIMITS = {
  fileSize: UPLOAD_LIMITS.maxFileBytes,
  files: UPLOAD_LIMITS.maxFiles,
  fields: 5,
  fieldSize: 64 * 1024,
  parts: UPLOAD_LIMITS.maxFiles + 5,
} as const;

export type TipMultipart = { tip: unknown; files: TipUpload[] };

export async function readTipMultipart(request: FastifyRequest): Promise<TipMultipart> {
  let tipText: string | undefined;
  const files: TipUpload[] = [];
  const tooLarge: { index: number; name: string }[] = [];
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      // An empty file input of a form sends a part with no name and no bytes: nothing attached.
      if (bytes.length === 0 && !part.filename) continue;
      if (part.file.truncated) tooLarge.push({ index: files.length, name: part.filename });
      files.push({ bytes, declaredName: part.filename });
    } else if (part.fieldname === 'tip') {
      tipText = String(part.value);
    }
  }
  if (tooLarge.length > 0) {
    const limit = formatUploadSize(UPLOAD_LIMITS.maxFileBytes);
    throw validationError(
      tooLarge.map((f) => ({
        path: `attachments[${f.index}]`,
        message: `Tệp "${f.name}" quá giới hạn ${limit} mỗi tệp / "${f.name}" is over the limit of ${limit} per file`,
      })),
      `Tệp đính kèm quá lớn (tối đa ${limit} mỗi tệp) / an attachment is too large (at most ${limit} per file)`,
    );
  }
  if (tipText === undefined) {
    throw validationError([
      { path: 'tip', message: 'the form needs a field "tip" with the submission as JSON' },
    ]);
  }
  let tip: unknown;
  try {
    tip = JSON.parse(tipText);
  } catch {
    throw validationError([{ path: 'tip', message: 'is not valid JSON' }]);
  }
  return { tip, files };
}
