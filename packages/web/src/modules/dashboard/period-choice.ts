import {
  addDays,
  isoFromDay,
  isoWeekOf,
  parsePeriod,
  previousPeriod,
  type DayNumber,
  type Period,
  type PeriodKind,
} from '@antt/shared';

// The period picker's arithmetic over the shared period grammar (packages/shared/src/periods):
// which kinds it offers, the latest period of a kind, the list to choose from, and short
// labels for chart axes. Every period stays a grammar code, so the URL, the API and the export
// name the same period.

export type PickerGroup = 'calendar' | 'report' | 'other';

/** The kinds offered, in the order a staff officer looks for them. */
export const PICKER_KINDS: readonly { kind: PeriodKind; group: PickerGroup }[] = [
  { kind: 'year', group: 'calendar' },
  { kind: 'quarter', group: 'calendar' },
  { kind: 'half', group: 'calendar' },
  { kind: 'month', group: 'calendar' },
  { kind: 'iso_week', group: 'calendar' },
  { kind: 'report_year', group: 'report' },
  { kind: 'report_quarter', group: 'report' },
  { kind: 'report_half', group: 'report' },
  { kind: 'report_nine_months', group: 'report' },
  { kind: 'report_month', group: 'report' },
  { kind: 'rolling_28', group: 'other' },
  { kind: 'year_to_date', group: 'other' },
  { kind: 'term', group: 'other' },
  { kind: 'day', group: 'other' },
  { kind: 'custom', group: 'other' },
];

/** Kinds chosen from a list of named periods; the others are set by dates. */
export const LISTED_KINDS: ReadonlySet<PeriodKind> = new Set([
  'year',
  'quarter',
  'half',
  'month',
  'iso_week',
  'report_year',
  'report_quarter',
  'report_half',
  'report_nine_months',
  'report_month',
  'term',
]);

/** How far back each list goes (about five years of quarters, three of months, two of weeks). */
const LIST_LENGTH: Partial<Record<PeriodKind, number>> = {
  year: 12,
  quarter: 20,
  half: 10,
  month: 36,
  iso_week: 104,
  report_year: 12,
  report_quarter: 20,
  report_half: 10,
  report_nine_months: 10,
  report_month: 36,
  term: 4,
};

const pad = (n: number) => String(n).padStart(2, '0');
const yearOf = (d: DayNumber) => Math.floor(d / 10_000);
const monthOf = (d: DayNumber) => Math.floor((d % 10_000) / 100);
const dayOfMonth = (d: DayNumber) => d % 100;

/** The Decree 09 reporting month a day falls in: from the 15th it is the next month's. */
function reportMonthOf(d: DayNumber): { year: number; month: number } {
  const [y, m] = [yearOf(d), monthOf(d)];
  if (dayOfMonth(d) < 15) return { year: y, month: m };
  return m === 12 ? { year: y + 1, month: 1 } : { year: y, month: m + 1 };
}

/**
 * The latest period of a kind that has begun by `today` (so it holds today, except a Decree 09
 * nine months after 14 September, which ended and is still the latest). Terms are the five-year
 * terms of the Party congresses and National Assembly resolutions (2020–2025, 2025–2030).
 */
export function latestStarted(kind: PeriodKind, today: DayNumber): Period {
  const [y, m] = [yearOf(today), monthOf(today)];
  const report = reportMonthOf(today);
  switch (kind) {
    case 'year':
      return parsePeriod(String(y));
    case 'quarter':
      return parsePeriod(`${y}-Q${Math.ceil(m / 3)}`);
    case 'half':
      return parsePeriod(`${y}-H${m <= 6 ? 1 : 2}`);
    case 'month':
      return parsePeriod(`${y}-${pad(m)}`);
    case 'iso_week': {
      const { isoYear, week } = isoWeekOf(today);
      return parsePeriod(`${isoYear}-W${pad(week)}`);
    }
    case 'day':
      return parsePeriod(isoFromDay(today));
    case 'report_year':
      return parsePeriod(`bc:${report.year}`);
    case 'report_quarter':
      return parsePeriod(`bc:${report.year}-Q${Math.ceil(report.month / 3)}`);
    case 'report_half':
      return parsePeriod(`bc:${report.year}-H${report.month <= 6 ? 1 : 2}`);
    case 'report_nine_months':
      return parsePeriod(`bc:${report.year}-9M`);
    case 'report_month':
      return parsePeriod(`bc:${report.year}-${pad(report.month)}`);
    case 'term': {
      const first = report.year - 1 - ((report.year - 1) % 5);
      return parsePeriod(`term:${first}-${first + 5}`);
    }
    case 'rolling_28':
      return parsePeriod(`r28:${isoFromDay(today)}`);
    case 'year_to_date':
      return parsePeriod(`ytd:${isoFromDay(today)}`);
    case 'custom':
      return parsePeriod(`${isoFromDay(addDays(today, -29))}..${isoFromDay(today)}`);
  }
}

