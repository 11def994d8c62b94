// A resolution's target for one indicator over one unit and a term (shared/DESIGN.md section 5.6).
export type TargetTable = {
  id: string;
  province_code: string;
  indicator_code: string;
  /** The unit version the target is for (resolved from its code on the day the target was saved). */
  admin_unit_id: string;
  /** null: no baseline (allowed for at-least and at-most targets). */
  baseline_period: string | null;
  baseline_value: number | null;
  target_value: number;
  direction: 'at_least' | 'at_most' | 'reduce_by_percent';
  /** The term as a period code when given as one (term:2020-2025), else null (given by its dates). */
  term_period: string | null;
  term_start_day: number;
  term_end_day: number;
  name: string | null;
  source: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
};
