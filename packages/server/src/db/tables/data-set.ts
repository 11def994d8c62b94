// Data elements and data sets (shared/DESIGN.md section 5.4): the shipped Project 06 set is
// installed at migration; an administrator may change any element or set (source 'admin').
export type DataElementTable = {
  code: string;
  name_vi: string;
  name_en: string;
  short_vi: string;
  short_en: string;
  value_type: 'integer' | 'number';
  aggregation: 'sum' | 'last';
  /** 0/1: a running total that may never go down. */
  cumulative: number;
  min_value: number | null;
  max_value: number | null;
  description_vi: string;
  description_en: string;
  source: 'shipped' | 'admin';
  changed_at: string;
};

export type DataSetTable = {
  code: string;
  name_vi: string;
  name_en: string;
  period_type: 'day' | 'week' | 'month';
  reporting_level: 'commune' | 'district' | 'province';
  source: 'shipped' | 'admin';
  changed_at: string;
};

export type DataSetElementTable = {
  data_set_code: string;
  element_code: string;
  position: number;
};
