import type { CalendarDayKind } from '@antt/shared';

/** An administrator's edit of one day of the holiday calendar (migration 0003-holidays). */
export type HolidayTable = {
  /** YYYYMMDD, a day in Vietnam. */
  day: number;
  kind: CalendarDayKind;
  name: string;
  /** The decision or document the edit rests on. */
  source: string;
  updated_at: string;
  /** Label of the actor who made the edit (username, or cli:<operator>). */
  updated_by: string;
};
