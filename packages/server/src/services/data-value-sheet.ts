import type { DataValueInput } from '@antt/shared';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DomainError } from '../errors/domain-error.ts';
import { dayOf, isBlank, textOf, type SheetCell } from './incident-sheet-values.ts';

// The bulk file of data values (`antt import datavalues`, data/templates/README.md): XLSX (the
// first worksheet) or UTF-8 CSV, told by the content. Two layouts:
//   long  ma_don_vi,ky,ma_chi_so,gia_tri,ghi_chu — one value per row;
//   wide  ma_don_vi,ky,<element code>,<element code>… [,ghi_chu] — one unit and period per row,
//         an empty cell meaning "no value".
// Rows are numbered as the spreadsheet shows them (the header is row 1); each problem names the
// row and the column, and every value remembers where it came from.

export const DATA_VALUE_SHEET_LIMITS = { maxBytes: 50 * 1024 * 1024, maxRows: 200_000 } as const;

export const LONG_COLUMNS = ['ma_don_vi', 'ky', 'ma_chi_so', 'gia_tri', 'ghi_chu'] as const;

export type SheetProblem = { row: number; column: string; message: string };

/** A value read from the file, with the cells it came from. */
export type SheetValue = {
  row: number;
  input: DataValueInput;
  /** Column of the element code and of the value (the same column in a wide file). */
  columns: { unit: string; period: string; element: string; value: string };
};

export type DataValueSheet = {
  format: 'xlsx' | 'csv';
  layout: 'long' | 'wide';
  rows: number;
  values: SheetValue[];
  problems: SheetProblem[];
};

type RawRow = { row: number; cells: SheetCell[] };

function unreadable(message: string): DomainError {
  return new DomainError('unsupported_media_type', message);
}

export async function readDataValueSheet(bytes: Buffer): Promise<DataValueSheet> {
  if (bytes.length > DATA_VALUE_SHEET_LIMITS.maxBytes)
    throw new DomainError('payload_too_large', 'Tệp lớn hơn 50 MB / the file is larger than 50 MB');
  if (bytes.length === 0) throw unreadable('Tệp rỗng / the file is empty');
  const isXlsx = bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304;
  const raw = isXlsx ? await xlsxRows(bytes) : csvRows(bytes);
  const data = raw.filter((r) => r.row > 1 && !r.cells.every(isBlank));
  if (data.length > DATA_VALUE_SHEET_LIMITS.maxRows)
    throw new DomainError(
      'payload_too_large',
      `Tệp có ${data.length} dòng, tối đa ${DATA_VALUE_SHEET_LIMITS.maxRows}; hãy chia nhỏ / too many rows: split the file`,
    );
  const header = (raw.find((r) => r.row === 1)?.cells ?? []).map((c) =>
    String(c ?? '')
      .trim()
      .toLowerCase(),
  );
  const format = isXlsx ? 'xlsx' : 'csv';
  const problems: SheetProblem[] = [];
  for (const needed of ['ma_don_vi', 'ky']) {
    if (!header.includes(needed))
      problems.push({
        row: 1,
        column: needed,
        message: `Thiếu cột ${needed}; hàng 1 phải là hàng tiêu đề / the column ${needed} is missing: row 1 must be the header`,
      });
  }
  const layout = header.includes('ma_chi_so') || header.includes('gia_tri') ? 'long' : 'wide';
  if (layout === 'long') {
    for (const needed of ['ma_chi_so', 'gia_tri']) {
      if (!header.includes(needed))
        problems.push({
          row: 1,
          column: needed,
          message: `Thiếu cột ${needed} / the column ${needed} is missing`,
        });
    }
  }
  const known = new Set<string>(LONG_COLUMNS);
  const elementColumns: { index: number; code: string }[] = [];
  header.forEach((name, index) => {
    if (!name || (known.has(name) && header.indexOf(name) === index)) return;
    if (header.indexOf(name) !== index) {
      problems.push({ row: 1, column: name, message: `Cột ${name} có hai lần / the column appears twice` });
    } else if (layout === 'wide' && /^[a-z][a-z0-9_]{1,59}$/.test(name)) {
      elementColumns.push({ index, code: name });
    } else {
      problems.push({
        row: 1,
        column: name,
        message: `Cột "${name}" không có trong mẫu / column "${name}" is not in the template`,
      });
    }
  });
  if (layout === 'wide' && elementColumns.length === 0)
    problems.push({
      row: 1,
      column: '',
      message:
        'Không có cột chỉ số nào: dùng ma_chi_so,gia_tri hoặc một cột cho mỗi mã chỉ số / no element column: use ma_chi_so,gia_tri or one column per element code',
    });
  if (problems.length > 0) return { format, layout, rows: data.length, values: [], problems };

  const at = (r: RawRow, column: string) => r.cells[header.indexOf(column)] ?? null;
  const values: SheetValue[] = [];
  for (const r of data) {
    const problem = (column: string, message: string) => problems.push({ row: r.row, column, message });
    const unit = unitCodeOf(at(r, 'ma_don_vi'));
    if ('problem' in unit) problem('ma_don_vi', unit.problem);
    const period = periodCodeOf(at(r, 'ky'));
    if ('problem' in period) problem('ky', period.problem);
    const note = isBlank(at(r, 'ghi_chu')) ? undefined : textOf(at(r, 'ghi_chu'));
    if (note && 'problem' in note) problem('ghi_chu', note.problem);
    const comment = note && 'value' in note ? note.value.slice(0, 1000) : undefined;
    const cellsOfRow =
      layout === 'long'
        ? [
            {
              element: at(r, 'ma_chi_so'),
              elementColumn: 'ma_chi_so',
              cell: at(r, 'gia_tri'),
              valueColumn: 'gia_tri',
            },
          ]
        : elementColumns
            .filter((c) => !isBlank(r.cells[c.index] ?? null))
            .map((c) => ({
              element: c.code,
              elementColumn: c.code,
              cell: r.cells[c.index]!,
              valueColumn: c.code,
            }));
    for (const c of cellsOfRow) {
      const element = String(c.element ?? '').trim();
      if (!/^[a-z][a-z0-9_]{1,59}$/.test(element)) {
        problem(c.elementColumn, `mã chỉ số không hợp lệ / not an element code: "${element}"`);
        continue;
      }
      const value = numberOf(c.cell);
      if ('problem' in value) {
        problem(c.valueColumn, value.problem);
        continue;
      }
      if ('problem' in unit || 'problem' in period) continue;
      values.push({
        row: r.row,
        input: {
          element,
          unit: unit.value,
          period: period.value,
          value: value.value,
          ...(comment ? { comment } : {}),
        },
        columns: { unit: 'ma_don_vi', period: 'ky', element: c.elementColumn, value: c.valueColumn },
      });
    }
  }
  return { format, layout, rows: data.length, values, problems };
}

