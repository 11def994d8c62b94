// The rollups dashboards read instead of raw incidents (shared/DESIGN.md section 5.5), kept in
// step with every write in the same transaction. Seriousness is '' for non-crimes.
export type IncidentRollupTable = {
  province_code: string;
  day: number;
  admin_unit_id: string;
  type: string;
  category: string;
  seriousness: string;
  incidents: number;
  /** Of these incidents, how many are cleared now (whatever the day). */
  cleared: number;
  deaths: number;
  injuries: number;
  damage_vnd: number;
};

/** Cleared incidents by occurrence day and clearance day: "cleared by the end of the period". */
export type IncidentClearanceRollupTable = {
  province_code: string;
  occurred_day: number;
  cleared_day: number;
  admin_unit_id: string;
  type: string;
  category: string;
  seriousness: string;
  incidents: number;
};
