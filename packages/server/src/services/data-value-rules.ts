import { dayDiff, isoFromDay, type DataElement, type DataValueRule } from '@antt/shared';

// The validation rules of a reported value (shared/DESIGN.md section 5.4), as pure functions
// over the element, the value and the unit's own series of the element. Each failure states the
// rule and the numbers, in Vietnamese and English, like every other message of the API.

export type RuleFailure = { rule: DataValueRule; message: string };

/** One stored (or proposed) value of a unit's series of an element. */
export type SeriesPoint = { period: string; start: number; end: number; value: number };

/** How many earlier values the outlier check needs before it judges, and how many it reads. */
export const OUTLIER_MIN_HISTORY = 8;
export const OUTLIER_HISTORY = 60;

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
const enNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const both = (n: number) => ({ vi: viNumber.format(n), en: enNumber.format(n) });

/** A period code as a person reads it: a day as dd/MM/yyyy (vi) or ISO (en), others as written. */
export function periodText(point: { period: string; start: number }): { vi: string; en: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(point.period)) {
    const iso = isoFromDay(point.start);
    return { vi: `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`, en: iso };
  }
  return { vi: point.period, en: point.period };
}

export function checkValueType(element: DataElement, value: number): RuleFailure | null {
  if (!Number.isFinite(value)) {
    return { rule: 'not_a_number', message: `Không phải là số / not a number` };
  }
  if (element.valueType === 'integer' && !Number.isInteger(value)) {
    const v = both(value);
    return {
      rule: 'not_integer',
      message: `${element.shortVi} phải là số nguyên, không phải ${v.vi} / ${element.shortEn} must be a whole number, not ${v.en}`,
    };
  }
  return null;
}

export function checkRange(element: DataElement, value: number): RuleFailure | null {
  if (element.min !== null && value < element.min) {
    const [v, m] = [both(value), both(element.min)];
    return {
      rule: 'below_min',
      message: `${element.shortVi}: ${v.vi} nhỏ hơn mức tối thiểu ${m.vi} / ${element.shortEn}: ${v.en} is below the minimum ${m.en}`,
    };
  }
  if (element.max !== null && value > element.max) {
    const [v, m] = [both(value), both(element.max)];
    return {
      rule: 'above_max',
      message: `${element.shortVi}: ${v.vi} lớn hơn mức tối đa ${m.vi} / ${element.shortEn}: ${v.en} is above the maximum ${m.en}`,
    };
  }
  return null;
}

/**
 * A running total may not fall below the unit's latest earlier value, nor rise above a later
 * value already stored (that later value would then be the one going down).
 */
export function checkCumulative(
  element: DataElement,
  value: number,
  earlier: SeriesPoint | undefined,
  later: SeriesPoint | undefined,
): RuleFailure | null {
  if (!element.cumulative) return null;
  const v = both(value);
  if (earlier && value < earlier.value) {
    const [p, e] = [periodText(earlier), both(earlier.value)];
    return {
      rule: 'cumulative_decreased',
      message: `${element.shortVi} là số lũy kế: ${v.vi} nhỏ hơn số của kỳ ${p.vi} (${e.vi}) / ${element.shortEn} is a running total: ${v.en} is below the value of ${p.en} (${e.en})`,
    };
  }
  if (later && value > later.value) {
    const [p, l] = [periodText(later), both(later.value)];
    return {
      rule: 'cumulative_decreased',
      message: `${element.shortVi} là số lũy kế: ${v.vi} lớn hơn số đã nhập của kỳ sau ${p.vi} (${l.vi}) / ${element.shortEn} is a running total: ${v.en} is above the later value of ${p.en} (${l.en})`,
    };
  }
  return null;
}

function median(sorted: number[]): number {
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export type OutlierJudgement = { outlier: boolean; median: number; tolerance: number };

/**
 * A robust outlier test against the unit's own history: far from the median by more than five
 * scaled median absolute deviations (1.4826 × MAD estimates the standard deviation of normal
 * data), and by more than 3 + half the median, so that small and steady counts (0, 1, 2 a day)
 * are not flagged for ordinary noise.
 */
export function judgeOutlier(history: readonly number[], x: number): OutlierJudgement {
  const sorted = [...history].sort((a, b) => a - b);
  const m = median(sorted);
  const mad = median(sorted.map((h) => Math.abs(h - m)).sort((a, b) => a - b));
  const tolerance = Math.max(5 * 1.4826 * mad, 3 + 0.5 * Math.abs(m));
  return { outlier: Math.abs(x - m) > tolerance, median: m, tolerance };
}

/** Day-normalised increments of a running total between consecutive points. */
function increments(points: readonly SeriesPoint[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < points.length; i++) {
    const gap = Math.max(1, dayDiff(points[i - 1]!.start, points[i]!.start));
    out.push((points[i]!.value - points[i - 1]!.value) / gap);
  }
  return out;
}

/**
 * The outlier check: a value far from the unit's own history needs a comment. A running total
 * is judged by its increase since the previous value (per day), against the earlier increases.
 * `earlier` is the unit's series before the value's period, oldest first.
 */
export function checkOutlier(
  element: DataElement,
  value: number,
  start: number,
  earlier: readonly SeriesPoint[],
  comment: string | null,
): RuleFailure | null {
  if (comment && comment.trim() !== '') return null;
  if (element.cumulative) {
    const recent = earlier.slice(-(OUTLIER_HISTORY + 1));
    const steps = increments(recent);
    const previous = recent.at(-1);
    if (steps.length < OUTLIER_MIN_HISTORY || !previous) return null;
    const step = (value - previous.value) / Math.max(1, dayDiff(previous.start, start));
    const j = judgeOutlier(steps, step);
    if (!j.outlier) return null;
    const [s, m] = [both(Math.round(step * 100) / 100), both(Math.round(j.median * 100) / 100)];
    return {
      rule: 'outlier_needs_comment',
      message: `${element.shortVi} tăng ${s.vi} mỗi ngày, khác thường so với mức tăng trung vị ${m.vi} của đơn vị; hãy ghi chú lý do / ${element.shortEn} rises by ${s.en} a day, unusual against the unit's median rise of ${m.en}: add a comment`,
    };
  }
  const history = earlier.slice(-OUTLIER_HISTORY).map((p) => p.value);
  if (history.length < OUTLIER_MIN_HISTORY) return null;
  const j = judgeOutlier(history, value);
  if (!j.outlier) return null;
  const [v, m, t] = [both(value), both(j.median), both(Math.round(j.tolerance * 100) / 100)];
  return {
    rule: 'outlier_needs_comment',
    message: `${element.shortVi}: ${v.vi} khác thường so với số liệu trước đây của đơn vị (trung vị ${m.vi}, lệch quá ${t.vi}); hãy ghi chú lý do / ${element.shortEn}: ${v.en} is unusual against the unit's history (median ${m.en}, more than ${t.en} away): add a comment`,
  };
}