/**
 * The period a kind opens on when chosen: the latest one that has ended, because comparing a
 * period still running with a whole one a year earlier misleads. Periods ending on a day (28
 * days, year to date, a day, a range) end at most today; a range keeps the dates shown before.
 */
export function defaultPeriodOf(kind: PeriodKind, today: DayNumber, shown?: Period): Period {
  if (kind === 'custom' && shown) {
    const end = Math.min(shown.end, today);
    const start = Math.min(shown.start, end);
    return parsePeriod(`${isoFromDay(start)}..${isoFromDay(end)}`);
  }
  if (kind === 'rolling_28' || kind === 'year_to_date' || kind === 'day') {
    const end = shown ? Math.min(shown.end, today) : today;
    const iso = isoFromDay(kind === 'day' && !shown ? addDays(today, -1) : end);
    return parsePeriod(kind === 'day' ? iso : `${kind === 'rolling_28' ? 'r28' : 'ytd'}:${iso}`);
  }
  let period = latestStarted(kind, today);
  for (let i = 0; i < 3 && period.end > today; i++) period = previousPeriod(period);
  return period;
}

/** The periods of a listed kind to choose from, newest first; the shown one is kept in the list. */
export function periodOptions(kind: PeriodKind, today: DayNumber, shown?: Period): Period[] {
  const length = LIST_LENGTH[kind];
  if (!length) return shown ? [shown] : [];
  const list: Period[] = [latestStarted(kind, today)];
  while (list.length < length) list.push(previousPeriod(list[list.length - 1]!));
  if (shown && shown.kind === kind && !list.some((p) => p.code === shown.code)) {
    list.push(shown);
    list.sort((a, b) => b.start - a.start);
  }
  return list;
}

/** True while a period has days still to come (its figures are not final). */
export function isRunning(period: Period, today: DayNumber): boolean {
  return period.end >= today && period.start <= today;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const viDay = (d: DayNumber) => `${pad(dayOfMonth(d))}/${pad(monthOf(d))}`;

/** A label short enough for a chart axis: "Q.III/2026", "T3/2026", "2026". */
export function shortPeriodLabel(p: Period, language: string): string {
  const vi = language !== 'en';
  const y = p.code.match(/\d{4}/)?.[0] ?? '';
  const last = (n: number) => Number(p.code.slice(-n));
  switch (p.kind) {
    case 'year':
    case 'report_year':
      return y;
    case 'quarter':
    case 'report_quarter':
      return vi ? `Q.${ROMAN[last(1) - 1]}/${y}` : `Q${last(1)} ${y}`;
    case 'half':
    case 'report_half':
      return vi ? `${last(1) === 1 ? '6T đầu' : '6T cuối'}/${y}` : `H${last(1)} ${y}`;
    case 'report_nine_months':
      return vi ? `9T/${y}` : `9M ${y}`;
    case 'month':
    case 'report_month':
      return vi ? `T${last(2)}/${y}` : `${pad(last(2))}/${y}`;
    case 'iso_week':
      return vi ? `Tuần ${pad(last(2))}/${y}` : `W${pad(last(2))} ${y}`;
    case 'term':
      return p.code.slice(5).replace('-', '–');
    case 'year_to_date':
      // Consecutive years to the same day: the year says it.
      return String(yearOf(p.end));
    case 'rolling_28':
    case 'day':
      return vi ? `${viDay(p.end)}/${yearOf(p.end)}` : isoFromDay(p.end);
    case 'custom':
      return vi ? `${viDay(p.start)}/${yearOf(p.start)}` : isoFromDay(p.start);
  }
}

/**
 * Points on the trend chart for a kind: twelve of most (a year of months, three years of
 * quarters), fewer where each point is a year or more, so the chart stays within the years a
 * province has data for.
 */
export function trendLength(kind: PeriodKind): number {
  switch (kind) {
    case 'year':
    case 'report_year':
    case 'report_nine_months':
    case 'year_to_date':
      return 6;
    case 'term':
      return 3;
    case 'half':
    case 'report_half':
      return 8;
    default:
      return 12;
  }
}
