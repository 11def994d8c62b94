import {
  FIRE_CAUSES,
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  isValidIsoDay,
  parseTrackingCode,
  type FireCause,
  type IncidentStatus,
  type IncidentType,
} from '@antt/shared';

// The values of one spreadsheet cell, read the way officers type them: Vietnamese dates
// (01/03/2026 21:30) or ISO ones, Excel date cells, "150.000.000" đồng, có / không, and the
// Vietnamese names of types and statuses. Every reader returns the value or a problem in words
// the officer can act on; none guesses. Times without an offset are Vietnam time (UTC+7).

/** A cell as the readers hand it over: CSV gives text, XLSX also numbers, booleans and dates. */
export type SheetCell = string | number | boolean | Date | null;

export type Parsed<T> = { value: T } | { problem: string };

const VN_OFFSET = '+07:00';

/** Slugs of the words a sheet repeats on every row (types, statuses, có / không), computed once. */
const slugCache = new Map<string, string>();
const SLUG_CACHE_SIZE = 10_000;

/** "Mã tham chiếu" → "ma_tham_chieu": case, diacritics, đ and punctuation do not matter. */
export function slug(text: string): string {
  const hit = slugCache.get(text);
  if (hit !== undefined) return hit;
  const out = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (slugCache.size < SLUG_CACHE_SIZE) slugCache.set(text, out);
  return out;
}

