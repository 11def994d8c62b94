import { dayFromIso } from '@antt/shared';
import { campaignDays } from './campaign-chart-series.ts';

// Where a campaign stands in time on a day: not begun, so many days left, or over.

export type CampaignTime =
  { phase: 'before'; daysToStart: number } | { phase: 'running'; daysLeft: number } | { phase: 'over' };

/** On `day` (YYYY-MM-DD): the days left count the days after it up to the end date (0 on the last day). */
export function campaignTime(startDate: string, endDate: string, day: string): CampaignTime {
  if (dayFromIso(day) < dayFromIso(startDate)) {
    return { phase: 'before', daysToStart: campaignDays(day, startDate).length - 1 };
  }
  if (dayFromIso(day) > dayFromIso(endDate)) return { phase: 'over' };
  return { phase: 'running', daysLeft: campaignDays(day, endDate).length - 1 };
}
