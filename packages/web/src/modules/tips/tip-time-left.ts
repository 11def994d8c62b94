import type { TipDeadlineDto } from '@antt/shared';

/** What the "time left" cell says, as a key of the tips namespace and its values. */
export type TimeLeftText = { key: string; values?: Record<string, number> };

/**
 * "còn 5 ngày", "hết hạn hôm nay", "quá hạn 2 ngày" — days counted by the server from today in
 * Vietnam to the last day of the limit (which ends at 24:00 of that day, BLTTHS art. 134).
 */
export function timeLeftText(deadline: TipDeadlineDto): TimeLeftText {
  if (deadline.state === 'decided') return { key: 'timeLeft.decided' };
  if (deadline.state === 'suspended') return { key: 'timeLeft.suspended' };
  const days = deadline.daysLeft;
  if (days === null) return { key: 'timeLeft.none' };
  if (days < 0) return { key: 'timeLeft.overdue', values: { count: -days } };
  if (days === 0) return { key: 'timeLeft.today' };
  return { key: 'timeLeft.left', values: { count: days } };
}

export const TIME_STATE_COLORS: Record<TipDeadlineDto['state'], string> = {
  on_time: 'green',
  due_soon: 'yellow',
  overdue: 'red',
  suspended: 'gray',
  decided: 'blue',
};
