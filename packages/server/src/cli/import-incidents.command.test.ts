import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAntt } from '../../test/run-cli.ts';
import { loadConfig, REPO_ROOT } from '../config.ts';
import { openDatabase } from '../db/dialect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { systemClock } from '../lib/clock.ts';
import { seedDemo } from '../seed/demo.ts';
import { createServices } from '../services/index.ts';

// `antt import incidents` as an operator runs it, against the demo province seeded into a
// scratch SQLite file: the shipped example passes a dry run; a file with one bad row in the
// middle is refused whole, naming the row and the column, and leaves nothing behind (the
// example then still imports every row, and the rollups agree with the rows). Each run starts Node and tsx: keep them few.

const EXAMPLE = path.join(REPO_ROOT, 'data/templates/incidents.csv');

describe('antt import incidents', { timeout: 180_000 }, () => {
  let dir: string;
  let file: string;
  let env: NodeJS.ProcessEnv;
  const antt = (args: string[]) => runAntt(file, args, '', env);

  // The demo seed (what `antt seed --demo` runs), in this process: one spawn fewer.
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-incidents-'));
    file = path.join(dir, 'antt.db');
    const vaultKeyFile = path.join(dir, 'vault.key');
    env = { ANTT_DEMO: 'true', ANTT_VAULT_KEY_FILE: vaultKeyFile };
    const config = loadConfig(
      {},
      { database: { dialect: 'sqlite', file }, demo: true, vaultKeyFile, logLevel: 'silent' },
    );
    const database = openDatabase(config.database);
    try {
      await migrateToLatest(database);
      await seedDemo(createServices(database, systemClock, config));
    } finally {
      await database.close();
    }
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  type Report = { rows: number; added: number; updated: number; skipped: number; problems: unknown[] };
  let dryRun: Report;

  it('passes a dry run of the shipped example on the demo database', () => {
    const r = antt(['import', 'incidents', EXAMPLE, '--dry-run', '--json']);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    dryRun = JSON.parse(r.stdout) as Report;
    expect(dryRun.problems).toEqual([]);
    expect(dryRun.rows).toBeGreaterThanOrEqual(12);
    expect(dryRun.added + dryRun.updated + dryRun.skipped).toBe(dryRun.rows);
  });

  it('refuses a file with a bad row in the middle whole, naming row and column, and writes nothing', () => {
    const lines = fs.readFileSync(EXAMPLE, 'utf8').trimEnd().split('\n');
    // Spreadsheet row 7 (the header is row 1): a commune code no unit ever had.
    const [ref, type, at, , ...rest] = lines[6]!.split(',');
    lines[6] = [ref, type, at, '99999', ...rest].join(',');
    const bad = path.join(dir, 'co-dong-loi.csv');
    fs.writeFileSync(bad, `${lines.join('\n')}\n`);

    const refused = antt(['import', 'incidents', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('không nhập dòng nào');
    expect(refused.stdout).toMatch(/^ {2}dòng 7, cột ma_xa: .*99999/m);

    // Nothing of the refused file stayed: the example imports exactly as its dry run foretold.
    const imported = antt(['import', 'incidents', EXAMPLE, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    const report = JSON.parse(imported.stdout) as Report;
    expect(report).toMatchObject({ added: dryRun.added, updated: dryRun.updated, skipped: dryRun.skipped });
    const check = antt(['rollups', 'check']);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain('khớp');
  });
});
