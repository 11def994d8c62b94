import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

// Turns the Chicago aggravated-assault events (shared/data/forecast/chicago, one row per event:
// date,loc_cat,longitude,latitude,district) into the weekly counts `antt forecast counts` reads:
// series = police district, period = the Monday that starts the week, count = events that week.
// Weeks without an event get a 0, so every district runs without gaps over the same whole weeks.
// `--until YYYY-MM-DD` keeps only weeks that end before that day (a forecast origin): nothing
// dated at or after it reaches the file.
//
//   npx tsx bench/forecast/chicago-weekly-counts.ts --out var/chicago-weeks.csv --until 2019-01-07
//   npx antt forecast counts --input var/chicago-weeks.csv --horizon 4 --out var/chicago-forecast.csv

const DAY_MS = 86_400_000;
export const CHICAGO_EVENTS = path.resolve(
  import.meta.dirname,
  '../../../shared/data/forecast/chicago/chicago_aggravated_assaults_2010-2019.csv',
);

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Day 0 (1970-01-01) was a Thursday; Monday-start weeks. */
const mondayOf = (day: number) => day - ((day + 3) % 7);

export function weeklyDistrictCounts(csvText: string, until?: string): string {
  const lines = csvText.trimEnd().split(/\r?\n/);
  const header = lines[0]!.split(',');
  const dateAt = header.indexOf('date');
  const districtAt = header.indexOf('district');
  if (dateAt < 0 || districtAt < 0) throw new Error(`unexpected header: ${lines[0]}`);
  // A week is kept only when it ends before the origin.
  const lastWeek = until === undefined ? Infinity : mondayOf(dayOf(until)) - 7;
  const counts = new Map<string, Map<number, number>>();
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const line of lines.slice(1)) {
    const fields = line.split(',');
    const district = fields[districtAt]?.trim();
    const date = fields[dateAt]?.slice(0, 10);
    if (!district || !date) continue;
    const day = dayOf(date);
    if (Number.isNaN(day)) continue;
    // The data's own span, origin aside, tells which weeks are whole.
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
    const week = mondayOf(day);
    if (week > lastWeek) continue;
    const byWeek = counts.get(district) ?? new Map<number, number>();
    byWeek.set(week, (byWeek.get(week) ?? 0) + 1);
    counts.set(district, byWeek);
  }
  // Only whole weeks: a week cut by the start or end of the data would look like a drop.
  const first = mondayOf(firstDay + 6);
  const last = Math.min(lastWeek, mondayOf(lastDay + 1) - 7);
  const rows = ['series,period,count'];
  const districts = [...counts.keys()].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  for (const district of districts) {
    const byWeek = counts.get(district)!;
    for (let week = first; week <= last; week += 7) {
      rows.push(`${district},${isoOf(week)},${byWeek.get(week) ?? 0}`);
    }
  }
  return `${rows.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: CHICAGO_EVENTS },
      out: { type: 'string' },
      until: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('--out FILE.csv is required');
  fs.writeFileSync(values.out, weeklyDistrictCounts(fs.readFileSync(values.events, 'utf8'), values.until));
}
