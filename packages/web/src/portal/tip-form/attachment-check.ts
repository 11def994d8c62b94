import {
  UPLOAD_LIMITS,
  UPLOAD_TYPES,
  type UploadLimits,
  type UploadType,
} from '@antt/shared/uploads/upload-limits';

// The portal checks attachments before sending, as the server will (packages/shared/src/uploads):
// the kind of file by its first bytes, never by its name, and the size limits. The server checks
// again; this only spares a citizen on a slow connection an upload that would be refused.

export type PickedFile = { name: string; size: number; /** The first bytes of the file. */ head: Uint8Array };

export type AttachmentProblem = 'type' | 'too_large' | 'too_many' | 'total_too_large' | 'empty';

export type CheckedFile = {
  name: string;
  size: number;
  type: UploadType | null;
  problem: AttachmentProblem | null;
};

const startsWith = (head: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (head: Uint8Array, from: number, to: number) => String.fromCharCode(...head.slice(from, to));

/** The type the bytes say, or null when the file is none the portal accepts. */
export function sniffUploadType(head: Uint8Array): UploadType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf';
  // ISO base media files: a box size, then "ftyp" and the major brand.
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (brand === 'qt  ') return 'video/quicktime';
    if (brand === 'M4A ' || brand === 'M4B ') return 'audio/mp4';
    return 'video/mp4';
  }
  return null;
}

/** How many first bytes sniffUploadType needs. */
export const SNIFF_BYTES = 16;

/** Each file with its type and its first problem; files past the count or the total are marked. */
export function checkAttachments(files: PickedFile[], limits: UploadLimits = UPLOAD_LIMITS): CheckedFile[] {
  let total = 0;
  let accepted = 0;
  return files.map((file) => {
    const type = sniffUploadType(file.head);
    let problem: AttachmentProblem | null = null;
    if (file.size === 0) problem = 'empty';
    else if (!type) problem = 'type';
    else if (file.size > limits.maxFileBytes) problem = 'too_large';
    else if (accepted >= limits.maxFiles) problem = 'too_many';
    else if (total + file.size > limits.maxTotalBytes) problem = 'total_too_large';
    if (!problem) {
      accepted += 1;
      total += file.size;
    }
    return { name: file.name, size: file.size, type, problem };
  });
}

/** Photos lose their metadata on the server; PDFs keep theirs (the form says so). */
export function isPhoto(type: UploadType | null): boolean {
  return UPLOAD_TYPES.some((t) => t.mime === type && t.kind === 'photo');
}
