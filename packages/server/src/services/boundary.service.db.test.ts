import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-db.ts';
import { loadConfig } from '../config.ts';
import { DomainError } from '../errors/domain-error.ts';
import { ManualClock } from '../lib/clock.ts';
import { createServices, type Services } from './index.ts';
import { importShippedUnits } from './unit-import.service.ts';

// Importing a user's GeoJSON: codes are read on the file's date, unmatched features are reported,
// malformed geometry refuses the file, and the polygons then answer point look-ups and maps.

const cli = { kind: 'cli', label: 'test' } as const;

const square = (x0: number, y0: number, x1: number, y1: number) => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];

function feature(code: string | number | null, coordinates: unknown, type = 'Polygon') {
  return {
    type: 'Feature',
    properties: code === null ? { name: 'no code' } : { ma_xa: code },
    geometry: { type, coordinates },
  };
}

describeEachDialect('boundary import and look-up', (ctx) => {
  let services: Services;

  beforeAll(async () => {
    const config = loadConfig({}, { database: ctx().config, logLevel: 'silent' });
    services = createServices(ctx(), new ManualClock(), config);
    // Sóc Trăng and the new Cần Thơ, without the shipped polygons: this suite brings its own.
    await importShippedUnits(services, { provinces: ['92', '94'], boundaries: false });
  });

  // Made-up squares in the South China Sea, far from any shipped polygon.
  const file = {
    type: 'FeatureCollection',
    features: [
      feature('31507', square(110, 10, 110.1, 10.1)), // Phường 6 on 2024-01-01
      feature(31498, square(110.1, 10, 110.2, 10.1)), // a numeric code: Phường 5
      feature('99999', square(110.2, 10, 110.3, 10.1)), // no such unit
      feature('941', square(110.3, 10, 110.4, 10.1)), // a district, not a commune
      feature(null, square(110.4, 10, 110.5, 10.1)), // no code at all
    ],
  };

  it('matches features to the versions valid on the date and reports the rest', async () => {
    const report = await services.boundaries.importGeoJson(cli, {
      geojson: file,
      level: 'commune',
      validFrom: 20240101,
      codeProperty: 'ma_xa',
      source: 'test',
    });
    expect(report).toMatchObject({ features: 5, units: 2, inserted: 2, updated: 0, unchanged: 0 });
    expect(report.unmatched.map((u) => [u.feature, u.code])).toEqual([
      [2, '99999'],
      [3, '941'],
      [4, null],
    ]);
    expect(report.unmatched[0]!.reason).toContain('2024-01-01');

    const inPhuong6 = await services.adminUnits.communeAtPoint(110.05, 10.05, 20240101);
    expect(inPhuong6).toMatchObject({ code: '31507', name: 'Phường 6', approximateBoundary: false });
    // The same code on a 2025 date is another place, which has no polygon here.
    const later = await services.adminUnits
      .communeAtPoint(110.05, 10.05, 20250701)
      .catch((e: DomainError) => e);
    expect((later as DomainError).code).toBe('point_outside_units');
  });

  it('changes nothing on a second import of the same file', async () => {
    const report = await services.boundaries.importGeoJson(cli, {
      geojson: file,
      level: 'commune',
      validFrom: 20240101,
      codeProperty: 'ma_xa',
      source: 'test',
    });
    expect(report).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
  });

  it('replaces a unit’s polygon, and merges several features of one unit into a MultiPolygon with holes respected', async () => {
    const withHole = [
      ...square(110, 10, 110.1, 10.1),
      [
        [110.04, 10.04],
        [110.06, 10.04],
        [110.06, 10.06],
        [110.04, 10.06],
        [110.04, 10.04],
      ],
    ];
    const report = await services.boundaries.importGeoJson(cli, {
      geojson: {
        type: 'FeatureCollection',
        features: [
          feature('31507', withHole),
          feature('31507', [square(111, 11, 111.1, 11.1)], 'MultiPolygon'),
        ],
      },
      level: 'commune',
      validFrom: 20240101,
      codeProperty: 'ma_xa',
      source: 'test 2',
    });
    expect(report).toMatchObject({ units: 1, inserted: 0, updated: 1 });
    expect((await services.adminUnits.communeAtPoint(110.02, 10.02, 20240101)).code).toBe('31507');
    expect((await services.adminUnits.communeAtPoint(111.05, 11.05, 20240101)).code).toBe('31507');
    const inHole = await services.adminUnits
      .communeAtPoint(110.05, 10.05, 20240101)
      .catch((e: DomainError) => e);
    expect((inHole as DomainError).code).toBe('point_outside_units');
  });

  it('refuses a file with a malformed geometry, naming the feature, and imports nothing from it', async () => {
    const bad = {
      type: 'FeatureCollection',
      features: [
        feature('31501', square(112, 10, 112.1, 10.1)),
        feature('31504', [
          [
            [112, 10],
            [112.1, 10],
            [112.1, 10.1],
          ],
        ]),
      ],
    };
    const error = (await services.boundaries
      .importGeoJson(cli, {
        geojson: bad,
        level: 'commune',
        validFrom: 20240101,
        codeProperty: 'ma_xa',
        source: 'bad',
      })
      .catch((e: unknown) => e)) as DomainError;
    expect(error.code).toBe('validation_failed');
    expect(JSON.stringify(error.details)).toContain('features[1].geometry');
    const notImported = await services.adminUnits
      .communeAtPoint(112.05, 10.05, 20240101)
      .catch((e: DomainError) => e);
    expect((notImported as DomainError).code).toBe('point_outside_units');
    const notGeoJson = (await services.boundaries
      .importGeoJson(cli, {
        geojson: { type: 'Feature' },
        level: 'commune',
        validFrom: 20240101,
        source: 'bad',
      })
      .catch((e: unknown) => e)) as DomainError;
    expect(notGeoJson.code).toBe('validation_failed');
  });

  it('serves the polygons of a province on a date as GeoJSON', async () => {
    const old = await services.boundaries.geojsonFor('94', 'commune', 20240101);
    expect(old.features.map((f) => f.properties.code).sort()).toEqual(['31498', '31507']);
    expect(old.features.find((f) => f.properties.code === '31507')!.geometry.type).toBe('MultiPolygon');
    const current = await services.boundaries.geojsonFor('92', 'commune', 20250701);
    expect(current.features).toEqual([]);
    const gone = (await services.boundaries
      .geojsonFor('94', 'commune', 20250701)
      .catch((e: unknown) => e)) as DomainError;
    expect(gone.code).toBe('unit_not_valid_on_date');
  });

  it('refuses a boundary import by a signed-in user who is not an administrator', async () => {
    const officer = {
      kind: 'user',
      userId: 'u1',
      username: 'officer',
      roles: ['officer'],
      unitId: 'p1',
      provinceCode: '92',
      jurisdiction: { scope: 'nation' },
    } as const;
    const error = (await services.boundaries
      .importGeoJson(
        { ...officer, roles: ['officer'] },
        { geojson: file, level: 'commune', validFrom: 20240101, source: 'x' },
      )
      .catch((e: unknown) => e)) as DomainError;
    expect(error.code).toBe('forbidden');
  });
});
