import { DASHBOARD_INDICATORS, isPeriod, isValidIsoDay, isoFromDay, vnToday } from '@antt/shared';
import { useSearchParams } from 'react-router';

// What the dashboard shows lives in the address, so a view can be bookmarked, sent to a
// colleague, and the back button undoes a drill-down.

export type DashboardView = 'map' | 'pivot';

export type DashboardParams = {
  period: string;
  /** Null until chosen: the user's own jurisdiction is shown. */
  unit: string | null;
  /** Whose units the figures are given for (YYYY-MM-DD). */
  hierarchyDate: string;
  /** Whether the hierarchy date was chosen (otherwise it is today and stays out of the address). */
  hierarchyDateChosen: boolean;
  indicator: string;
  view: DashboardView;
};

export type DashboardParamKey = 'period' | 'unit' | 'on' | 'indicator' | 'view';

/** The year to date is the default: this year so far against the same days last year. */
export function defaultPeriodCode(today = vnToday()): string {
  return `ytd:${isoFromDay(today)}`;
}

export function paramsFrom(search: URLSearchParams, today = vnToday()): DashboardParams {
  const period = search.get('period');
  const unit = search.get('unit');
  const on = search.get('on');
  const indicator = search.get('indicator');
  return {
    period: period && isPeriod(period) ? period : defaultPeriodCode(today),
    unit: unit && /^\d{2,5}$/.test(unit) ? unit : null,
    hierarchyDate: on && isValidIsoDay(on) ? on : isoFromDay(today),
    hierarchyDateChosen: Boolean(on && isValidIsoDay(on)),
    indicator: indicator && /^[a-z][a-z0-9_]{1,59}$/.test(indicator) ? indicator : DASHBOARD_INDICATORS[0],
    view: search.get('view') === 'pivot' ? 'pivot' : 'map',
  };
}

export function useDashboardParams(): {
  params: DashboardParams;
  set: (changes: Partial<Record<DashboardParamKey, string | null>>, options?: { push?: boolean }) => void;
} {
  const [search, setSearch] = useSearchParams();
  return {
    params: paramsFrom(search),
    set: (changes, options) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        // A drill-down is a step the back button undoes; the other controls replace the entry.
        { replace: !options?.push },
      ),
  };
}
