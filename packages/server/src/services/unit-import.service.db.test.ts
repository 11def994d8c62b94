import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../../test/test-db.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/dialect.ts';
import { DomainError } from '../errors/domain-error.ts';
import { ManualClock } from '../lib/clock.ts';
import { DEFAULT_DATA_DIR } from '../reference-data/shipped-data.ts';
import { AdminUnitRepository } from '../repositories/admin-unit.repository.ts';
import { createServices, type Services } from './index.ts';
import { importShippedUnits } from './unit-import.service.ts';

function servicesFor(database: TestDatabase): Services {
  return createServices(
    database,
    new ManualClock(),
    loadConfig({}, { database: database.config, logLevel: 'silent' }),
  );
}

async function tableCounts(database: Database) {
  const count = async (
    table:
      | 'admin_units'
      | 'admin_unit_successions'
      | 'admin_unit_populations'
      | 'admin_unit_boundaries'
      | 'audit_log',
  ) =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    units: await count('admin_units'),
    successions: await count('admin_unit_successions'),
    populations: await count('admin_unit_populations'),
    boundaries: await count('admin_unit_boundaries'),
    audit: await count('audit_log'),
  };
}

/** A copy of the shipped units (no boundaries), edited by `edit`, in a scratch directory. */
function editedDataDir(edit: (file: string, text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-units-'));
  fs.mkdirSync(path.join(dir, 'units'));
  for (const file of fs.readdirSync(path.join(DEFAULT_DATA_DIR, 'units'))) {
    const text = fs.readFileSync(path.join(DEFAULT_DATA_DIR, 'units', file), 'utf8');
    fs.writeFileSync(path.join(dir, 'units', file), edit(file, text));
  }
  return dir;
}

describeEachDialect('unit import: idempotent, one audit event', (ctx) => {
  let services: Services;
  const provinces = ['92', '93', '94'];
  const scratch: string[] = [];

  beforeAll(() => {
    services = servicesFor(ctx());
  });
  afterAll(() => {
    for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads units, successions, populations and boundaries of 92/93/94, reporting progress', async () => {
    const seen: [number, number][] = [];
    const report = await importShippedUnits(services, {
      provinces,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(report.units.byValidFrom).toEqual({
      '2008-01-01': { province: 3, district: 28, commune: 263 },
      '2025-07-01': { province: 1, district: 0, commune: 103 },
    });
    expect(report.units.inserted).toBe(3 + 28 + 263 + 1 + 103);
    expect(report.successions.inserted).toBe(269);
    expect(report.populations).toMatchObject({ inserted: 108, skipped: 1 });
    expect(report.boundaries).toMatchObject({ files: 5, inserted: 28 + 261 + 103, unmatched: 0 });
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
    expect(await tableCounts(ctx())).toEqual({
      units: 398,
      successions: 269,
      populations: 108,
      boundaries: 392,
      audit: 1,
    });
  });

  it('changes nothing when run again: no rows, no audit event', async () => {
    const before = await tableCounts(ctx());
    const report = await importShippedUnits(services, { provinces });
    expect(report.changed).toBe(false);
    for (const part of [report.units, report.successions, report.populations, report.boundaries]) {
      expect(part.inserted + part.updated).toBe(0);
    }
    expect(await tableCounts(ctx())).toEqual(before);
  });

  it('updates a renamed unit in place, keeping its id, with one audit event for the run', async () => {
    const repo = new AdminUnitRepository(ctx().db, ctx().dialect);
    const [before] = await repo.validOnDay(['31507'], 20250701);
    const dir = editedDataDir((file, text) =>
      file === 'units_2025.csv'
        ? text.replace('31507,Phường Sóc Trăng,', '31507,Phường Sóc Trăng Mới,')
        : text,
    );
    scratch.push(dir);
    const counts = await tableCounts(ctx());
    const report = await importShippedUnits(services, { provinces, dir, boundaries: false });
    expect(report.units).toMatchObject({ inserted: 0, updated: 1 });
    const [after] = await repo.validOnDay(['31507'], 20250701);
    expect(after).toMatchObject({ id: before!.id, name: 'Phường Sóc Trăng Mới' });
    expect(await tableCounts(ctx())).toEqual({ ...counts, audit: counts.audit + 1 });
  });

  it('refuses a file with a bad date, naming file, line and column, and writes nothing', async () => {
    const dir = editedDataDir((file, text) =>
      file === 'units_2025.csv'
        ? text.replace(
            '31507,Phường Sóc Trăng,Phường,commune,92,92,2025-07-01',
            '31507,Phường Sóc Trăng,Phường,commune,92,92,2025-02-30',
          )
        : text,
    );
    scratch.push(dir);
    const counts = await tableCounts(ctx());
    const error = await importShippedUnits(services, { provinces, dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('validation_failed');
    expect(JSON.stringify((error as DomainError).details)).toMatch(/units\/units_2025\.csv:\d+\.valid_from/);
    expect(await tableCounts(ctx())).toEqual(counts);
  });

  it('refuses overlapping versions of one code', async () => {
    // A second version of 31507 starting inside the first.
    const dir = editedDataDir((file, text) =>
      file === 'units_2025.csv' ? `${text}31507,Phường X,Phường,commune,92,92,2026-01-01,\n` : text,
    );
    scratch.push(dir);
    const error = (await importShippedUnits(services, { provinces, dir }).catch(
      (e: unknown) => e,
    )) as DomainError;
    expect(error.code).toBe('validation_failed');
    expect(JSON.stringify(error.details)).toContain('overlaps');
  });

  it('refuses a province code that is not two digits', async () => {
    const error = (await importShippedUnits(services, { provinces: ['9'] }).catch(
      (e: unknown) => e,
    )) as DomainError;
    expect(error.code).toBe('validation_failed');
  });
});

describe('unit import: the whole country (SQLite)', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await database?.close();
  });

  it('loads 63 provinces, 696 districts and 10,047 communes before the reform, 34 and 3,321 after', async () => {
    const services = servicesFor(database);
    await importShippedUnits(services);
    const repo = new AdminUnitRepository(database.db, 'sqlite');
    expect(await repo.countByLevelOn(20250630)).toEqual({ province: 63, district: 696, commune: 10_047 });
    expect(await repo.countByLevelOn(20250701)).toEqual({ province: 34, district: 0, commune: 3_321 });
    // Only the checked successions ship: Hà Nội's wards have none.
    const hanoi = await services.adminUnits.mapUnit('00001', 20240101, 20250701);
    expect(hanoi).toMatchObject({ targets: [], unmappedWeight: 1 });
  });
});
