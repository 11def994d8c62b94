import { isoFromDay, vnDayOf } from '@antt/shared';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAntt } from '../../test/run-cli.ts';
import { buildApp, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/dialect.ts';
import { DEMO_PASSWORD } from '../seed/demo-accounts.ts';
import { signIn } from '../../test/sign-in.ts';

// `antt indicators value` on the demo database prints what the dashboard shows: the same
// numerator, denominator, value, same-period value and change as the API gives the analyst.

describe('antt indicators value', { timeout: 180_000 }, () => {
  let dir: string;
  let file: string;
  let env: NodeJS.ProcessEnv;
  let app: App;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-indicators-'));
    file = path.join(dir, 'antt.db');
    env = { ANTT_DEMO: 'true', ANTT_VAULT_KEY_FILE: path.join(dir, 'vault.key') };
    const seeded = runAntt(file, ['seed', '--demo'], '', env);
    expect(seeded.code, seeded.stderr).toBe(0);
    const config = loadConfig(
      {},
      {
        database: { dialect: 'sqlite', file },
        logLevel: 'silent',
        demo: true,
        vaultKeyFile: path.join(dir, 'vault.key'),
      },
    );
    app = await buildApp({
      config,
      database: openDatabase(config.database),
      clock: { now: () => new Date() },
      serveWeb: false,
    });
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints the clearance rate of 2025 for today’s Cần Thơ as the dashboard gives it', async () => {
    const r = runAntt(
      file,
      ['indicators', 'value', 'clearance_rate', '--period', '2025', '--unit', '92', '--json'],
      '',
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject({
      indicator: { code: 'clearance_rate' },
      period: { code: '2025', start: '2025-01-01', end: '2025-12-31' },
      unit: { code: '92' },
    });
    expect(printed.hierarchyDate).toBe(isoFromDay(vnDayOf(new Date())));
    // The demo holds crimes of former Sóc Trăng and Hậu Giang in 2025: a real rate, not an empty one.
    expect(printed.denominator).toBeGreaterThan(50);
    expect(printed.value).toBeGreaterThan(50);
    expect(printed.samePeriod.value).not.toBeNull();

    const analyst = await signIn(app, {
      username: 'phantich',
      password: DEMO_PASSWORD,
      remoteAddress: '127.0.0.2',
    });
    const shown = await app.inject({
      method: 'GET',
      url: '/api/indicators/clearance_rate/values?period=2025&unit=92',
      headers: analyst.headers,
    });
    expect(shown.statusCode, shown.body).toBe(200);
    const api = shown.json();
    for (const key of [
      'numerator',
      'denominator',
      'value',
      'samePeriod',
      'change',
      'judgement',
      'band',
      'flag',
      'meetsTarget',
    ] as const) {
      expect(printed[key], key).toEqual(api[key]);
    }

    // Across the reform: Phường Sóc Trăng (31507 since 2025-07-01) was made from four old wards
    // (31498, 31501, 31504 and the old 31507). Its 2025-H1 same-period figure is their sum.
    for (const code of ['crimes', 'traffic_accidents']) {
      const get = async (url: string) =>
        (await app.inject({ method: 'GET', url, headers: analyst.headers })).json();
      const now = await get(`/api/indicators/${code}/values?period=2026-H1&unit=31507`);
      expect(now.unit.name).toBe('Phường Sóc Trăng');
      const parts = await Promise.all(
        ['31498', '31501', '31504', '31507'].map((c) =>
          get(`/api/indicators/${code}/values?period=2025-H1&unit=${c}&hierarchyDate=2025-06-30`),
        ),
      );
      const sum = parts.reduce((n, p) => n + p.numerator, 0);
      expect(now.samePeriod.numerator, code).toBeCloseTo(sum, 6);
      expect(sum, `${code}: the demo has 2025 facts in the old wards`).toBeGreaterThan(0);
    }

    const human = runAntt(
      file,
      ['indicators', 'value', 'clearance_rate', '--period', '2025', '--unit', '92'],
      '',
      env,
    );
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Tỷ lệ điều tra làm rõ');
    expect(human.stdout).toContain('cùng kỳ / same period');
  });
});
