import { dayFromIso, isValidIsoDay, type DayNumber } from '@antt/shared';
import { CliRefusal } from './output.ts';

// Option values people type: a wrong date or number is bad input (exit 1, nothing done),
// named by its flag.

export function parseDayOption(value: string, flag: string): DayNumber {
  const text = value.trim();
  if (!isValidIsoDay(text)) {
    throw new CliRefusal(
      `${flag}: "${value}" không phải ngày hợp lệ (YYYY-MM-DD) / is not a calendar day (YYYY-MM-DD)`,
    );
  }
  return dayFromIso(text);
}

export function parseNumberOption(value: string, flag: string, min: number, max: number): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new CliRefusal(
      `${flag}: "${value}" phải là số từ ${min} đến ${max} / must be a number from ${min} to ${max}`,
    );
  }
  return n;
}
