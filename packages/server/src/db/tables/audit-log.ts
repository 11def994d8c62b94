// Append-only, hash-chained audit log (shared/DESIGN.md section 5.8): each row stores the hash
// of the previous row, so editing, deleting or reordering any row breaks the chain after it.
export type AuditLogTable = {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  /** Who acted, as shown to people: a username, "cli", "citizen", "system". */
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  /** Province of the record concerned, null for nation-wide actions. */
  province_code: string | null;
  /** Administrative unit of the record concerned, for jurisdiction filtering. */
  admin_unit_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
};

/** One row: the end of the chain, locked by every append so appends are serialised. */
export type AuditHeadTable = {
  id: number;
  last_seq: number;
  last_hash: string;
};
