import fs from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  addDays,
  dayFromIso,
  INCIDENT_SHEET_COLUMNS,
  isoFromDay,
  VN_UTC_OFFSET_MINUTES,
  vnDayOf,
  type DayNumber,
} from '@antt/shared';
import cliProgress from 'cli-progress';
import type { ClauseLookup, SyntheticIncident } from '../../packages/server/src/seed/synthetic-incidents.ts';
import { syntheticIncidents } from '../../packages/server/src/seed/synthetic-incidents.ts';
import type { SyntheticPlace } from '../../packages/server/src/seed/synthetic-places.ts';
import { DEMO_PROVINCE_SCOPE, shippedClauseLookup, shippedPlaces } from './shipped-places.ts';

// An incident import file for benchmarks: the spreadsheet layout of the register
// (INCIDENT_SHEET_COLUMNS) as UTF-8 CSV, drawn from the same calibrated model as the demo's
// incidents, scaled to the number of rows asked for, streamed to disk. Every row is one the
// import accepts on a demo database: a commune code valid on the row's day, a clause of the
// catalogue, a day in the past, a unique reference. The places are a parameter (the demo
// province by default), so the same generator can write a national file.
//
//   npx tsx bench/incidents/generate-incident-file.ts --rows 100000 --seed 7 --out /tmp/incidents-100k.csv

export type IncidentFileOptions = {
  rows: number;
  seed: number;
  out: string;
  places: readonly SyntheticPlace[];
  clauseOf: ClauseLookup;
  /** First and last day of occurrence (inclusive); the last must lie before `today`. */
  from: DayNumber;
  to: DayNumber;
  today: DayNumber;
  /** Share of rows with a map point inside their commune (default 0.5, like the demo). */
  coordinateShare?: number;
  /** Called every `progressEvery` rows with the rows written so far. */
  onProgress?: (written: number) => void;
  progressEvery?: number;
};

export type IncidentFileReport = { rows: number; bytes: number; ms: number };

const KEYS = INCIDENT_SHEET_COLUMNS.map((c) => c.key);
/** The byte-order mark makes Excel open the file as UTF-8, as the export does. */
const UTF8_BOM = '\ufeff';

export const DEFAULT_FIRST_DAY = dayFromIso('2022-01-01');

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** "2026-03-01 21:30": the wall-clock time in Vietnam, as units type it. */
export function vnWallClock(instant: Date): string {
  const t = new Date(instant.getTime() + VN_UTC_OFFSET_MINUTES * 60_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${isoFromDay(vnDayOf(instant))} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

/** One incident as the cells of a sheet row; the columns its type does not use stay empty. */
export function sheetRecord(
  i: SyntheticIncident,
  externalRef: string,
): Record<string, string | number | null> {
  const record: Record<string, string | number | null> = {
    ma_tham_chieu: externalRef,
    loai: i.type,
    thoi_gian_xay_ra: vnWallClock(i.occurredAt),
    ma_xa: i.place.code,
    dia_chi: i.address,
    kinh_do: i.lon,
    vi_do: i.lat,
    trang_thai: i.status,
    da_lam_ro: i.clearedDay === null ? 'không' : 'có',
    ngay_lam_ro: i.clearedDay === null ? null : isoFromDay(i.clearedDay),
    tom_tat: i.summary,
  };
  if (i.type === 'crime') {
    record.dieu = i.article;
    record.khoan = i.clause;
  } else {
    record.phan_loai = i.category;
  }
  if (i.type === 'traffic_accident' || i.type === 'fire') {
    record.so_nguoi_chet = i.deaths;
    record.so_nguoi_bi_thuong = i.injuries;
  }
  if (i.type === 'traffic_accident') {
    record.so_phuong_tien = i.vehicles;
    record.tuyen_duong = i.road;
  }
  if (i.type === 'fire') {
    record.thiet_hai_vnd = i.damageVnd;
    record.nguyen_nhan = i.fireCause;
  }
  if (i.type === 'social_vice') record.ten_diem = i.siteName;
  return record;
}

/** Writes the file, respecting the stream's back-pressure so memory stays flat at any size. */
export async function writeIncidentFile(options: IncidentFileOptions): Promise<IncidentFileReport> {
  if (options.to >= options.today) throw new Error('the last day must lie before today');
  const started = Date.now();
  const out = fs.createWriteStream(options.out, { encoding: 'utf8' });
  const every = options.progressEvery ?? 1000;
  const width = String(options.rows).length;
  let written = 0;
  let chunk = UTF8_BOM + KEYS.join(',') + '\n';
  const flush = async () => {
    if (!out.write(chunk)) await once(out, 'drain');
    chunk = '';
  };
  try {
    for (const incident of syntheticIncidents({
      places: options.places,
      from: options.from,
      to: options.to,
      today: options.today,
      seed: options.seed,
      clauseOf: options.clauseOf,
      count: options.rows,
      coordinateShare: options.coordinateShare ?? 0.5,
    })) {
      written += 1;
      const record = sheetRecord(incident, `B${options.seed}-${String(written).padStart(width, '0')}`);
      chunk += KEYS.map((k) => csvCell(record[k] ?? null)).join(',') + '\n';
      if (written % every === 0) {
        await flush();
        options.onProgress?.(written);
      }
    }
    await flush();
    options.onProgress?.(written);
  } finally {
    out.end();
    await once(out, 'finish');
  }
  return { rows: written, bytes: out.bytesWritten, ms: Date.now() - started };
}

/** The demo province's file: 2022-01-01 to yesterday, places and catalogue from data/. */
export async function writeDemoProvinceFile(
  options: Pick<IncidentFileOptions, 'rows' | 'seed' | 'out' | 'onProgress' | 'coordinateShare'> & {
    today?: DayNumber;
  },
): Promise<IncidentFileReport> {
  const today = options.today ?? vnDayOf(new Date());
  return writeIncidentFile({
    ...options,
    places: shippedPlaces(DEMO_PROVINCE_SCOPE),
    clauseOf: shippedClauseLookup(),
    from: DEFAULT_FIRST_DAY,
    to: addDays(today, -1),
    today,
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '7' },
      out: { type: 'string' },
      coordinates: { type: 'string', default: '0.5' },
    },
  });
  const rows = Number(values.rows);
  const seed = Number(values.seed);
  const coordinateShare = Number(values.coordinates);
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(seed) || !values.out) {
    process.stderr.write(
      'usage: generate-incident-file.ts --rows N --seed S --out FILE.csv [--coordinates 0.5]\n',
    );
    process.exit(2);
  }
  const bar = new cliProgress.SingleBar(
    { format: 'rows {bar} {percentage}% | {value}/{total} | {eta}s left', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(rows, 0);
  const report = await writeDemoProvinceFile({
    rows,
    seed,
    out: values.out,
    coordinateShare,
    onProgress: (n) => bar.update(n),
  });
  bar.stop();
  process.stderr.write(
    `${report.rows} rows, ${(report.bytes / 1024 / 1024).toFixed(1)} MB in ${(report.ms / 1000).toFixed(1)} s → ${values.out}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
