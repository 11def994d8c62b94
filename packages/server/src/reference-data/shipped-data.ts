import { dayFromIso, isValidIsoDay, type DayNumber } from '@antt/shared';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.ts';
import type { AdminUnitLevel } from '../db/tables/admin-unit.ts';
import { validationError, type FieldProblem } from '../errors/domain-error.ts';
import { readCsvFile, type CsvRecord } from './csv.ts';

// The layout of the reference data the product ships in data/ (see data/SOURCES.md), shared by
// the converter that writes it (convert-vn-data.ts) and the import that loads it
// (services/unit-import.service.ts), so the two cannot drift apart.
//
//   data/units/units_*.csv         one row per unit version
//   data/units/successions_*.csv   links between versions, each end named by (code, valid_from)
//   data/units/populations_*.csv   population of a unit at a reference date
//   data/geo/boundaries.json       which GeoJSON files to load, for which level and date
//   data/geo/*.geojson             the polygons

export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, 'data');

export const UNIT_COLUMNS = [
  'code',
  'name',
  'type',
  'level',
  'parent_code',
  'province_code',
  'valid_from',
  'valid_to',
] as const;
export const SUCCESSION_COLUMNS = [
  'from_code',
  'from_valid_from',
  'to_code',
  'to_valid_from',
  'effective_date',
  'weight',
  'source',
] as const;
export const POPULATION_COLUMNS = [
  'code',
  'name',
  'district_code',
  'reference_date',
  'population',
  'population_urban',
  'population_rural',
  'source',
] as const;
export const BOUNDARY_MANIFEST = 'geo/boundaries.json';

export type UnitRecord = {
  code: string;
  name: string;
  type: string;
  level: AdminUnitLevel;
  parentCode: string | null;
  provinceCode: string;
  validFrom: DayNumber;
  validTo: DayNumber | null;
  /** "units/units_2025.csv:12", for error messages. */
  origin: string;
};

export type SuccessionRecord = {
  fromCode: string;
  fromValidFrom: DayNumber;
  toCode: string;
  toValidFrom: DayNumber;
  effectiveDate: DayNumber;
  weight: number;
  source: string;
  origin: string;
};

export type PopulationRecord = {
  /** Null when the unit is not in the shipped lists (it is then skipped, with a note). */
  code: string | null;
  name: string;
  referenceDay: DayNumber;
  population: number;
  source: string;
  origin: string;
};

export type BoundaryFileEntry = {
  file: string;
  level: 'district' | 'commune';
  /** ISO day on which each feature's code is resolved to a unit version. */
  validFrom: string;
  codeProperty: string;
  /** Property naming the feature's province, so an import restricted to some provinces can skip the rest. */
  provinceProperty: string;
  approximate: boolean;
  source: string;
};

export type ShippedData = {
  dir: string;
  units: UnitRecord[];
  successions: SuccessionRecord[];
  populations: PopulationRecord[];
  boundaryFiles: BoundaryFileEntry[];
};

const LEVELS: readonly AdminUnitLevel[] = ['province', 'district', 'commune'];
const CODE = /^\d{2,5}$/;

/** Reads one CSV and checks its header; each row is handed over with its "file:line" origin. */
function readTable(
  dir: string,
  relative: string,
  columns: readonly string[],
): { row: CsvRecord; origin: string }[] {
  const file = path.join(dir, relative);
  const rows = readCsvFile(file);
  const header = rows[0] ? Object.keys(rows[0]) : columns;
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) {
    throw validationError(
      missing.map((c) => ({ path: `${relative}.${c}`, message: 'missing column' })),
      `Tệp ${relative} thiếu cột: ${missing.join(', ')} / ${relative} lacks column(s) ${missing.join(', ')}`,
    );
  }
  // Line 1 is the header.
  return rows.map((row, i) => ({ row, origin: `${relative}:${i + 2}` }));
}

class RowChecker {
  readonly problems: FieldProblem[] = [];
  constructor(private readonly origin: string) {}

  private fail(column: string, message: string): void {
    this.problems.push({ path: `${this.origin}.${column}`, message });
  }
  code(row: CsvRecord, column: string, optional = false): string | null {
    const v = (row[column] ?? '').trim();
    if (!v && optional) return null;
    if (!CODE.test(v)) this.fail(column, `not a unit code (2 to 5 digits): "${v}"`);
    return v;
  }
  day(row: CsvRecord, column: string, optional = false): DayNumber | null {
    const v = (row[column] ?? '').trim();
    if (!v && optional) return null;
    if (!isValidIsoDay(v)) {
      this.fail(column, `not a calendar day (YYYY-MM-DD): "${v}"`);
      return 0;
    }
    return dayFromIso(v);
  }
  text(row: CsvRecord, column: string): string {
    const v = (row[column] ?? '').trim();
    if (!v) this.fail(column, 'empty');
    return v;
  }
  number(row: CsvRecord, column: string, check: (n: number) => boolean, what: string): number {
    const v = Number((row[column] ?? '').trim());
    if (!Number.isFinite(v) || !check(v)) this.fail(column, `${what}: "${row[column]}"`);
    return v;
  }
  level(row: CsvRecord): AdminUnitLevel {
    const v = (row.level ?? '').trim() as AdminUnitLevel;
    if (!LEVELS.includes(v)) this.fail('level', `must be one of ${LEVELS.join(', ')}: "${v}"`);
    return v;
  }
}

