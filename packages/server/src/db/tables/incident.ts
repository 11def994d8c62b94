import type { FireCause, IncidentStatus, IncidentType, Seriousness } from '@antt/shared';

// One incident of the register (shared/DESIGN.md section 5.3): the common fields, then the
// typed details of each type in their own nullable columns (a check keeps crimes whole).
export type IncidentTable = {
  id: string;
  /** The provincial force that owns the record: that of its reporting unit. */
  province_code: string;
  type: IncidentType;
  /** Crimes: the group of the article; others: a category code of the catalogue. */
  category: string;
  /** Crimes only: the class of the clause on the occurrence day. */
  seriousness: Seriousness | null;
  crime_article: number | null;
  crime_clause: number | null;
  occurred_at: string;
  occurred_day: number;
  /** The commune version valid on the occurrence day. */
  admin_unit_id: string;
  address: string | null;
  lon: number | null;
  lat: number | null;
  reporting_unit_id: string;
  status: IncidentStatus;
  cleared: number;
  cleared_day: number | null;
  tip_id: string | null;
  external_ref: string | null;
  summary: string;
  deaths: number | null;
  injuries: number | null;
  vehicles: number | null;
  road: string | null;
  damage_vnd: number | null;
  fire_cause: FireCause | null;
  site_name: string | null;
  /** Optimistic concurrency: every change adds one. */
  version: number;
  created_at: string;
  updated_at: string;
  created_by: string;
  updated_by: string;
};

/** The history of an incident: one row per change, kept after the incident is deleted. */
export type IncidentEventTable = {
  id: string;
  province_code: string;
  incident_id: string;
  at: string;
  type: string;
  actor_label: string;
  actor_user_id: string | null;
  /** JSON: field → [before, after]. */
  changes: string;
};
