import { addDays, dayFromIso, isoFromDay, isValidIsoDay, type DayNumber } from '../time/vn-day.ts';

// The one period grammar of shared/DESIGN.md section 5.5, shared by the API, the CLI and the web:
//
//   2025            calendar year                 bc:2025        Decree 09 year: 2024-12-15..2025-12-14
//   2025-Q1         calendar quarter              bc:2025-Q1     2024-12-15..2025-03-14 (Q2 03-15..06-14 ...)
//   2025-H1         calendar half                 bc:2025-H1     2024-12-15..2025-06-14; H2 06-15..12-14
//   2025-03         calendar month                bc:2025-9M     2024-12-15..2025-09-14
//   2025-W07        ISO week (Monday..Sunday)     bc:2025-03     2025-02-15..2025-03-14
//   2025-03-14      one day                       r28:2025-03-14 the 28 days ending that day
//   ytd:2025-03-14  2025-01-01..2025-03-14        term:2020-2025 2020-12-15..2025-12-14 (a resolution's term,
//   2025-01-01..2025-03-31  custom range                         Decree 09 years 2021..2025)
//
// Decree 09/2019/NĐ-CP art. 12: a reporting month runs from the 15th of the month before to
// the 14th; quarters, halves, nine months and the year are built from those months. Every
// period is a closed range of Vietnamese days and has a same-period-last-year twin.

