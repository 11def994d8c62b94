import { officialHolidayYearSchema, type OfficialHolidayYear } from '@antt/shared';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_DATA_DIR } from './shipped-data.ts';

// The official holiday decisions the product ships (data/holidays/vn-YYYY.json, see
// data/holidays/SOURCES.md), read and checked against the shared schema. A malformed file is
// a packaging error: it stops the process with the file's name rather than silently shifting
// deadlines.

export const HOLIDAY_DATA_DIR = path.join(DEFAULT_DATA_DIR, 'holidays');
const FILE_NAME = /^vn-(\d{4})\.json$/;

export function readOfficialHolidays(dir: string = HOLIDAY_DATA_DIR): OfficialHolidayYear[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => FILE_NAME.test(name))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const parsed = officialHolidayYearSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      if (!parsed.success) {
        throw new Error(
          `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      if (String(parsed.data.year) !== FILE_NAME.exec(name)![1]) {
        throw new Error(`${file}: holds year ${parsed.data.year}, not the year in its name`);
      }
      return parsed.data;
    });
}