type Parsed<T> = { value: T } | { problem: string };

/** A unit code; a number cell lost its leading zeros (province "01", commune "00004"). */
function unitCodeOf(cell: SheetCell): Parsed<string> {
  if (isBlank(cell)) return { problem: 'bắt buộc: mã đơn vị hành chính / required: the unit code' };
  let text = String(cell).trim();
  if (typeof cell === 'number') text = text.padStart(cell < 100 ? 2 : 5, '0');
  if (!/^\d{2,5}$/.test(text))
    return { problem: `mã đơn vị có 2 (tỉnh), 3 (huyện) hoặc 5 (xã) chữ số / not a unit code: "${text}"` };
  return { value: text };
}

/** A period: a day (2026-03-01, 01/03/2026 or a date cell), an ISO week (2026-W10) or a month (2026-03). */
function periodCodeOf(cell: SheetCell): Parsed<string> {
  if (isBlank(cell)) return { problem: 'bắt buộc: kỳ báo cáo, ví dụ 2026-03-01 / required: the period' };
  if (typeof cell === 'string' && /^\d{4}-(W\d{2}|\d{2})$/.test(cell.trim())) return { value: cell.trim() };
  const day = dayOf(cell);
  if ('problem' in day)
    return {
      problem: `kỳ không hợp lệ (ngày 2026-03-01 hoặc 01/03/2026, tuần 2026-W10, tháng 2026-03) / not a period: "${String(cell)}"`,
    };
  return day;
}

/**
 * A figure: a number cell, or text as people write it — "1234", "1.234" (Vietnamese thousands),
 * "12,5" (Vietnamese decimal comma) or "12.5".
 */
export function numberOf(cell: SheetCell): Parsed<number> {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { value: cell } : { problem: 'không phải số / not a number' };
  if (isBlank(cell)) return { problem: 'bắt buộc: giá trị / required: the value' };
  const text = String(cell).trim().replace(/\s/g, '');
  let normalised: string | null = null;
  if (/^[+-]?\d+$/.test(text)) normalised = text;
  else if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text))
    normalised = text.replaceAll('.', '').replace(',', '.');
  else if (/^[+-]?\d+,\d+$/.test(text)) normalised = text.replace(',', '.');
  else if (/^[+-]?\d+\.\d+$/.test(text)) normalised = text;
  if (normalised === null) return { problem: `không phải số / not a number: "${String(cell).trim()}"` };
  return { value: Number(normalised) };
}

function csvRows(bytes: Buffer): RawRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unreadable('Tệp không phải XLSX hay CSV mã UTF-8 / the file is neither XLSX nor UTF-8 CSV');
  }
  if (text.includes('\u0000'))
    throw unreadable('Tệp không phải XLSX hay CSV / the file is neither XLSX nor CSV');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  try {
    const records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
    return records.map((cells, i) => ({ row: i + 1, cells }));
  } catch (error) {
    throw unreadable(`CSV không đọc được / the CSV cannot be read: ${(error as Error).message}`);
  }
}

async function xlsxRows(bytes: Buffer): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable('Không đọc được tệp XLSX / the XLSX file cannot be read');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('Tệp XLSX không có trang tính nào / the XLSX file has no worksheet');
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plain(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/** A cell of exceljs as plain data: formulas give their result, rich text its text. */
function plain(value: ExcelJS.CellValue | undefined): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : plain(value.text);
  return null;
}
