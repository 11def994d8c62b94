import {
  formatTrackingCode,
  INCIDENT_SHEET_COLUMNS,
  type IncidentSheetColumn,
  type IncidentSummaryDto,
} from '@antt/shared';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv, toCsv } from '../reference-data/csv.ts';
import { DEFAULT_DATA_DIR } from '../reference-data/shipped-data.ts';
import {
  dayOf,
  decimalOf,
  excelDateOfDay,
  excelDateOfInstant,
  instantOf,
  integerOf,
  vnWallClockText,
  type SheetCell,
} from './incident-sheet-values.ts';

// Writing the incident spreadsheet: the export of a filtered list and the import template. The
// header row is the column keys and every value is written in a form the reader accepts, so an
// exported file can be corrected and imported back (a re-import updates by ma_tham_chieu).

type Format = 'xlsx' | 'csv';

/** The documented example rows (data/templates/incidents.csv) and the template built on them. */
export const TEMPLATE_EXAMPLE_FILE = path.join(DEFAULT_DATA_DIR, 'templates', 'incidents.csv');

const UTF8_BOM = '\uFEFF';
const KEYS = INCIDENT_SHEET_COLUMNS.map((c) => c.key);
const DATE_TIME_COLUMNS = new Set(['thoi_gian_xay_ra']);
const DAY_COLUMNS = new Set(['ngay_lam_ro']);
const INTEGER_COLUMNS = new Set(['dieu', 'khoan', 'so_nguoi_chet', 'so_nguoi_bi_thuong', 'so_phuong_tien']);
const DECIMAL_COLUMNS = new Set(['kinh_do', 'vi_do']);

type Value = string | number | Date | null;

/** The cells of one incident, typed for XLSX (dates as Date, figures as numbers). */
function valuesOf(r: IncidentSummaryDto, tipCodes: ReadonlyMap<string, string>): Record<string, Value> {
  const tipCode = r.tip ? tipCodes.get(r.tip.id) : undefined;
  return {
    ma_tham_chieu: r.externalRef,
    loai: r.type,
    thoi_gian_xay_ra: excelDateOfInstant(r.occurredAt),
    ma_xa: r.commune.code,
    dia_chi: r.address,
    kinh_do: r.lon,
    vi_do: r.lat,
    don_vi_lap: r.reportingUnit.code,
    trang_thai: r.status,
    da_lam_ro: r.cleared ? 'có' : 'không',
    ngay_lam_ro: r.clearedOn ? excelDateOfDay(r.clearedOn) : null,
    dieu: r.crime?.article ?? null,
    khoan: r.crime?.clause ?? null,
    phan_loai: r.type === 'crime' ? null : r.category,
    so_nguoi_chet: r.deaths,
    so_nguoi_bi_thuong: r.injuries,
    so_phuong_tien: r.vehicles,
    tuyen_duong: r.road,
    thiet_hai_vnd: r.damageVnd,
    nguyen_nhan: r.fireCause,
    ten_diem: r.siteName,
    ma_tin_bao: tipCode ? formatTrackingCode(tipCode) : null,
    tom_tat: r.summary,
  };
}

/**
 * A text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe in a
 * CSV (OWASP "CSV injection"); the reader drops it again.
 */
function csvText(value: Value, key: string, occurredAt: string, clearedOn: string | null): string {
  if (value === null) return '';
  if (DATE_TIME_COLUMNS.has(key)) return vnWallClockText(occurredAt);
  if (DAY_COLUMNS.has(key)) return clearedOn ?? '';
  if (typeof value === 'string' && /^[=+\-@]/.test(value)) return `'${value}`;
  return String(value);
}

/** The filtered incidents as a spreadsheet in the import layout. */
export async function renderIncidentSheet(
  rows: readonly IncidentSummaryDto[],
  format: Format,
  options: { tipCodes?: ReadonlyMap<string, string> } = {},
): Promise<Buffer> {
  const tipCodes = options.tipCodes ?? new Map<string, string>();
  if (format === 'csv') {
    const records = rows.map((r) => {
      const values = valuesOf(r, tipCodes);
      return Object.fromEntries(
        KEYS.map((k) => [k, csvText(values[k] ?? null, k, r.occurredAt, r.clearedOn)]),
      );
    });
    // The byte-order mark makes Excel open the file as UTF-8 (Vietnamese letters intact).
    return Buffer.from(UTF8_BOM + toCsv(KEYS, records), 'utf8');
  }
  const workbook = newWorkbook();
  const sheet = dataSheet(workbook);
  for (const r of rows) {
    const values = valuesOf(r, tipCodes);
    sheet.addRow(KEYS.map((k) => values[k] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ANTT';
  return workbook;
}

/** The first sheet: the header of keys (each with its label and note as a comment), formats set. */
function dataSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('Vụ việc', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = INCIDENT_SHEET_COLUMNS.map((c) => ({
    key: c.key,
    width: c.key === 'tom_tat' ? 60 : c.key === 'dia_chi' ? 30 : Math.max(12, c.key.length + 4),
    style: columnStyle(c.key),
  }));
  const header = sheet.addRow(KEYS);
  header.font = { bold: true };
  INCIDENT_SHEET_COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).note = `${c.labelVi} (${c.labelEn})${c.required ? ' — bắt buộc' : ''}\n${c.noteVi}`;
  });
  return sheet;
}