export const PERIOD_KINDS = [
  'year',
  'quarter',
  'half',
  'month',
  'iso_week',
  'day',
  'report_year',
  'report_quarter',
  'report_half',
  'report_nine_months',
  'report_month',
  'rolling_28',
  'year_to_date',
  'term',
  'custom',
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type Period = {
  /** The canonical text of the period, e.g. "bc:2025-Q1". */
  code: string;
  kind: PeriodKind;
  /** First and last day, both included. */
  start: DayNumber;
  end: DayNumber;
};

export class PeriodSyntaxError extends Error {
  constructor(
    readonly text: string,
    reason: string,
  ) {
    super(`"${text}" is not a period: ${reason}`);
    this.name = 'PeriodSyntaxError';
  }
}

/** Years the grammar accepts; outside them a typo is likelier than a real request. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const day = (y: number, m: number, d: number): DayNumber => y * 10_000 + m * 100 + d;
const yearOf = (d: DayNumber) => Math.floor(d / 10_000);
const monthOf = (d: DayNumber) => Math.floor((d % 10_000) / 100);
const dayOfMonth = (d: DayNumber) => d % 100;

function lastDayOfMonth(y: number, m: number): DayNumber {
  return addDays(m === 12 ? day(y + 1, 1, 1) : day(y, m + 1, 1), -1);
}

function checkYear(text: string, y: number): void {
  if (y < MIN_YEAR || y > MAX_YEAR)
    throw new PeriodSyntaxError(text, `year ${y} is outside ${MIN_YEAR}..${MAX_YEAR}`);
}

function isoDay(text: string, iso: string): DayNumber {
  if (!isValidIsoDay(iso)) throw new PeriodSyntaxError(text, `${iso} is not a calendar day`);
  const d = dayFromIso(iso);
  checkYear(text, yearOf(d));
  return d;
}

/** Monday of ISO week 1 of an ISO year: the week holding 4 January. */
function isoWeekOneMonday(isoYear: number): DayNumber {
  const jan4 = new Date(Date.UTC(isoYear, 0, 4));
  const weekday = (jan4.getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day(isoYear, 1, 4), -weekday);
}

/** How many ISO weeks an ISO year has (52 or 53). */
export function isoWeeksInYear(isoYear: number): number {
  const span = dayDiff(isoWeekOneMonday(isoYear), isoWeekOneMonday(isoYear + 1));
  return span / 7;
}

/** Days from a to b (b − a). */
export function dayDiff(a: DayNumber, b: DayNumber): number {
  const t = (d: DayNumber) => Date.UTC(yearOf(d), monthOf(d) - 1, dayOfMonth(d));
  return Math.round((t(b) - t(a)) / 86_400_000);
}

/** The ISO year and week of a day. */
export function isoWeekOf(d: DayNumber): { isoYear: number; week: number } {
  let isoYear = yearOf(d);
  if (d < isoWeekOneMonday(isoYear)) isoYear -= 1;
  else if (d >= isoWeekOneMonday(isoYear + 1)) isoYear += 1;
  return { isoYear, week: Math.floor(dayDiff(isoWeekOneMonday(isoYear), d) / 7) + 1 };
}

/** Decree 09 reporting month m of year y: the 15th of the month before to the 14th. */
function reportMonth(y: number, m: number): [DayNumber, DayNumber] {
  const start = m === 1 ? day(y - 1, 12, 15) : day(y, m - 1, 15);
  return [start, day(y, m, 14)];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Parses the grammar; throws PeriodSyntaxError with the reason. */
export function parsePeriod(input: string): Period {
  const text = input.trim();
  let m: RegExpExecArray | null;

  if ((m = /^(\d{4})$/.exec(text))) {
    const y = Number(m[1]);
    checkYear(text, y);
    return { code: text, kind: 'year', start: day(y, 1, 1), end: day(y, 12, 31) };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(text))) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    checkYear(text, y);
    return { code: text, kind: 'quarter', start: day(y, 3 * q - 2, 1), end: lastDayOfMonth(y, 3 * q) };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(text))) {
    const [y, h] = [Number(m[1]), Number(m[2])];
    checkYear(text, y);
    return {
      code: text,
      kind: 'half',
      start: day(y, h === 1 ? 1 : 7, 1),
      end: h === 1 ? day(y, 6, 30) : day(y, 12, 31),
    };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(text))) {
    const [y, w] = [Number(m[1]), Number(m[2])];
    checkYear(text, y);
    if (w < 1 || w > isoWeeksInYear(y))
      throw new PeriodSyntaxError(text, `ISO year ${y} has weeks 01..${isoWeeksInYear(y)}`);
    const start = addDays(isoWeekOneMonday(y), (w - 1) * 7);
    return { code: text, kind: 'iso_week', start, end: addDays(start, 6) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    checkYear(text, y);
    if (mo < 1 || mo > 12) throw new PeriodSyntaxError(text, 'months are 01..12');
    return { code: text, kind: 'month', start: day(y, mo, 1), end: lastDayOfMonth(y, mo) };
  }
  if ((m = /^(\d{4}-\d{2}-\d{2})$/.exec(text))) {
    const d = isoDay(text, m[1]!);
    return { code: text, kind: 'day', start: d, end: d };
  }
  if ((m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text))) {
    const [a, b] = [isoDay(text, m[1]!), isoDay(text, m[2]!)];
    if (a > b) throw new PeriodSyntaxError(text, 'the range ends before it starts');
    return { code: text, kind: 'custom', start: a, end: b };
  }
  if ((m = /^r28:(\d{4}-\d{2}-\d{2})$/.exec(text))) {
    const end = isoDay(text, m[1]!);
    return { code: text, kind: 'rolling_28', start: addDays(end, -27), end };
  }
  if ((m = /^ytd:(\d{4}-\d{2}-\d{2})$/.exec(text))) {
    const end = isoDay(text, m[1]!);
    return { code: text, kind: 'year_to_date', start: day(yearOf(end), 1, 1), end };
  }
  if ((m = /^term:(\d{4})-(\d{4})$/.exec(text))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    checkYear(text, a);
    checkYear(text, b);
    if (a >= b) throw new PeriodSyntaxError(text, 'a term runs from an earlier year to a later one');
    return { code: text, kind: 'term', start: day(a, 12, 15), end: day(b, 12, 14) };
  }
  if ((m = /^bc:(\d{4})(?:-(Q[1-4]|H[12]|9M|\d{2}))?$/.exec(text))) {
    const y = Number(m[1]);
    checkYear(text, y);
    const part = m[2];
    if (!part) return { code: text, kind: 'report_year', start: day(y - 1, 12, 15), end: day(y, 12, 14) };
    if (part === '9M')
      return { code: text, kind: 'report_nine_months', start: day(y - 1, 12, 15), end: day(y, 9, 14) };
    if (part.startsWith('Q')) {
      const q = Number(part.slice(1));
      return {
        code: text,
        kind: 'report_quarter',
        start: reportMonth(y, 3 * q - 2)[0],
        end: reportMonth(y, 3 * q)[1],
      };
    }
    if (part.startsWith('H')) {
      const h = Number(part.slice(1));
      return {
        code: text,
        kind: 'report_half',
        start: reportMonth(y, h === 1 ? 1 : 7)[0],
        end: reportMonth(y, h === 1 ? 6 : 12)[1],
      };
    }
    const mo = Number(part);
    if (mo < 1 || mo > 12) throw new PeriodSyntaxError(text, 'months are 01..12');
    const [start, end] = reportMonth(y, mo);
    return { code: text, kind: 'report_month', start, end };
  }
  throw new PeriodSyntaxError(
    text,
    'write e.g. 2025, 2025-Q1, 2025-H1, 2025-03, 2025-W07, 2025-03-14, bc:2025, bc:2025-Q1, bc:2025-H1, bc:2025-9M, bc:2025-03, r28:2025-03-14, ytd:2025-03-14, term:2020-2025 or 2025-01-01..2025-03-31',
  );
}

