/**
 * A file whose bytes do not follow its format (truncated, damaged, or made to look like one).
 * Thrown by the format walkers; checkUpload and stripMetadata turn it into a validation error
 * naming the attachment.
 */
export class MediaFormatError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'MediaFormatError';
  }
}
