// A merge gives weight 1 from each old unit to the new one; a split divides an old unit's
// facts between its successors by weight (default: population share).
export type AdminUnitSuccessionTable = {
  id: string;
  from_id: string;
  to_id: string;
  /** First day (YYYYMMDD) on which the successor takes over. */
  effective_date: number;
  weight: number;
  source: string;
};
