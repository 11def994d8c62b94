/**
 * A file attached to a tip. The bytes live in the database (blob on SQLite, bytea on
 * PostgreSQL), so a backup or a transaction covers the tip and its evidence together.
 */
export type TipAttachmentTable = {
  id: string;
  province_code: string;
  tip_id: string;
  /** A neutral name made by the server ("tep-1.jpg"): the citizen's own file name can identify them. */
  file_name: string;
  /** Decided by the bytes (sniffed), never by the name or the browser's word. */
  content_type: string;
  size_bytes: number;
  sha256: string;
  metadata_stripped: number;
  uploaded_by: 'citizen' | 'staff';
  content: Buffer;
  created_at: string;
};