function columnStyle(key: string): Partial<ExcelJS.Style> {
  if (DATE_TIME_COLUMNS.has(key)) return { numFmt: 'dd/mm/yyyy hh:mm' };
  if (DAY_COLUMNS.has(key)) return { numFmt: 'dd/mm/yyyy' };
  if (key === 'thiet_hai_vnd') return { numFmt: '#,##0' };
  // Codes are text: a number format would drop leading zeros.
  if (key === 'ma_xa' || key === 'ma_tham_chieu') return { numFmt: '@' };
  return {};
}

const TYPE_NAMES: Record<string, string> = {
  crime: 'tội phạm',
  traffic_accident: 'tai nạn giao thông',
  fire: 'cháy, nổ',
  social_vice: 'tệ nạn xã hội',
};

function requiredText(c: IncidentSheetColumn): string {
  if (!c.required) return 'không';
  return c.types.length === 0 ? 'có' : `có, với ${c.types.map((t) => TYPE_NAMES[t]).join(', ')}`;
}

/** An example cell typed as a person would enter it in Excel (dates as dates, figures as numbers). */
function typedExampleCell(key: string, text: string): SheetCell {
  if (text === '') return null;
  if (DATE_TIME_COLUMNS.has(key)) {
    const parsed = instantOf(text);
    return 'value' in parsed ? excelDateOfInstant(parsed.value) : text;
  }
  if (DAY_COLUMNS.has(key)) {
    const parsed = dayOf(text);
    return 'value' in parsed ? excelDateOfDay(parsed.value) : text;
  }
  if (INTEGER_COLUMNS.has(key) || key === 'thiet_hai_vnd') {
    const parsed = integerOf(text, { grouped: true });
    return 'value' in parsed ? parsed.value : text;
  }
  if (DECIMAL_COLUMNS.has(key)) {
    const parsed = decimalOf(text);
    return 'value' in parsed ? parsed.value : text;
  }
  return text;
}

const GUIDE_NOTES = [
  'Mỗi dòng là một vụ việc; hàng 1 là hàng tiêu đề (tên cột theo mã hoặc tên tiếng Việt ở bảng dưới).',
  'Ngày giờ theo giờ Việt Nam: 2026-03-01 21:30, 01/03/2026 21:30, 01/03/2026 hoặc ô ngày của Excel.',
  'Số tiền có thể viết 150.000.000; có / không cũng có thể viết 1 / 0 hoặc x.',
  'Mã xã là mã có hiệu lực vào ngày xảy ra: vụ việc trước 01/7/2025 dùng mã xã, phường cũ.',
  'Kiểm tra trước (chạy thử) để xem mọi dòng lỗi; khi nhập thật, chỉ cần một dòng lỗi là không dòng nào được nhập.',
  'Nhập lại tệp có cùng mã tham chiếu sẽ cập nhật vụ việc đó; dòng không đổi được bỏ qua.',
  'Dòng lệnh: npx antt import incidents TỆP.xlsx --dry-run',
];

/** The "Hướng dẫn" sheet: every column with its labels, whether required, for which types, and notes. */
function guideSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Hướng dẫn');
  sheet.columns = [{ width: 22 }, { width: 26 }, { width: 22 }, { width: 26 }, { width: 34 }, { width: 90 }];
  sheet.addRow(['Mẫu nhập vụ việc (ANTT) — hướng dẫn / incident import template — guide']).font = {
    bold: true,
    size: 13,
  };
  for (const note of GUIDE_NOTES) sheet.addRow([note]);
  sheet.addRow([]);
  sheet.addRow(['Cột (mã)', 'Tên cột', 'Column', 'Bắt buộc', 'Dùng cho loại', 'Ghi chú']).font = {
    bold: true,
  };
  for (const c of INCIDENT_SHEET_COLUMNS) {
    const row = sheet.addRow([
      c.key,
      c.labelVi,
      c.labelEn,
      requiredText(c),
      c.types.length === 0 ? 'mọi loại' : c.types.map((t) => TYPE_NAMES[t]).join(', '),
      c.noteVi,
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}

/**
 * The template: XLSX with the header, the example rows and the "Hướng dẫn" sheet documenting
 * every column; CSV is the example file itself (with a byte-order mark for Excel).
 */
export async function renderIncidentTemplate(
  format: Format,
  exampleFile = TEMPLATE_EXAMPLE_FILE,
): Promise<Buffer> {
  const text = fs.readFileSync(exampleFile, 'utf8');
  if (format === 'csv') return Buffer.from(text.startsWith(UTF8_BOM) ? text : UTF8_BOM + text, 'utf8');
  const workbook = newWorkbook();
  const sheet = dataSheet(workbook);
  for (const record of parseCsv(text)) {
    sheet.addRow(KEYS.map((k) => typedExampleCell(k, record[k] ?? '')));
  }
  guideSheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