export function isBlank(cell: SheetCell | undefined): cell is null | undefined | '' {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Text of a cell. A leading apostrophe that guarded a formula-like text in a CSV is dropped. */
export function textOf(cell: SheetCell): Parsed<string> {
  if (cell instanceof Date) return { problem: 'cần chữ, không phải ngày / expected text, not a date' };
  const text = String(cell ?? '').trim();
  return { value: /^'[=+\-@]/.test(text) ? text.slice(1) : text };
}

const two = (n: number) => String(n).padStart(2, '0');

type WallClock = { y: number; mo: number; d: number; h: number; mi: number; s: number; ms: number };

/** Excel keeps dates as wall-clock time; exceljs hands them over as that time in UTC. */
function wallClockOfDate(date: Date): WallClock {
  const t = new Date(Math.round(date.getTime() / 1000) * 1000);
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
    s: t.getUTCSeconds(),
    ms: 0,
  };
}

/** Excel's day serial (days since 1899-12-30) of a cell that lost its date format. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_EXCEL_SERIAL = 2_958_465; // 9999-12-31

const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const VN_LIKE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;

const DATE_FORMATS = '2026-03-01 21:30, 01/03/2026 21:30, 01/03/2026 hoặc ô ngày / or a date cell';

function wallClockOf(cell: SheetCell): Parsed<WallClock & { offset: string | null }> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { problem: 'ô ngày không hợp lệ / an invalid date cell' };
    return { value: { ...wallClockOfDate(cell), offset: null } };
  }
  if (typeof cell === 'number') {
    if (cell < 1 || cell > MAX_EXCEL_SERIAL)
      return { problem: `không phải ngày / not a date: ${cell} (${DATE_FORMATS})` };
    return { value: { ...wallClockOfDate(new Date(EXCEL_EPOCH_MS + cell * 86_400_000)), offset: null } };
  }
  const text = String(cell ?? '').trim();
  let parts: (string | undefined)[];
  let offset: string | null = null;
  const iso = ISO_LIKE.exec(text);
  const vn = iso ? null : VN_LIKE.exec(text);
  if (iso) {
    parts = [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6], iso[7]];
    if (iso[8])
      offset = iso[8].toUpperCase() === 'Z' ? 'Z' : iso[8].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  } else if (vn) {
    parts = [vn[3], vn[2], vn[1], vn[4], vn[5], vn[6], undefined];
  } else {
    return { problem: `không đọc được ngày giờ "${text}" / not a date and time (${DATE_FORMATS})` };
  }
  const [y, mo, d, h, mi, s] = parts.slice(0, 6).map((p) => Number(p ?? 0)) as number[];
  const ms = parts[6] ? Number(parts[6].padEnd(3, '0')) : 0;
  const value = { y: y!, mo: mo!, d: d!, h: h!, mi: mi!, s: s!, ms, offset };
  if (!isValidIsoDay(`${value.y}-${two(value.mo)}-${two(value.d)}`))
    return { problem: `không có ngày này / no such day: "${text}"` };
  if (value.h > 23 || value.mi > 59 || value.s > 59)
    return { problem: `giờ không hợp lệ / no such time of day: "${text}"` };
  return { value };
}

/** A moment, as an ISO instant with its offset (Vietnam time unless the cell names another). */
export function instantOf(cell: SheetCell): Parsed<string> {
  const parsed = wallClockOf(cell);
  if ('problem' in parsed) return parsed;
  const w = parsed.value;
  if (w.y < 1900) return { problem: `năm ${w.y} quá xa / the year ${w.y} is too far back` };
  const ms = w.ms ? `.${String(w.ms).padStart(3, '0')}` : '';
  return {
    value: `${w.y}-${two(w.mo)}-${two(w.d)}T${two(w.h)}:${two(w.mi)}:${two(w.s)}${ms}${w.offset ?? VN_OFFSET}`,
  };
}

/** A calendar day, YYYY-MM-DD; a time written with it is ignored. */
export function dayOf(cell: SheetCell): Parsed<string> {
  const parsed = wallClockOf(cell);
  if ('problem' in parsed) return parsed;
  const w = parsed.value;
  return { value: `${w.y}-${two(w.mo)}-${two(w.d)}` };
}

/**
 * A whole number. With `grouped`, Vietnamese thousands separators are read too
 * ("150.000.000", "150 000 000") and a trailing "đ", "đồng" or "VND" is dropped.
 */
export function integerOf(cell: SheetCell, options: { grouped?: boolean } = {}): Parsed<number> {
  if (typeof cell === 'number') {
    return Number.isSafeInteger(cell)
      ? { value: cell }
      : { problem: `không phải số nguyên / not a whole number: ${cell}` };
  }
  if (typeof cell !== 'string') return { problem: 'cần một số nguyên / expected a whole number' };
  let text = cell.trim();
  if (options.grouped) {
    text = text.replace(/\s*(đồng|đ|vnđ|vnd)$/i, '');
    if (/^-?\d{1,3}([.\s,]\d{3})+$/.test(text) && new Set(text.match(/[.\s,]/g)).size === 1)
      text = text.replace(/[.\s,]/g, '');
  }
  if (!/^[+-]?\d+$/.test(text))
    return { problem: `không phải số nguyên / not a whole number: "${cell.trim()}"` };
  const value = Number(text);
  if (!Number.isSafeInteger(value)) return { problem: `số quá lớn / number too large: "${cell.trim()}"` };
  return { value };
}

/** A decimal such as a longitude: "105.9712", or "105,9712" as Vietnamese Excel writes it. */
export function decimalOf(cell: SheetCell): Parsed<number> {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { value: cell } : { problem: 'không phải số / not a number' };
  const text = String(cell ?? '').trim();
  if (!/^[+-]?\d+([.,]\d+)?$/.test(text))
    return { problem: `không phải số thập phân / not a decimal number: "${text}"` };
  return { value: Number(text.replace(',', '.')) };
}

const TRUE_WORDS = new Set(['co', '1', 'x', 'yes', 'y', 'true', 'da', 'da_lam_ro', 'roi']);
const FALSE_WORDS = new Set(['khong', '0', 'no', 'n', 'false', 'chua', 'chua_lam_ro']);

/** có / không, 1 / 0, yes / no, x (ticked), or an Excel TRUE / FALSE. */
export function booleanOf(cell: SheetCell): Parsed<boolean> {
  if (typeof cell === 'boolean') return { value: cell };
  if (typeof cell === 'number' && (cell === 0 || cell === 1)) return { value: cell === 1 };
  const word = slug(String(cell ?? ''));
  if (TRUE_WORDS.has(word)) return { value: true };
  if (FALSE_WORDS.has(word)) return { value: false };
  return { problem: `ghi "có" hoặc "không" / write có (yes) or không (no), not "${String(cell)}"` };
}

/** Codes, and the Vietnamese and English names people write instead. */
function vocabulary<T extends string>(codes: readonly T[], names: Record<string, T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) map.set(slug(code), code);
  for (const [name, code] of Object.entries(names)) map.set(slug(name), code);
  return map;
}

