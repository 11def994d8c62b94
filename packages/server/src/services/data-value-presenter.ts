import {
  addDays,
  dayDiff,
  isoFromDay,
  isoWeekOf,
  parsePeriod,
  periodLabel,
  type DataApprovalDto,
  type DataPeriodType,
  type DataValueDto,
  type DayNumber,
  type Period,
} from '@antt/shared';
import { validationError } from '../errors/domain-error.ts';
import type { DataApprovalRow } from '../repositories/data-approval.repository.ts';
import type { DataValueRow } from '../repositories/data-value.repository.ts';

// Periods of a data set's type, and stored rows as the API's shapes (data-value.schemas.ts).

/** The grid and the approval queue span at most this many days. */
export const MAX_RANGE_DAYS = 92;

/** The period kind of the grammar (periods/period.ts) that a data set's period type is. */
export const PERIOD_KIND_OF_TYPE = { day: 'day', week: 'iso_week', month: 'month' } as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** The period of the type that holds the day. */
export function periodHolding(type: DataPeriodType, day: DayNumber): Period {
  const iso = isoFromDay(day);
  if (type === 'day') return parsePeriod(iso);
  if (type === 'month') return parsePeriod(iso.slice(0, 7));
  const { isoYear, week } = isoWeekOf(day);
  return parsePeriod(`${isoYear}-W${pad(week)}`);
}

/** Every period of the type that overlaps [from, to], in order. */
export function periodsBetween(type: DataPeriodType, from: DayNumber, to: DayNumber): Period[] {
  const out: Period[] = [];
  let p = periodHolding(type, from);
  for (let guard = 0; p.start <= to && guard < 400; guard++) {
    out.push(p);
    p = periodHolding(type, addDays(p.end, 1));
  }
  return out;
}

/** Checks a from/to query: a real range of at most MAX_RANGE_DAYS days. */
export function assertRange(from: DayNumber, to: DayNumber): void {
  if (to < from) throw validationError([{ path: 'to', message: 'the end is before the start' }]);
  if (dayDiff(from, to) + 1 > MAX_RANGE_DAYS)
    throw validationError([
      {
        path: 'to',
        message: `Tối đa ${MAX_RANGE_DAYS} ngày / at most ${MAX_RANGE_DAYS} days from "from" to "to"`,
      },
    ]);
}

/** A period for the grid: a day reads dd/MM/yyyy, the others as the period grammar labels them. */
export function presentPeriod(p: Period, lang: 'vi' | 'en' = 'vi') {
  const start = isoFromDay(p.start);
  const label =
    p.kind === 'day'
      ? `${start.slice(8, 10)}/${start.slice(5, 7)}/${start.slice(0, 4)}`
      : periodLabel(p, lang);
  return { code: p.code, start, end: isoFromDay(p.end), label };
}

export function presentValue(row: DataValueRow, unitCode: string): DataValueDto {
  return {
    element: row.element_code,
    unit: unitCode,
    period: row.period,
    value: Number(row.value),
    comment: row.comment,
    version: Number(row.version),
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function presentApproval(
  unitCode: string,
  period: string,
  row: DataApprovalRow | undefined,
): DataApprovalDto {
  return {
    unit: unitCode,
    period,
    state: row?.state ?? 'open',
    comment: row?.comment ?? null,
    changedAt: row?.changed_at ?? null,
    changedBy: row?.changed_by ?? null,
  };
}
