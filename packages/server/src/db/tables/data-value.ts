// One reported figure: element × administrative unit version × period, with its version
// (raised by each change) and the offline change id that last wrote it.
export type DataValueTable = {
  province_code: string;
  admin_unit_id: string;
  element_code: string;
  /** Period code of the grammar: '2026-03-02', '2026-W10', '2026-03'. */
  period: string;
  start_day: number;
  end_day: number;
  value: number;
  comment: string | null;
  version: number;
  op_id: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
};

// The approval state of a data set for a unit and a period; no row means "open".
export type DataApprovalTable = {
  province_code: string;
  data_set_code: string;
  admin_unit_id: string;
  period: string;
  start_day: number;
  end_day: number;
  state: 'submitted' | 'approved' | 'returned';
  comment: string | null;
  changed_at: string;
  changed_by: string;
};
