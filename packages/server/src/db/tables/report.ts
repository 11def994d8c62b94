import type { ReportType, ReportSectionKey } from '@antt/shared';

// A generated report (shared/DESIGN.md section 5.6) and its narrative sections' versions.
export type ReportTable = {
  id: string;
  province_code: string;
  type: ReportType;
  /** The unit version the report is about, on its hierarchy day. */
  admin_unit_id: string;
  from_day: number;
  to_day: number;
  /** Whose units the figures are given for. */
  hierarchy_day: number;
  /** The Decree 30 header (ReportHeader) as JSON. */
  header: string;
  /** The layout with the figures' blocks and the log of every number (ReportSnapshot) as JSON. */
  data_snapshot: string;
  created_at: string;
  created_by: string;
};

/** One version of one narrative section; the highest version is the one printed. */
export type ReportSectionTable = {
  province_code: string;
  report_id: string;
  key: ReportSectionKey;
  version: number;
  text: string;
  edited_by: string;
  edited_at: string;
};
