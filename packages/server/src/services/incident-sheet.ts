import {
  INCIDENT_IMPORT_LIMITS,
  INCIDENT_SHEET_COLUMNS,
  INCIDENT_TYPES,
  type IncidentImportProblem,
  type IncidentSheetColumn,
  type IncidentType,
} from '@antt/shared';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DomainError } from '../errors/domain-error.ts';
import {
  booleanOf,
  communeCodeOf,
  dayOf,
  decimalOf,
  fireCauseOf,
  incidentTypeOf,
  instantOf,
  integerOf,
  isBlank,
  slug,
  statusOf,
  textOf,
  trackingCodeOf,
  type Parsed,
  type SheetCell,
} from './incident-sheet-values.ts';

export { renderIncidentSheet, renderIncidentTemplate } from './incident-sheet-writer.ts';
export type { SheetCell } from './incident-sheet-values.ts';

// The incident spreadsheet (packages/shared incident-sheet.ts, INCIDENT_SHEET_COLUMNS) read from
// the files units keep: XLSX (the first worksheet) or CSV (UTF-8, comma or semicolon). The
// header names each column by its key or its Vietnamese (or English) label, in any case and
// with or without diacritics. Each data row becomes the request the API would receive, with the
// problems of each cell; the import service then checks it like any other request.
// Rows are numbered as the spreadsheet shows them: the header is row 1.

export type SheetFormat = 'xlsx' | 'csv';

export type SheetRow = { row: number; cells: Record<string, SheetCell> };

export type IncidentSheet = {
  format: SheetFormat;
  rows: SheetRow[];
  /** Problems of the file or its header (row 1). */
  problems: IncidentImportProblem[];
  /** A column every row needs is missing: the rows are not worth checking one by one. */
  missingColumns: boolean;
};

/** The column of each request field, to name the column of a problem the checks report. */
export const SHEET_COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  externalRef: 'ma_tham_chieu',
  type: 'loai',
  occurredAt: 'thoi_gian_xay_ra',
  communeCode: 'ma_xa',
  address: 'dia_chi',
  lon: 'kinh_do',
  lat: 'vi_do',
  reportingUnitId: 'don_vi_lap',
  status: 'trang_thai',
  cleared: 'da_lam_ro',
  clearedOn: 'ngay_lam_ro',
  article: 'dieu',
  clause: 'khoan',
  category: 'phan_loai',
  deaths: 'so_nguoi_chet',
  injuries: 'so_nguoi_bi_thuong',
  vehicles: 'so_phuong_tien',
  road: 'tuyen_duong',
  damageVnd: 'thiet_hai_vnd',
  cause: 'nguyen_nhan',
  siteName: 'ten_diem',
  tipId: 'ma_tin_bao',
  summary: 'tom_tat',
};

/** The column of a field path such as "deaths" or "body.deaths"; '' when none fits. */
export function columnOfField(path: string): string {
  for (const part of path.split('.')) {
    const column = SHEET_COLUMN_OF_FIELD[part];
    if (column) return column;
  }
  return '';
}

const HEADER_KEYS = new Map<string, string>();
for (const c of INCIDENT_SHEET_COLUMNS) {
  for (const name of [c.key, c.labelVi, c.labelEn]) HEADER_KEYS.set(slug(name), c.key);
}

/** Columns no row can do without, whatever its type. */
const ALWAYS_REQUIRED = INCIDENT_SHEET_COLUMNS.filter((c) => c.required && c.types.length === 0).map(
  (c) => c.key,
);

/** A, B, … Z, AA, AB … as a spreadsheet names its columns. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function isXlsx(bytes: Buffer): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

function unreadable(message: string): DomainError {
  return new DomainError('unsupported_media_type', message);
}

/**
 * Reads a file into rows keyed by column. The format is told by the content, never the name:
 * an XLSX file is a ZIP archive ("PK"), a CSV file UTF-8 text. Anything else, a file over the
 * size limit or with too many rows is refused whole.
 */
export async function readIncidentSheet(file: { name: string; bytes: Buffer }): Promise<IncidentSheet> {
  const limit = INCIDENT_IMPORT_LIMITS.maxBytes;
  if (file.bytes.length > limit) {
    throw new DomainError(
      'payload_too_large',
      `Tệp lớn hơn ${limit / 1024 / 1024} MB / the file is larger than ${limit / 1024 / 1024} MB`,
    );
  }
  if (file.bytes.length === 0) throw unreadable('Tệp rỗng / the file is empty');
  const format: SheetFormat = isXlsx(file.bytes) ? 'xlsx' : 'csv';
  const table = format === 'xlsx' ? await xlsxTable(file.bytes) : csvTable(file.bytes);
  if ('problem' in table) {
    return { format, rows: [], problems: [table.problem], missingColumns: true };
  }
  const dataRows = table.rows.filter((r) => r.row > 1);
  if (dataRows.length > INCIDENT_IMPORT_LIMITS.maxRows) {
    throw new DomainError(
      'payload_too_large',
      `Tệp có ${dataRows.length} dòng, tối đa ${INCIDENT_IMPORT_LIMITS.maxRows}; hãy chia nhỏ / the file has ${dataRows.length} rows, at most ${INCIDENT_IMPORT_LIMITS.maxRows}: split it`,
    );
  }
  return keyRows(format, table.rows);
}