/** The same day one year earlier; 29 February becomes 28 February. */
export function sameDayLastYear(d: DayNumber): DayNumber {
  const [y, m, dd] = [yearOf(d), monthOf(d), dayOfMonth(d)];
  return m === 2 && dd === 29 ? day(y - 1, 2, 28) : day(y - 1, m, dd);
}

/**
 * The same period `years` years earlier ("cùng kỳ" for 1). Named periods move by their label
 * (bc:2025-Q1 → bc:2024-Q1, 2025-W53 → 2024-W52 when 2024 has no week 53); day-based ones
 * (a day, r28, ytd, custom) move each end back a year, 29 February becoming 28 February.
 */
export function samePeriodYearsBefore(p: Period, years = 1): Period {
  if (years === 0) return p;
  const back = (d: DayNumber) => {
    let out = d;
    for (let i = 0; i < years; i++) out = sameDayLastYear(out);
    return out;
  };
  const shiftYear = (code: string, re: RegExp) => code.replace(re, (y) => String(Number(y) - years));
  switch (p.kind) {
    case 'year':
    case 'quarter':
    case 'half':
    case 'month':
      return parsePeriod(shiftYear(p.code, /^\d{4}/));
    case 'report_year':
    case 'report_quarter':
    case 'report_half':
    case 'report_nine_months':
    case 'report_month':
      return parsePeriod(p.code.replace(/^bc:(\d{4})/, (_, y: string) => `bc:${Number(y) - years}`));
    case 'iso_week': {
      const [y, w] = [Number(p.code.slice(0, 4)) - years, Number(p.code.slice(6))];
      return parsePeriod(`${y}-W${pad(Math.min(w, isoWeeksInYear(y)))}`);
    }
    case 'term': {
      const [a, b] = p.code.slice(5).split('-').map(Number) as [number, number];
      const span = b - a;
      return parsePeriod(`term:${a - span * years}-${b - span * years}`);
    }
    case 'day':
      return parsePeriod(isoFromDay(back(p.start)));
    case 'rolling_28':
      return parsePeriod(`r28:${isoFromDay(back(p.end))}`);
    case 'year_to_date':
      return parsePeriod(`ytd:${isoFromDay(back(p.end))}`);
    case 'custom':
      return parsePeriod(`${isoFromDay(back(p.start))}..${isoFromDay(back(p.end))}`);
  }
}

/**
 * The period of the same kind just before this one (for trend charts): the month before, the
 * reporting quarter before, the 28 days before, the term before; a year-to-date steps back a
 * year; a custom range steps back by its own length.
 */
export function previousPeriod(p: Period): Period {
  const y = Number(p.code.match(/\d{4}/)![0]);
  switch (p.kind) {
    case 'year':
      return parsePeriod(String(y - 1));
    case 'quarter':
    case 'half': {
      const [letter, n] = [p.code[5]!, Number(p.code.slice(6))];
      const last = letter === 'Q' ? 4 : 2;
      return parsePeriod(n === 1 ? `${y - 1}-${letter}${last}` : `${y}-${letter}${n - 1}`);
    }
    case 'month':
      return parsePeriod(isoFromDay(addDays(p.start, -1)).slice(0, 7));
    case 'iso_week': {
      const { isoYear, week } = isoWeekOf(addDays(p.start, -7));
      return parsePeriod(`${isoYear}-W${pad(week)}`);
    }
    case 'day':
      return parsePeriod(isoFromDay(addDays(p.start, -1)));
    case 'report_year':
      return parsePeriod(`bc:${y - 1}`);
    case 'report_quarter':
    case 'report_half': {
      const [letter, n] = [p.code[8]!, Number(p.code.slice(9))];
      const last = letter === 'Q' ? 4 : 2;
      return parsePeriod(n === 1 ? `bc:${y - 1}-${letter}${last}` : `bc:${y}-${letter}${n - 1}`);
    }
    case 'report_nine_months':
      return parsePeriod(`bc:${y - 1}-9M`);
    case 'report_month': {
      const m = Number(p.code.slice(8));
      return parsePeriod(m === 1 ? `bc:${y - 1}-12` : `bc:${y}-${pad(m - 1)}`);
    }
    case 'rolling_28':
      return parsePeriod(`r28:${isoFromDay(addDays(p.end, -28))}`);
    case 'year_to_date':
      return samePeriodYearsBefore(p, 1);
    case 'term':
      return samePeriodYearsBefore(p, 1);
    case 'custom': {
      const length = periodLength(p);
      return parsePeriod(`${isoFromDay(addDays(p.start, -length))}..${isoFromDay(addDays(p.end, -length))}`);
    }
  }
}