function listFiles(dir: string, sub: string, pattern: RegExp): string[] {
  const folder = path.join(dir, sub);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => `${sub}/${f}`);
}

/**
 * Reads and checks every shipped reference file under `dir`. Refuses (validation_failed, with
 * the file, line and column of each problem) rather than loading a half-understood file.
 */
export function readShippedData(dir: string = DEFAULT_DATA_DIR): ShippedData {
  if (!fs.existsSync(path.join(dir, 'units'))) {
    throw validationError(
      [{ path: 'dir', message: `no units/ folder in ${dir}` }],
      `Không tìm thấy thư mục dữ liệu ${dir}/units / no units/ folder in ${dir}`,
    );
  }
  const problems: FieldProblem[] = [];
  const units: UnitRecord[] = [];
  for (const relative of listFiles(dir, 'units', /^units_.*\.csv$/)) {
    for (const { row, origin } of readTable(dir, relative, UNIT_COLUMNS)) {
      const c = new RowChecker(origin);
      units.push({
        code: c.code(row, 'code')!,
        name: c.text(row, 'name'),
        type: c.text(row, 'type'),
        level: c.level(row),
        parentCode: c.code(row, 'parent_code', true),
        provinceCode: c.code(row, 'province_code')!,
        validFrom: c.day(row, 'valid_from')!,
        validTo: c.day(row, 'valid_to', true),
        origin,
      });
      problems.push(...c.problems);
    }
  }
  const successions: SuccessionRecord[] = [];
  for (const relative of listFiles(dir, 'units', /^successions.*\.csv$/)) {
    for (const { row, origin } of readTable(dir, relative, SUCCESSION_COLUMNS)) {
      const c = new RowChecker(origin);
      successions.push({
        fromCode: c.code(row, 'from_code')!,
        fromValidFrom: c.day(row, 'from_valid_from')!,
        toCode: c.code(row, 'to_code')!,
        toValidFrom: c.day(row, 'to_valid_from')!,
        effectiveDate: c.day(row, 'effective_date')!,
        weight: c.number(row, 'weight', (n) => n > 0 && n <= 1, 'weight must be in (0, 1]'),
        source: c.text(row, 'source'),
        origin,
      });
      problems.push(...c.problems);
    }
  }
  const populations: PopulationRecord[] = [];
  for (const relative of listFiles(dir, 'units', /^populations.*\.csv$/)) {
    for (const { row, origin } of readTable(dir, relative, POPULATION_COLUMNS)) {
      const c = new RowChecker(origin);
      populations.push({
        code: c.code(row, 'code', true),
        name: c.text(row, 'name'),
        referenceDay: c.day(row, 'reference_date')!,
        population: c.number(
          row,
          'population',
          (n) => Number.isInteger(n) && n >= 0,
          'population must be a whole number',
        ),
        source: c.text(row, 'source'),
        origin,
      });
      problems.push(...c.problems);
    }
  }
  if (problems.length) {
    throw validationError(
      problems.slice(0, 50),
      `Dữ liệu đơn vị hành chính có ${problems.length} lỗi, không nạp gì / ${problems.length} problem(s) in the unit files; nothing loaded`,
    );
  }
  return { dir, units, successions, populations, boundaryFiles: readBoundaryManifest(dir) };
}

function readBoundaryManifest(dir: string): BoundaryFileEntry[] {
  const file = path.join(dir, BOUNDARY_MANIFEST);
  if (!fs.existsSync(file)) return [];
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as BoundaryFileEntry[];
  const problems: FieldProblem[] = [];
  entries.forEach((e, i) => {
    const at = `${BOUNDARY_MANIFEST}[${i}]`;
    if (!fs.existsSync(path.join(dir, 'geo', e.file)))
      problems.push({ path: `${at}.file`, message: `no such file geo/${e.file}` });
    if (e.level !== 'district' && e.level !== 'commune')
      problems.push({ path: `${at}.level`, message: 'district or commune' });
    if (!isValidIsoDay(e.validFrom))
      problems.push({ path: `${at}.validFrom`, message: 'not a calendar day' });
    if (!e.codeProperty || !e.provinceProperty || !e.source)
      problems.push({ path: at, message: 'codeProperty, provinceProperty and source are required' });
  });
  if (problems.length) throw validationError(problems, `${BOUNDARY_MANIFEST} không hợp lệ / is invalid`);
  return entries;
}

/** Reads a shipped GeoJSON file named in the manifest. */
export function readBoundaryFile(dir: string, entry: BoundaryFileEntry): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, 'geo', entry.file), 'utf8'));
}