const TYPE_WORDS = vocabulary<IncidentType>(INCIDENT_TYPES, {
  'tội phạm': 'crime',
  'tai nạn giao thông': 'traffic_accident',
  TNGT: 'traffic_accident',
  'traffic accident': 'traffic_accident',
  'cháy, nổ': 'fire',
  'cháy nổ': 'fire',
  cháy: 'fire',
  nổ: 'fire',
  'tệ nạn xã hội': 'social_vice',
  'social vice': 'social_vice',
});

const STATUS_WORDS = vocabulary<IncidentStatus>(INCIDENT_STATUSES, {
  'mới tiếp nhận': 'open',
  mới: 'open',
  'đang điều tra': 'investigating',
  'đang xác minh': 'investigating',
  'đang điều tra, xác minh': 'investigating',
  'tạm đình chỉ': 'suspended',
  'kết thúc': 'closed',
  'đã kết thúc': 'closed',
});

const FIRE_CAUSE_WORDS = vocabulary<FireCause>(FIRE_CAUSES, {
  'sự cố điện': 'electrical',
  'chập điện': 'electrical',
  'sử dụng lửa': 'open_flame',
  đốt: 'arson',
  'cố ý đốt': 'arson',
  'khí gas, xăng dầu': 'gas_or_fuel',
  'sự cố sản xuất': 'industrial_process',
  sét: 'lightning',
  'tai nạn giao thông': 'traffic',
  khác: 'other',
  'chưa rõ': 'unknown',
});

function wordOf<T extends string>(words: Map<string, T>, cell: SheetCell, what: string): Parsed<T> {
  const found = words.get(slug(String(cell ?? '')));
  if (found) return { value: found };
  const codes = [...new Set(words.values())].join(', ');
  return { problem: `${what} không hợp lệ "${String(cell ?? '').trim()}" / unknown ${what}: use ${codes}` };
}

export const incidentTypeOf = (cell: SheetCell) => wordOf(TYPE_WORDS, cell, 'loại / type');
export const statusOf = (cell: SheetCell) => wordOf(STATUS_WORDS, cell, 'trạng thái / status');
export const fireCauseOf = (cell: SheetCell) => wordOf(FIRE_CAUSE_WORDS, cell, 'nguyên nhân / cause');

/** A commune code: 5 digits; Excel drops the leading zeros of a code stored as a number. */
export function communeCodeOf(cell: SheetCell): Parsed<string> {
  const text = typeof cell === 'number' ? String(cell) : String(cell ?? '').trim();
  if (!/^\d{1,5}$/.test(text))
    return { problem: `mã xã gồm 5 chữ số / a commune code has 5 digits, not "${text}"` };
  return { value: text.padStart(5, '0') };
}

/** A tip's tracking code as printed on the citizen's receipt ("ABCDE-12345"). */
export function trackingCodeOf(cell: SheetCell): Parsed<string> {
  const code = parseTrackingCode(String(cell ?? ''));
  return code
    ? { value: code }
    : {
        problem: `mã tin báo gồm 10 ký tự, ví dụ ABCDE-12345 / a tracking code has 10 characters, not "${String(cell)}"`,
      };
}

/** An instant written back as Vietnam wall-clock time, "2026-03-01 21:30" (seconds when set). */
export function vnWallClockText(iso: string): string {
  const t = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  const [s, ms] = [t.getUTCSeconds(), t.getUTCMilliseconds()];
  const seconds = s || ms ? `:${two(s)}${ms ? `.${String(ms).padStart(3, '0')}` : ''}` : '';
  return `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}${seconds}`;
}

/** An instant as the Date exceljs writes for an Excel date cell showing Vietnam wall-clock time. */
export function excelDateOfInstant(iso: string): Date {
  return new Date(new Date(iso).getTime() + 7 * 3_600_000);
}

/** A day 'YYYY-MM-DD' as an Excel date cell. */
export function excelDateOfDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
