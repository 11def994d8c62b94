import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.ts';

// The real `antt` binary against a scratch SQLite file: `antt import units` loads the shipped
// data, then the commands an operator uses to read units by date. Each run starts Node and tsx
// (a few seconds on 2 busy cores), hence the generous timeout.

describe('antt import units / antt units', { timeout: 180_000 }, () => {
  let dir: string;
  let file: string;

  const antt = (args: string[]) => {
    const result = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, 'packages/server/bin/antt.js'), ...args],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-units-'));
    file = path.join(dir, 'antt.db');
    const imported = antt(['import', 'units']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('63 tỉnh / provinces, 696 huyện / districts, 10047 xã / communes');
    expect(imported.stdout).toContain('34 tỉnh / provinces, 0 huyện / districts, 3321 xã / communes');
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('maps Phường 5 (31498) of 2024 to Phường Sóc Trăng (31507) with weight 1', () => {
    const r = antt(['units', 'map', '31498', '--from', '2024-06-01', '--to', '2025-07-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^31507\s+Phường Sóc Trăng\s+Phường\s+1$/m);
  });

  it('lists the 103 communes of Cần Thơ after the reform and the 11 districts of Sóc Trăng before it', () => {
    const communes = antt(['units', 'children', '92', '--date', '2025-07-01']);
    expect(communes.code, communes.stderr).toBe(0);
    expect(communes.stdout).toContain('103 đơn vị');
    expect(communes.stdout.split('\n').filter((line) => /^\d{5}\s/.test(line))).toHaveLength(103);

    const districts = antt(['units', 'children', '94', '--date', '2024-01-01', '--json']);
    expect(districts.code, districts.stderr).toBe(0);
    const body = JSON.parse(districts.stdout) as {
      parent: { name: string };
      items: { code: string; level: string }[];
    };
    expect(body.parent.name).toBe('Tỉnh Sóc Trăng');
    expect(body.items).toHaveLength(11);
    expect(body.items.every((d) => d.level === 'district')).toBe(true);
  });

  it('runs again without changing anything', () => {
    const r = antt(['import', 'units', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      changed: false,
      units: { inserted: 0, updated: 0, unchanged: 14_161 },
    });
  });

  it('exits 1 on a bad date or a code not valid on the date, and 2 on a missing option', () => {
    const badDate = antt(['units', 'show', '92', '--date', '2025-02-30']);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('--date');
    const gone = antt(['units', 'show', '31498', '--date', '2025-07-01']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('2025-06-30');
    expect(antt(['units', 'map', '31498']).code).toBe(2);
    expect(antt(['import', 'boundaries', path.join(dir, 'x.geojson')]).code).toBe(2);
  });

  it('imports a GeoJSON file of boundaries and reports the unmatched feature', () => {
    const geojson = path.join(dir, 'test.geojson');
    const ring = (x: number) => [
      [
        [x, 8],
        [x + 0.1, 8],
        [x + 0.1, 8.1],
        [x, 8.1],
        [x, 8],
      ],
    ];
    fs.writeFileSync(
      geojson,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { code: '31507' },
            geometry: { type: 'Polygon', coordinates: ring(112) },
          },
          {
            type: 'Feature',
            properties: { code: '31498' },
            geometry: { type: 'Polygon', coordinates: ring(113) },
          },
        ],
      }),
    );
    const r = antt(['import', 'boundaries', geojson, '--level', 'commune', '--valid-from', '2025-07-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 không khớp');
    expect(r.stdout).toContain('no commune with code 31498 on 2025-07-01');
    const at = antt(['units', 'at-point', '--lon', '112.05', '--lat', '8.05', '--date', '2025-07-01']);
    expect(at.stdout).toMatch(/^31507\s+Phường Sóc Trăng/m);
  });
});
