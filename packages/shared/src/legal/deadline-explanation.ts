import { isoFromDay } from '../time/vn-day.ts';
import type { DayDeadline } from './deadline.ts';
import { vnLimitText } from './deadline.ts';
import { vnDateText, vnWeekdayName } from './holidays/holiday-calendar.ts';

// One Vietnamese sentence that says how a last day was reached, for the CLI, the tip timeline
// and the web: the counting, then whether and why it moved off a day off.

/** "28/02/2026 là thứ Bảy", or "31/08/2026 (thứ Hai) là ngày nghỉ: <name>" for a named day off. */
function dayOffText(day: DayDeadline['lastDay'], reason: string): string {
  const weekday = vnWeekdayName(day);
  return reason === weekday
    ? `${vnDateText(day)} là ${weekday}`
    : `${vnDateText(day)} (${weekday}) là ngày nghỉ: ${reason}`;
}

export function explainDeadline(d: DayDeadline): string {
  const parts: string[] = [];
  const start = vnDateText(d.startDay);
  const counted = vnDateText(d.countedLastDay);
  if (d.limit.unit === 'month') {
    if (d.monthEndClamped) {
      const [y, m] = isoFromDay(d.countedLastDay).split('-');
      const wanted = d.startDay % 100;
      parts.push(
        `Hạn ${vnLimitText(d.limit)} kể từ ${start}: tháng ${m}/${y} không có ngày ${wanted} → ngày cuối tháng ${counted}`,
      );
    } else {
      parts.push(`Hạn ${vnLimitText(d.limit)} kể từ ${start}: ngày trùng của tháng sau là ${counted}`);
    }
  } else {
    const counting = d.rules.receiptDayCountsAsDayOne
      ? 'ngày tiếp nhận là ngày thứ nhất'
      : 'không tính ngày tiếp nhận';
    parts.push(
      `Hạn ${vnLimitText(d.limit)} kể từ ${start} (${counting}): ngày thứ ${d.limit.amount} là ${counted}`,
    );
  }
  if (d.lastDay !== d.countedLastDay) {
    const first = d.skippedDaysOff[0]!;
    const last = d.skippedDaysOff[d.skippedDaysOff.length - 1]!;
    // "Tết Nguyên đán (mùng 1 Tết Bính Ngọ)" → "Tết Nguyên đán": one name per holiday.
    const named = [...new Set(d.skippedDaysOff.map((s) => s.reason.replace(/\s*\(.*\)$/, '')))].filter(
      (r) => r !== 'thứ Bảy' && r !== 'Chủ nhật',
    );
    const span =
      d.skippedDaysOff.length > 1
        ? ` (nghỉ liên tục ${vnDateText(first.day)}–${vnDateText(last.day)}${named.length ? `: ${named.join('; ')}` : ''})`
        : '';
    parts.push(
      `${dayOffText(d.countedLastDay, d.countedLastDayOff!)} → ngày làm việc đầu tiên sau đó là ${vnWeekdayName(d.lastDay)} ${vnDateText(d.lastDay)}${span}`,
    );
  } else if (d.countedLastDayOff) {
    parts.push(
      `${dayOffText(d.countedLastDay, d.countedLastDayOff)} nhưng hạn tính theo ngày không lùi sang ngày làm việc (tham số dayOffRuleForDayLimits tắt)`,
    );
  }
  parts.push(`hạn hết lúc 24:00 ngày ${vnDateText(d.lastDay)} (BLTTHS 2015, Điều 134)`);
  return `${parts.join('; ')}.`;
}
