// What a citizen may attach to a tip, shared by the portal form (which checks before sending)
// and the server (which checks the bytes, whatever the browser said).

const MIB = 1024 * 1024;

export const UPLOAD_LIMITS = {
  /**
   * Per file. Enough for a phone photo (3–6 MB), a scanned document, or a clip of about 10 s
   * of phone video; longer recordings go to the police in person, where chain of custody can be
   * kept.
   */
  maxFileBytes: 10 * MIB,
  /** Per tip, all files together. */
  maxTotalBytes: 25 * MIB,
  maxFiles: 5,
} as const;

export type UploadLimits = { maxFileBytes: number; maxTotalBytes: number; maxFiles: number };

/**
 * The kinds of file a tip accepts, decided by the bytes, never by the name:
 * - photos (JPEG, PNG): what phones and screenshots produce; their metadata (EXIF/GPS, text
 *   chunks) is removed by the server;
 * - PDF: documents (a contract, a receipt, a screenshot printed to PDF) are common evidence of
 *   fraud; a PDF's own metadata (author, software) is NOT removed — the portal says so;
 * - short video (MP4 from Android, MOV from iPhone) and recorded sound (M4A, the format of the
 *   phone recorder apps): the user-data boxes that hold the recording place and device are
 *   blanked by the server.
 * Not accepted: HEIC (iPhone photos; browsers convert them to JPEG when uploading, and its
 * metadata is not removed here), archives and office files (can carry macros and executables),
 * SVG/HTML (can carry scripts), and anything executable.
 */
export const UPLOAD_TYPES = [
  { mime: 'image/jpeg', extension: 'jpg', kind: 'photo', metadataRemoved: true },
  { mime: 'image/png', extension: 'png', kind: 'photo', metadataRemoved: true },
  { mime: 'application/pdf', extension: 'pdf', kind: 'document', metadataRemoved: false },
  { mime: 'video/mp4', extension: 'mp4', kind: 'video', metadataRemoved: true },
  { mime: 'video/quicktime', extension: 'mov', kind: 'video', metadataRemoved: true },
  { mime: 'audio/mp4', extension: 'm4a', kind: 'audio', metadataRemoved: true },
] as const;

export type UploadType = (typeof UPLOAD_TYPES)[number]['mime'];

/** For `<input type="file" accept=…>`: what the file picker offers. */
export const UPLOAD_ACCEPT = [
  ...UPLOAD_TYPES.map((t) => t.mime),
  ...UPLOAD_TYPES.map((t) => `.${t.extension}`),
].join(',');

/** "10 MB" — sizes as the portal shows them (binary megabytes, as phones and Windows count). */
export function formatUploadSize(bytes: number): string {
  return bytes >= MIB ? `${Math.round((bytes / MIB) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
