import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-db.ts';
import { loadConfig, REPO_ROOT } from '../config.ts';
import { DomainError } from '../errors/domain-error.ts';
import { ManualClock } from '../lib/clock.ts';
import { createServices, type Services } from './index.ts';
import { importShippedUnits } from './unit-import.service.ts';

// The shipped units of Cần Thơ, Hậu Giang and Sóc Trăng (before and after 1 July 2025), loaded
// by the real import, read back through AdminUnitService.

type LabelledFeature = { properties: Record<string, unknown> };

function labelPoint(file: string, codeProperty: string, code: string): [number, number] {
  const geojson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'data/geo', file), 'utf8')) as {
    features: LabelledFeature[];
  };
  const feature = geojson.features.find(
    (f) =>
      f.properties[codeProperty] === code && f.properties.match !== 'merged_before_2025_neighbour_inferred',
  );
  if (!feature) throw new Error(`no feature ${code} in ${file}`);
  return [feature.properties.label_lon as number, feature.properties.label_lat as number];
}

async function domainError(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describeEachDialect('administrative units over time', (ctx) => {
  let services: Services;

  beforeAll(async () => {
    const config = loadConfig({}, { database: ctx().config, logLevel: 'silent' });
    services = createServices(ctx(), new ManualClock(), config);
    await importShippedUnits(services, { provinces: ['92', '93', '94'] });
  });

  it('resolves the reused code 31507 by date: Phường 6 until 2025-06-30, Phường Sóc Trăng from 2025-07-01', async () => {
    const before = await services.adminUnits.unitAt('31507', 20250630);
    const after = await services.adminUnits.unitAt('31507', 20250701);
    expect(before).toMatchObject({
      name: 'Phường 6',
      parentCode: '941',
      provinceCode: '94',
      validFrom: 20080101,
      validTo: 20250630,
    });
    expect(after).toMatchObject({
      name: 'Phường Sóc Trăng',
      parentCode: '92',
      provinceCode: '92',
      validFrom: 20250701,
      validTo: null,
    });
    expect(after.id).not.toBe(before.id);
    expect(await services.adminUnits.getById(before.id)).toEqual(before);
  });

  it('refuses a code that never existed, and one that did not exist on the date, saying when it did', async () => {
    const unknown = await domainError(services.adminUnits.unitAt('99999', 20250701));
    expect(unknown.code).toBe('unit_code_unknown');
    const gone = await domainError(services.adminUnits.unitAt('31498', 20250701));
    expect(gone.code).toBe('unit_not_valid_on_date');
    expect(gone.message).toContain('2008-01-01');
    expect(gone.message).toContain('2025-06-30');
    expect(gone.message).toContain('Phường 5');
    const province94 = await domainError(services.adminUnits.childrenAt('94', 20250701));
    expect(province94.code).toBe('unit_not_valid_on_date');
    const notADay = await domainError(services.adminUnits.unitAt('92', 20250230));
    expect(notADay.code).toBe('validation_failed');
  });

  it('lists 103 communes under Cần Thơ after the reform and the 11 districts of Sóc Trăng before it', async () => {
    const communes = await services.adminUnits.childrenAt('92', 20250701);
    expect(communes).toHaveLength(103);
    expect(communes.every((c) => c.level === 'commune' && c.validFrom === 20250701)).toBe(true);
    const districts = await services.adminUnits.childrenAt('94', 20240101);
    expect(districts.map((d) => d.code)).toEqual([
      '941',
      '942',
      '943',
      '944',
      '945',
      '946',
      '947',
      '948',
      '949',
      '950',
      '951',
    ]);
    expect((await services.adminUnits.childrenAt('941', 20240101)).map((c) => c.name)).toContain('Phường 5');
  });

  it('maps Phường 5 of 2024 onto Phường Sóc Trăng with weight 1', async () => {
    const mapping = await services.adminUnits.mapUnit('31498', 20240601, 20250701);
    expect(mapping.targets.map((t) => [t.unit.code, t.unit.name, t.weight])).toEqual([
      ['31507', 'Phường Sóc Trăng', 1],
    ]);
    expect(mapping.unmappedWeight).toBe(0);
  });

  it('maps province 94 to the new Cần Thơ, and a district (level abolished) through its province', async () => {
    const province = await services.adminUnits.mapUnit('94', 20240101, 20250701);
    expect(province.targets.map((t) => [t.unit.code, t.unit.validFrom, t.weight])).toEqual([
      ['92', 20250701, 1],
    ]);
    const district = await services.adminUnits.mapUnit('941', 20240101, 20260101);
    expect(district.targets.map((t) => [t.unit.code, t.unit.level, t.weight])).toEqual([
      ['92', 'province', 1],
    ]);
  });

  it('keeps a unit that did not change, and splits a divided ward into equal parts', async () => {
    const same = await services.adminUnits.mapUnit('31507', 20250701, 20260301);
    expect(same.targets.map((t) => [t.unit.name, t.weight])).toEqual([['Phường Sóc Trăng', 1]]);
    // NQ 1668 art. 1 items 2 and 6: Phường Bùi Hữu Nghĩa went partly to Cái Khế, the rest to Bình Thủy.
    const split = await services.adminUnits.mapUnit('31178', 20240101, 20250701);
    expect(split.targets.map((t) => [t.unit.code, t.weight])).toEqual([
      ['31120', 0.5],
      ['31168', 0.5],
    ]);
  });

  it('maps backwards by 2019 population share, the shares adding up to 1', async () => {
    const mapping = await services.adminUnits.mapUnit('31507', 20250701, 20240101);
    const shares = Object.fromEntries(mapping.targets.map((t) => [t.unit.name, t.weight]));
    expect(Object.keys(shares).sort()).toEqual(['Phường 5', 'Phường 6', 'Phường 7', 'Phường 8']);
    // 2019 census: Phường 5 16,273; Phường 6 12,422; Phường 7 9,796; Phường 8 12,664.
    expect(shares['Phường 5']).toBeCloseTo(16_273 / 51_155, 9);
    expect(mapping.targets.reduce((sum, t) => sum + t.weight, 0)).toBeCloseTo(1, 9);
    const city = await services.adminUnits.mapUnit('92', 20250701, 20240101);
    expect(city.targets.map((t) => t.unit.code).sort()).toEqual(['92', '93', '94']);
  });

  it('finds units for pickers by date, level, parent and name', async () => {
    const found = await services.adminUnits.search({
      date: 20250701,
      level: 'commune',
      provinceCode: '92',
      q: 'Sóc Trăng',
      limit: 10,
    });
    expect(found.map((u) => u.code)).toEqual(['31507']);
    const old = await services.adminUnits.search({ date: 20240101, parentCode: '941', limit: 50 });
    expect(old.some((u) => u.name === 'Phường 5')).toBe(true);
    expect(old.every((u) => u.parentCode === '941')).toBe(true);
  });

  it('finds the commune at a label point before and after the reform', async () => {
    const [lon, lat] = labelPoint('communes_pre2025_92_93_94.geojson', 'commune_code_pre2025', '31498');
    const before = await services.adminUnits.communeAtPoint(lon, lat, 20240601);
    expect(before).toMatchObject({ code: '31498', name: 'Phường 5', approximateBoundary: true });
    const after = await services.adminUnits.communeAtPoint(lon, lat, 20250701);
    expect(after).toMatchObject({ code: '31507', name: 'Phường Sóc Trăng' });

    const [lon2, lat2] = labelPoint('communes_2025_cantho_approx.geojson', 'commune_code', '31135');
    expect((await services.adminUnits.communeAtPoint(lon2, lat2, 20260101)).name).toBe('Phường Ninh Kiều');
  });

  it('refuses a point in the sea or outside the three provinces', async () => {
    for (const [lon, lat] of [
      [106.5, 9.2], // the East Sea off Vĩnh Châu
      [105.85, 21.03], // Hà Nội: no polygons shipped
    ] as const) {
      const error = await domainError(services.adminUnits.communeAtPoint(lon, lat, 20250701));
      expect(error.code).toBe('point_outside_units');
    }
  });
});
