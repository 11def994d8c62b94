// A campaign over some elements of a data set, for the reporting units under one unit.
export type CampaignTable = {
  id: string;
  province_code: string;
  name_vi: string;
  name_en: string;
  data_set_code: string;
  admin_unit_id: string;
  start_day: number;
  end_day: number;
  population_element: string;
  created_at: string;
  created_by: string;
};

export type CampaignElementTable = {
  province_code: string;
  campaign_id: string;
  element_code: string;
  position: number;
  /** Default target = eligible population × rate; null: explicit targets only. */
  target_rate: number | null;
};

/** An explicit target of one unit, replacing the default. */
export type CampaignTargetTable = {
  province_code: string;
  campaign_id: string;
  element_code: string;
  admin_unit_id: string;
  target: number;
};
