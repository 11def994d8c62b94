import { addDays, type DayNumber } from '../time/vn-day.ts';
import type { TipLabel, TipStatus } from './tip-kinds.ts';

// Where a tip stands against its time limit, for every list, detail and alert. The last day
// itself is fixed when the limit is set (packages/shared/src/legal: BLTTHS art. 134 arithmetic
// and the holiday calendar); this only compares it with today.

/** A tip with this many days or fewer left before its decision limit is "due soon". */
export const TIP_DUE_SOON_DAYS = 5;

/**
 * What the current time limit is for: classification (within 24 hours of receipt), the commune
 * police's hand-over to the investigating body, or the decision (20 days and its extensions).
 */
export const TIP_DUE_KINDS = ['classification', 'hand_over', 'decision'] as const;
export type TipDueKind = (typeof TIP_DUE_KINDS)[number];
export const TIP_DUE_KIND_LABELS: Record<TipDueKind, TipLabel> = {
  classification: { vi: 'Hạn phân loại', en: 'Classification due' },
  hand_over: { vi: 'Hạn chuyển Cơ quan điều tra', en: 'Hand-over due' },
  decision: { vi: 'Hạn giải quyết', en: 'Decision due' },
};

export const TIP_TIME_STATES = ['on_time', 'due_soon', 'overdue', 'suspended', 'decided'] as const;
export type TipTimeState = (typeof TIP_TIME_STATES)[number];
export const TIP_TIME_STATE_LABELS: Record<TipTimeState, TipLabel> = {
  on_time: { vi: 'Trong hạn', en: 'On time' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  suspended: { vi: 'Tạm đình chỉ', en: 'Suspended' },
  decided: { vi: 'Đã giải quyết', en: 'Decided' },
};

export type TipClock = {
  status: TipStatus;
  /** The last day of the current limit (the limit ends at 24:00 of it, art. 134), or null. */
  dueDay: DayNumber | null;
  dueKind: TipDueKind | null;
};

export type TipTimeLeft = {
  state: TipTimeState;
  /** Whole days from today to the last day: 0 on the last day, negative once overdue. */
  daysLeft: number | null;
};

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: DayNumber, to: DayNumber): number {
  const utc = (d: DayNumber) => Date.UTC(Math.floor(d / 10_000), Math.floor((d % 10_000) / 100) - 1, d % 100);
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * On time / due soon / overdue / suspended / decided. "Due soon" concerns the decision limit
 * only: the short limits (classification, hand-over) are a day or two long and would always be
 * "due soon"; they are either on time or overdue.
 */
export function tipTimeLeft(clock: TipClock, today: DayNumber, dueSoonDays = TIP_DUE_SOON_DAYS): TipTimeLeft {
  if (clock.status === 'decided') return { state: 'decided', daysLeft: null };
  if (clock.status === 'suspended') return { state: 'suspended', daysLeft: null };
  if (clock.dueDay === null) return { state: 'on_time', daysLeft: null };
  const daysLeft = daysBetween(today, clock.dueDay);
  if (daysLeft < 0) return { state: 'overdue', daysLeft };
  if (clock.dueKind === 'decision' && daysLeft <= dueSoonDays) return { state: 'due_soon', daysLeft };
  return { state: 'on_time', daysLeft };
}

/** The first day on which a limit ending on `dueDay` counts as overdue. */
export function firstOverdueDay(dueDay: DayNumber): DayNumber {
  return addDays(dueDay, 1);
}
