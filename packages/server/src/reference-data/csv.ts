import { parse } from 'csv-parse/sync';
import fs from 'node:fs';

// The shipped reference data is plain CSV (RFC 4180, UTF-8, header row) so anyone can read and
// diff it without the product.

export type CsvRecord = Record<string, string>;

/** Reads a CSV file with a header row into records keyed by column name. */
export function readCsvFile(file: string): CsvRecord[] {
  return parseCsv(fs.readFileSync(file, 'utf8'));
}

export function parseCsv(text: string): CsvRecord[] {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: false }) as CsvRecord[];
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes records as CSV with the columns in the given order and a final newline. */
export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, string | number | null>[],
): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(String(row[c] ?? ''))).join(','));
  return `${lines.join('\n')}\n`;
}