type RawRow = { row: number; cells: SheetCell[] };
type RawTable = { rows: RawRow[] } | { problem: IncidentImportProblem };

function keyRows(format: SheetFormat, raw: RawRow[]): IncidentSheet {
  const problems: IncidentImportProblem[] = [];
  const header = raw[0]?.row === 1 ? raw[0].cells : [];
  const keys: (string | null)[] = [];
  const seen = new Map<string, number>();
  header.forEach((cell, i) => {
    const text = String(cell ?? '').trim();
    if (!text) {
      keys.push(null);
      return;
    }
    const key = HEADER_KEYS.get(slug(text));
    if (!key) {
      problems.push({
        row: 1,
        column: '',
        message: `Cột ${columnLetter(i)} "${text}" không có trong mẫu / column ${columnLetter(i)} "${text}" is not in the template`,
      });
      keys.push(null);
      return;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        row: 1,
        column: key,
        message: `Cột ${key} có hai lần (${columnLetter(earlier)} và ${columnLetter(i)}) / the column appears twice`,
      });
      keys.push(null);
      return;
    }
    seen.set(key, i);
    keys.push(key);
  });
  const missing = ALWAYS_REQUIRED.filter((k) => !seen.has(k));
  for (const key of missing) {
    problems.push({
      row: 1,
      column: key,
      message: `Thiếu cột ${key}; hàng 1 phải là hàng tiêu đề của mẫu / the column ${key} is missing: row 1 must be the template's header`,
    });
  }
  const rows: SheetRow[] = [];
  for (const r of raw) {
    if (r.row === 1 || r.cells.every(isBlank)) continue;
    const cells: Record<string, SheetCell> = {};
    r.cells.forEach((cell, i) => {
      const key = keys[i];
      if (key) cells[key] = cell;
      else if (!isBlank(cell) && (i >= header.length || isBlank(header[i]))) {
        problems.push({
          row: r.row,
          column: '',
          message: `Ô ${columnLetter(i)}${r.row} có dữ liệu nhưng cột không có tiêu đề / cell ${columnLetter(i)}${r.row} has data under no header`,
        });
      }
    });
    rows.push({ row: r.row, cells });
  }
  return { format, rows, problems, missingColumns: missing.length > 0 };
}

function csvTable(bytes: Buffer): RawTable {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unreadable(
      'Tệp không phải XLSX hay CSV mã UTF-8; hãy lưu lại dạng "CSV UTF-8" hoặc XLSX / the file is neither XLSX nor UTF-8 CSV: save it as "CSV UTF-8" or XLSX',
    );
  }
  if (text.includes('\u0000')) {
    throw unreadable('Tệp không phải XLSX hay CSV / the file is neither XLSX nor CSV text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    return {
      problem: {
        row: lines ?? 1,
        column: '',
        message: `CSV không đọc được (thường do dấu ngoặc kép thiếu) / the CSV cannot be read: ${(error as Error).message}`,
      },
    };
  }
  return { rows: records.map((cells, i) => ({ row: i + 1, cells })) };
}

/** Comma, or semicolon (Excel in locales whose decimal mark is a comma), judged by the header. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const outside = firstLine.replace(/"[^"]*"/g, '');
  const count = (ch: string) => outside.split(ch).length - 1;
  return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

async function xlsxTable(bytes: Buffer): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable(
      'Không đọc được tệp XLSX (hỏng hoặc có mật khẩu?) / the XLSX file cannot be read (damaged or protected?)',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('Tệp XLSX không có trang tính nào / the XLSX file has no worksheet');
  if (sheet.actualRowCount - 1 > INCIDENT_IMPORT_LIMITS.maxRows) {
    throw new DomainError(
      'payload_too_large',
      `Tệp có hơn ${INCIDENT_IMPORT_LIMITS.maxRows} dòng; hãy chia nhỏ / the file has more than ${INCIDENT_IMPORT_LIMITS.maxRows} rows: split it`,
    );
  }
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = excelValue(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    rows.push({ row: rowNumber, cells });
  });
  return { rows };
}

/** A cell of exceljs as plain data: formulas give their result, rich text and links their text. */
function excelValue(value: ExcelJS.CellValue | undefined): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('result' in value) return excelValue(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('text' in value) return typeof value.text === 'string' ? value.text : excelValue(value.text);
  return null;
}

