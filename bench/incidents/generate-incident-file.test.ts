import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, vnDayOf } from '@antt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../packages/server/test/test-db.ts';
import { loadConfig } from '../../packages/server/src/config.ts';
import { ManualClock } from '../../packages/server/src/lib/clock.ts';
import { seedDemo } from '../../packages/server/src/seed/demo.ts';
import { createServices, type Services } from '../../packages/server/src/services/index.ts';
import { DEFAULT_FIRST_DAY, writeIncidentFile } from './generate-incident-file.ts';
import { DEMO_PROVINCE_SCOPE, shippedClauseLookup, shippedPlaces } from './shipped-places.ts';

// The bench's import file must be one the import accepts whole: a dry run of the real import
// on a demo database finds no problem in any row. And the same seed must give the same file.

const NOW = new Date('2026-11-27T03:00:00Z');
const TODAY = vnDayOf(NOW);
const ROWS = 300;

describe('bench incident file', () => {
  let dir: string;
  let database: TestDatabase;
  let services: Services;
  const places = shippedPlaces(DEMO_PROVINCE_SCOPE);
  const clauseOf = shippedClauseLookup();
  const write = (seed: number, name: string) =>
    writeIncidentFile({
      rows: ROWS,
      seed,
      out: path.join(dir, name),
      places,
      clauseOf,
      from: DEFAULT_FIRST_DAY,
      to: addDays(TODAY, -1),
      today: TODAY,
    });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-bench-file-'));
    database = await createTestDatabase('sqlite');
    const config = loadConfig(
      {},
      {
        database: database.config,
        logLevel: 'silent',
        demo: true,
        vaultKeyFile: path.join(dir, 'vault.key'),
      },
    );
    services = createServices(database, new ManualClock(NOW), config);
    await seedDemo(services);
  });

  afterAll(async () => {
    await database?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes exactly the rows asked for, each with its own reference, the same for the same seed', async () => {
    const report = await write(7, 'a.csv');
    await write(7, 'b.csv');
    await write(8, 'c.csv');
    const text = fs.readFileSync(path.join(dir, 'a.csv'), 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(report.rows).toBe(ROWS);
    expect(lines).toHaveLength(ROWS + 1);
    const refs = lines.slice(1).map((l) => l.split(',')[0]);
    expect(new Set(refs).size).toBe(ROWS);
    expect(fs.readFileSync(path.join(dir, 'b.csv'), 'utf8')).toBe(text);
    expect(fs.readFileSync(path.join(dir, 'c.csv'), 'utf8')).not.toBe(text);
  });

  it('passes a dry run of the import on a demo database without a single problem', async () => {
    await write(11, 'dry.csv');
    const bytes = fs.readFileSync(path.join(dir, 'dry.csv'));
    const report = await services.incidents.imports.run(
      { kind: 'cli', label: 'bench-test' },
      { name: 'dry.csv', bytes },
      { dryRun: true },
    );
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ dryRun: true, rows: ROWS, added: ROWS, updated: 0, skipped: 0 });
  });
});
