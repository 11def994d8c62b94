import type { UploadType } from '@antt/shared';
import { validationError } from '../errors/domain-error.ts';
import { blankMp4Metadata } from './blank-mp4.ts';
import { MediaFormatError } from './media-format-error.ts';
import { stripJpegMetadata } from './strip-jpeg.ts';
import { stripPngMetadata } from './strip-png.ts';

export type StripOptions = {
  /**
   * Photos only: keep the GPS position (and nothing else of the EXIF but the orientation),
   * because the citizen asked to. Video and audio lose their metadata boxes whole either way.
   */
  keepLocation: boolean;
  /** The request field the file came from, named in the error: e.g. "attachments[2]". */
  field?: string;
};

/**
 * The file as it may be stored: photos without EXIF/XMP/text metadata, video and audio with
 * their metadata boxes blanked, PDFs unchanged (their metadata cannot be removed without
 * rewriting the document; UPLOAD_TYPES says so, for the portal to tell the citizen). Never
 * longer than the input, and applying it twice changes nothing more. A file whose structure
 * cannot be followed is refused with a validation error rather than stored as it came.
 */
export function stripMetadata(bytes: Buffer, type: UploadType, options: StripOptions): Buffer {
  try {
    switch (type) {
      case 'image/jpeg':
        return stripJpegMetadata(bytes, options);
      case 'image/png':
        return stripPngMetadata(bytes, options);
      case 'video/mp4':
      case 'video/quicktime':
      case 'audio/mp4':
        return blankMp4Metadata(bytes);
      case 'application/pdf':
        return bytes;
    }
  } catch (error) {
    if (!(error instanceof MediaFormatError)) throw error;
    const field = options.field ?? 'attachments';
    const message = `Tệp đính kèm bị hỏng (${error.vi}) / the attachment is damaged (${error.en})`;
    throw validationError([{ path: field, message }], message);
  }
}