/** One data row as the request the API would receive, before the shared schema checks it. */
export type SheetRequest = {
  row: number;
  request: Record<string, unknown>;
  /** Police unit code of don_vi_lap; the service turns it into reportingUnitId. */
  reportingUnitCode?: string;
  /** Tip tracking code of ma_tin_bao; the service turns it into tipId. */
  tipCode?: string;
  problems: IncidentImportProblem[];
};

const TYPE_LABELS: Record<IncidentType, string> = {
  crime: 'tội phạm / crime',
  traffic_accident: 'tai nạn giao thông / traffic accident',
  fire: 'cháy, nổ / fire',
  social_vice: 'tệ nạn xã hội / social vice',
};

/** The columns each type leaves empty. */
const UNUSED_COLUMNS = Object.fromEntries(
  INCIDENT_TYPES.map((t) => [
    t,
    INCIDENT_SHEET_COLUMNS.filter((c) => c.types.length > 0 && !c.types.includes(t)),
  ]),
) as Record<IncidentType, IncidentSheetColumn[]>;

export function requestFromSheetRow(sheetRow: SheetRow): SheetRequest {
  const { row, cells } = sheetRow;
  const problems: IncidentImportProblem[] = [];
  const take = <T>(column: string, read: (cell: SheetCell) => Parsed<T>): T | undefined => {
    const cell = cells[column];
    if (isBlank(cell)) return undefined;
    const parsed = read(cell);
    if ('problem' in parsed) {
      problems.push({ row, column, message: parsed.problem });
      return undefined;
    }
    return parsed.value;
  };
  const text = (column: string) => take(column, textOf) || undefined;

  const type = take('loai', incidentTypeOf);
  if (isBlank(cells.loai)) {
    problems.push({
      row,
      column: 'loai',
      message: 'bắt buộc: crime, traffic_accident, fire hoặc social_vice / required',
    });
  }
  const request: Record<string, unknown> = {
    type,
    occurredAt: take('thoi_gian_xay_ra', instantOf),
    communeCode: take('ma_xa', communeCodeOf),
    lon: take('kinh_do', decimalOf),
    lat: take('vi_do', decimalOf),
    address: text('dia_chi'),
    status: take('trang_thai', statusOf),
    cleared: take('da_lam_ro', booleanOf),
    clearedOn: take('ngay_lam_ro', dayOf),
    externalRef: text('ma_tham_chieu'),
    summary: take('tom_tat', textOf) ?? '',
  };
  const counted = (column: string) => take(column, (c) => integerOf(c)) ?? 0;
  switch (type) {
    case 'crime':
      request.article = take('dieu', (c) => integerOf(c));
      request.clause = take('khoan', (c) => integerOf(c));
      break;
    case 'traffic_accident':
      request.category = text('phan_loai')?.toLowerCase();
      request.deaths = counted('so_nguoi_chet');
      request.injuries = counted('so_nguoi_bi_thuong');
      request.vehicles = counted('so_phuong_tien');
      request.road = text('tuyen_duong');
      break;
    case 'fire':
      request.category = text('phan_loai')?.toLowerCase();
      request.deaths = counted('so_nguoi_chet');
      request.injuries = counted('so_nguoi_bi_thuong');
      request.damageVnd = take('thiet_hai_vnd', (c) => integerOf(c, { grouped: true })) ?? 0;
      request.cause = take('nguyen_nhan', fireCauseOf);
      break;
    case 'social_vice':
      request.category = text('phan_loai')?.toLowerCase();
      request.siteName = text('ten_diem');
      break;
  }
  if (type) {
    // A figure in a column the type does not use would be silently lost: say so instead.
    for (const c of UNUSED_COLUMNS[type]) {
      const cell = cells[c.key];
      if (isBlank(cell) || cell === 0 || cell === '0') continue;
      problems.push({
        row,
        column: c.key,
        message: `cột này chỉ dùng cho ${c.types.map((t) => TYPE_LABELS[t]).join(', ')}; để trống với ${TYPE_LABELS[type]} / this column is not used for this type: leave it empty`,
      });
    }
  }
  const out: SheetRequest = {
    row,
    request: Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined)),
    problems,
  };
  const reportingUnitCode = text('don_vi_lap');
  if (reportingUnitCode) out.reportingUnitCode = reportingUnitCode;
  const tipCode = take('ma_tin_bao', trackingCodeOf);
  if (tipCode) out.tipCode = tipCode;
  return out;
}