/** How many days a period spans. */
export function periodLength(p: Period): number {
  return dayDiff(p.start, p.end) + 1;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const viDate = (d: DayNumber) => `${pad(dayOfMonth(d))}/${pad(monthOf(d))}/${yearOf(d)}`;
const enDate = (d: DayNumber) => isoFromDay(d);

/** How the period reads to a person, in Vietnamese or English. */
export function periodLabel(p: Period, lang: 'vi' | 'en' = 'vi'): string {
  const vi = lang === 'vi';
  const y = (s: string) => s.match(/\d{4}/)![0];
  const range = vi ? ` (${viDate(p.start)}–${viDate(p.end)})` : ` (${enDate(p.start)} to ${enDate(p.end)})`;
  switch (p.kind) {
    case 'year':
      return vi ? `Năm ${p.code}` : `Year ${p.code}`;
    case 'quarter':
      return vi
        ? `Quý ${ROMAN[Number(p.code.slice(6)) - 1]}/${y(p.code)}`
        : `Q${p.code.slice(6)} ${y(p.code)}`;
    case 'half':
      return vi
        ? `${p.code.endsWith('H1') ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${y(p.code)}`
        : `${p.code.endsWith('H1') ? 'First' : 'Second'} half of ${y(p.code)}`;
    case 'month':
      return vi ? `Tháng ${Number(p.code.slice(5))}/${y(p.code)}` : `${p.code}`;
    case 'iso_week':
      return vi
        ? `Tuần ${p.code.slice(6)}/${y(p.code)}` + range
        : `Week ${p.code.slice(6)} of ${y(p.code)}` + range;
    case 'day':
      return vi ? `Ngày ${viDate(p.start)}` : enDate(p.start);
    case 'report_year':
      return (vi ? `Năm báo cáo ${y(p.code)}` : `Reporting year ${y(p.code)}`) + range;
    case 'report_quarter': {
      const q = Number(p.code.slice(9));
      return (vi ? `Quý ${ROMAN[q - 1]}/${y(p.code)} (kỳ báo cáo)` : `Reporting Q${q} ${y(p.code)}`) + range;
    }
    case 'report_half':
      return (
        (vi
          ? `${p.code.endsWith('H1') ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${y(p.code)} (kỳ báo cáo)`
          : `Reporting ${p.code.endsWith('H1') ? 'first' : 'second'} half ${y(p.code)}`) + range
      );
    case 'report_nine_months':
      return (vi ? `9 tháng năm ${y(p.code)} (kỳ báo cáo)` : `Reporting nine months ${y(p.code)}`) + range;
    case 'report_month':
      return (
        (vi
          ? `Tháng ${Number(p.code.slice(8))}/${y(p.code)} (kỳ báo cáo)`
          : `Reporting month ${p.code.slice(3)}`) + range
      );
    case 'rolling_28':
      return vi ? `28 ngày đến ${viDate(p.end)}` : `28 days to ${enDate(p.end)}`;
    case 'year_to_date':
      return vi ? `Từ đầu năm đến ${viDate(p.end)}` : `Year to ${enDate(p.end)}`;
    case 'term':
      return (vi ? `Nhiệm kỳ ${p.code.slice(5).replace('-', '–')}` : `Term ${p.code.slice(5)}`) + range;
    case 'custom':
      return vi ? `Từ ${viDate(p.start)} đến ${viDate(p.end)}` : `${enDate(p.start)} to ${enDate(p.end)}`;
  }
}

/** True when the text parses. */
export function isPeriod(text: string): boolean {
  try {
    parsePeriod(text);
    return true;
  } catch {
    return false;
  }
}
