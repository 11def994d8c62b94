import type { ReportDocument, ReportTable } from '@antt/shared';
import ExcelJS from 'exceljs';

// The XLSX appendix of a report (shared/DESIGN.md section 5.6): every table of the document on a
// sheet of its own, under its caption and above its note. A cell printed as a Vietnamese number
// ("1.234", "81,2 %", "−4,7 %") goes in as that number, so the sheet can be summed and charted.

const SHEET_NAME_MAX = 31;

/** "1.234" → 1234, "81,2 %" → 81.2, "−4,7 %" → −4.7; null for any other text. */
export function vietnameseNumberValue(
  text: string,
): { value: number; percent: boolean; decimals: number } | null {
  const match = /^([+−-]?)(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?(\u00a0?%)?$/u.exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction, percent] = match;
  const magnitude = Number(`${whole!.replaceAll('.', '')}.${fraction ?? '0'}`);
  return {
    value: sign === '−' || sign === '-' ? -magnitude : magnitude,
    percent: percent !== undefined,
    decimals: fraction?.length ?? 0,
  };
}

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters; names must differ. */
function sheetName(table: ReportTable, index: number, taken: Set<string>): string {
  const caption = (table.caption ?? `Bảng ${index + 1}`).replace(/[[\]:*?/\\]/gu, ' ').replace(/\s+/gu, ' ');
  let name = caption.slice(0, SHEET_NAME_MAX).trim();
  for (let n = 2; taken.has(name.toLocaleLowerCase('vi-VN')); n += 1) {
    const suffix = ` (${n})`;
    name = `${caption.slice(0, SHEET_NAME_MAX - suffix.length).trim()}${suffix}`;
  }
  taken.add(name.toLocaleLowerCase('vi-VN'));
  return name;
}

export async function renderReportXlsx(report: ReportDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ANTT';
  const tables = report.body.filter((b): b is ReportTable => b.kind === 'table');
  const taken = new Set<string>();
  tables.forEach((table, index) => {
    const sheet = book.addWorksheet(sheetName(table, index, taken));
    if (table.caption) sheet.addRow([table.caption]).font = { bold: true };
    sheet.addRow(table.columns.map((c) => c.label)).font = { bold: true };
    for (const cells of table.rows) {
      const row = sheet.addRow(cells.map((text) => vietnameseNumberValue(text)?.value ?? text));
      cells.forEach((text, i) => {
        const number = vietnameseNumberValue(text);
        if (!number) return;
        const digits = number.decimals > 0 ? `.${'0'.repeat(number.decimals)}` : '';
        row.getCell(i + 1).numFmt = `#,##0${digits}${number.percent ? '" %"' : ''}`;
        row.getCell(i + 1).alignment = { horizontal: 'right' };
      });
    }
    if (table.note) sheet.addRow([table.note]).font = { italic: true };
    sheet.columns.forEach((c, i) => (c.width = i === 0 ? 48 : 18));
  });
  if (tables.length === 0) book.addWorksheet('Bảng').addRow(['Báo cáo không có bảng số liệu.']);
  return Buffer.from(await book.xlsx.writeBuffer());
}
