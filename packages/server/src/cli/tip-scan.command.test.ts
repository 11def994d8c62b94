import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTinyProvince, insertUser } from '../../test/fixtures.ts';
import { runAntt } from '../../test/run-cli.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/dialect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ManualClock } from '../lib/clock.ts';
import { createServices } from '../services/index.ts';

// The operator runs the deadline scan by hand: a tip received three days ago and never
// classified is overdue, and its unit's leader gets one alert however often the scan runs.

describe('antt tips scan-deadlines', { timeout: 120_000 }, () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-scan-'));
    file = path.join(dir, 'antt.db');
    const database = openDatabase({ dialect: 'sqlite', file });
    await migrateToLatest(database);
    const tiny = await buildTinyProvince(database.db);
    const config = loadConfig(
      {},
      {
        database: { dialect: 'sqlite', file },
        logLevel: 'silent',
        vaultKeyFile: path.join(dir, 'vault.key'),
      },
    );
    const services = createServices(database, new ManualClock(new Date(Date.now() - 3 * 86_400_000)), config);
    await insertUser(services.users, {
      username: 'lanhdao.a',
      unitCode: tiny.police.communeA.code,
      roles: ['leader'],
    });
    await services.tips.intake.submitFromPortal({
      kind: 'report',
      category: 'theft',
      description: 'Mất trộm',
      communeCode: tiny.admin.communeA.code,
      keepLocation: false,
    });
    await database.close();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the overdue alert once', () => {
    const first = runAntt(file, ['--json', 'tips', 'scan-deadlines'], '', {
      ANTT_VAULT_KEY_FILE: path.join(dir, 'vault.key'),
    });
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ tipsDue: 1, alertsCreated: 1, notificationsQueued: 1 });
    const again = runAntt(file, ['tips', 'scan-deadlines'], '', {
      ANTT_VAULT_KEY_FILE: path.join(dir, 'vault.key'),
    });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('new alerts: 0');
  });
});
