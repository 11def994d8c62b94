import type { IndicatorValueDto, TargetDto } from '@antt/shared';
import type { AdminUnitView } from '../repositories/admin-unit.repository.ts';
import type { FigureSource } from './report-figures.ts';

// What a generated report is made from: the indicator engine's values for the report's unit and
// days (with the same period, the change and each child unit), and the unit's targets.

/** The indicators a review reports on, in the order of its table: the dashboard's and the crime groups. */
export const REPORT_INDICATORS = [
  'crimes',
  'crimes_social_order',
  'crimes_economic',
  'crimes_drugs',
  'crimes_environment',
  'crimes_high_tech',
  'crimes_very_serious',
  'clearance_rate',
  'clearance_rate_serious',
  'tips_received',
  'tip_resolution_rate',
  'tips_on_time_share',
  'traffic_accidents',
  'traffic_deaths',
  'traffic_injuries',
  'fires',
  'fire_deaths',
  'eid2_coverage',
] as const;

/** The indicators given unit by unit in their own table. */
export const UNIT_TABLE_INDICATORS = [
  'crimes',
  'clearance_rate',
  'tips_received',
  'traffic_accidents',
] as const;

export type ReportData = {
  unit: AdminUnitView;
  /** The custom period of the grammar, "2020-12-15..2023-06-14". */
  period: string;
  from: string;
  to: string;
  hierarchyDate: string;
  /** One per REPORT_INDICATORS entry, in that order, each with its children. */
  values: IndicatorValueDto[];
  /** Values of the targets' indicators that REPORT_INDICATORS leaves out (shown only with their target). */
  extraValues: IndicatorValueDto[];
  /** The unit's targets whose term overlaps the report's days. */
  targets: TargetDto[];
};

export const sourceOf = (v: IndicatorValueDto, unit = v.unit): FigureSource => ({
  indicator: v.indicator.code,
  period: v.period.code,
  unitCode: unit.code,
  unitName: unit.name,
});
