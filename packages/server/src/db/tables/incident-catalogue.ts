import type { CrimeGroup, IncidentType, MaxPenalty, Seriousness } from '@antt/shared';

// The catalogues of the incident register, shipped from data/catalogues and editable by an
// admin. Like the units, every version is kept: an edit closes the old row the day before the
// new one starts, and an incident reads the version valid on its occurrence day.

export type CatalogueSource = 'shipped' | 'admin';

export type IncidentCategoryTable = {
  id: string;
  code: string;
  type: IncidentType;
  name_vi: string;
  name_en: string;
  description_vi: string;
  valid_from: number;
  valid_to: number | null;
  source: CatalogueSource;
  changed_at: string;
};

export type PenalCodeClauseTable = {
  id: string;
  article: number;
  clause: number;
  chapter: string;
  title_vi: string;
  title_en: string;
  crime_group: CrimeGroup;
  max_penalty: MaxPenalty;
  max_prison_years: number | null;
  seriousness: Seriousness;
  valid_from: number;
  valid_to: number | null;
  source: CatalogueSource;
  changed_at: string;
};
