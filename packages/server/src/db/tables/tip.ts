import type { TipCategory, TipChannel, TipDecision, TipDueKind, TipKind, TipStatus } from '@antt/shared';

// A crime tip from receipt to decision (shared/DESIGN.md section 5.2). One row per tip; every
// step also leaves a row in tip_events. Keys include province_code, the distribution column of
// a national deployment (DESIGN section 9).
export type TipTable = {
  id: string;
  province_code: string;
  /** Crockford base32, 10 symbols; the citizen's handle on the tip. */
  tracking_code: string;
  /** SHA-256 (hex) of the citizen's 140-bit secret; the secret itself is never stored. */
  secret_hash: string;
  kind: TipKind;
  channel: TipChannel;
  category: TipCategory;
  description: string;
  /** When it happened, as the informant said (ISO instant), if they said. */
  occurred_at: string | null;
  occurred_day: number | null;
  /** The commune version valid on the receipt day; null when the place could not be determined. */
  place_admin_unit_id: string | null;
  /** The unit whose area the tip belongs to for jurisdiction: the commune, or the province when the place is unknown. */
  area_admin_unit_id: string;
  address: string | null;
  lon: number | null;
  lat: number | null;
  anonymous: number;
  /** Transfers and media: the agency or outlet it came from. */
  source_agency: string | null;
  /** In-person intake: the number of the receipt record (biên bản tiếp nhận). */
  receipt_record_no: string | null;
  received_at: string;
  received_day: number;
  /** The unit whose intake register holds the tip. */
  receiving_unit_id: string;
  reg_year: number;
  reg_no: number;
  /** The unit handling the tip now. */
  owner_unit_id: string;
  assignee_user_id: string | null;
  status: TipStatus;
  classified_at: string | null;
  handed_over_at: string | null;
  procuracy_notified_at: string | null;
  procuracy_notice_no: string | null;
  /** The day the decision limit starts (receipt by the competent body, per the clockStart rule). */
  clock_start_day: number | null;
  /** The last day of the decision limit now in force (20 days, extended, or set on resumption). */
  limit_last_day: number | null;
  /** The last day the unit's own extensions reached (at most 2 months in all). */
  unit_extended_to: number | null;
  /** The last day the procuracy's one further extension set. */
  procuracy_extended_to: number | null;
  suspended_at: string | null;
  suspension_ground: string | null;
  resumed_at: string | null;
  /** The time limit the tip is measured against now, and what it is for. */
  due_day: number | null;
  due_kind: TipDueKind | null;
  decision: TipDecision | null;
  decision_no: string | null;
  decision_day: number | null;
  /** Prosecutions: the article (and clause) of the Penal Code. */
  decision_article: string | null;
  /** Transfers: the agency the tip went to. */
  decision_agency: string | null;
  duplicate_of_id: string | null;
  decided_at: string | null;
  result_notified_at: string | null;
  /** Optimistic concurrency: every change adds one; a write naming an older version is refused. */
  version: number;
  created_at: string;
  updated_at: string;
};

/** The intake register's counter: the last number given per receiving unit and year. */
export type TipRegisterCounterTable = {
  province_code: string;
  unit_id: string;
  year: number;
  last_no: number;
};
