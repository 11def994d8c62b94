import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, readShippedData } from './shipped-data.ts';
import { convertVnData, DEFAULT_SOURCE_DIR, newProvinceNameAndType } from './convert-vn-data.ts';

// data/ is committed output of the converter: it must be exactly what the converter makes from
// the collected sources, so nobody edits a shipped file by hand without the tool knowing.

describe('shipped reference data', () => {
  it.skipIf(!fs.existsSync(DEFAULT_SOURCE_DIR))('is what convert-vn-data makes from shared/data/vn', () => {
    const files = convertVnData(DEFAULT_SOURCE_DIR);
    for (const [relative, content] of files) {
      expect(fs.readFileSync(path.join(DEFAULT_DATA_DIR, relative), 'utf8'), relative).toBe(content);
    }
  });

  it('reads back whole: every unit file, succession, population and boundary file listed', () => {
    const data = readShippedData();
    expect(data.units).toHaveLength(63 + 696 + 10_047 + 34 + 3_321);
    expect(data.successions).toHaveLength(269);
    expect(data.populations).toHaveLength(109);
    expect(data.boundaryFiles.map((f) => f.file)).toContain('communes_2025_cantho_approx.geojson');
    // Every old commune of 92/93/94 passes on exactly its whole weight.
    const out = new Map<string, number>();
    for (const s of data.successions) out.set(s.fromCode, (out.get(s.fromCode) ?? 0) + s.weight);
    for (const [code, total] of out) expect(total, code).toBeCloseTo(1, 6);
  });

  it('names the new provinces as the GSO list does', () => {
    expect(newProvinceNameAndType('Cao Bằng')).toEqual({ name: 'Tỉnh Cao Bằng', type: 'Tỉnh' });
    expect(newProvinceNameAndType('Thành phố Cần Thơ')).toEqual({
      name: 'Thành phố Cần Thơ',
      type: 'Thành phố Trung ương',
    });
  });
});
