import ExcelJS from 'exceljs';
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

// `antt import datavalues` as an operator runs it, against the demo database in a scratch SQLite
// file: the shipped template passes a dry run; a file with bad rows is refused whole, each
// problem named by its spreadsheet row and column, and leaves nothing behind (the template then
// imports exactly as its dry run foretold, and a second run finds everything unchanged); a wide
// XLSX file (one column per element) is read too. Each run starts Node and tsx: keep them few.

const TEMPLATE = path.join(REPO_ROOT, 'data/templates/datavalues.csv');

type Report = {
  rows: number;
  values: number;
  saved: number;
  unchanged: number;
  layout: string;
  problems: { row: number; column: string; message: string }[];
};

describe('antt import datavalues', { timeout: 240_000 }, () => {
  let dir: string;
  let file: string;
  let env: NodeJS.ProcessEnv;
  const antt = (args: string[]) => runAntt(file, args, '', env);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-datavalues-'));
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
  }, 240_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  let dryRun: Report;

  it('passes a dry run of the shipped template on the demo database', () => {
    const r = antt(['import', 'datavalues', TEMPLATE, '--dry-run', '--json']);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    dryRun = JSON.parse(r.stdout) as Report;
    expect(dryRun.problems).toEqual([]);
    expect(dryRun).toMatchObject({ layout: 'long', rows: 48, values: 48, saved: 48, unchanged: 0 });
  });

  it('refuses a file with bad rows whole, naming each row and column, and writes nothing', () => {
    const lines = fs.readFileSync(TEMPLATE, 'utf8').trimEnd().split('\n');
    const cells = (i: number) => lines[i - 1]!.split(',');
    // Spreadsheet rows (the header is row 1): a negative count, a unit code no unit ever had,
    // a day after today, and a figure that is not a number.
    const set = (row: number, column: number, text: string) => {
      const c = cells(row);
      c[column] = text;
      lines[row - 1] = c.join(',');
    };
    set(3, 3, '-3');
    set(5, 0, '99999');
    set(6, 1, '2099-01-01');
    set(8, 3, 'nhiều');
    const bad = path.join(dir, 'co-dong-loi.csv');
    fs.writeFileSync(bad, `${lines.join('\n')}\n`);

    const refused = antt(['import', 'datavalues', bad]);
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stdout).toContain('không nhập dòng nào');
    expect(refused.stdout).toMatch(/^ {2}dòng 3, cột gia_tri: .*-3/m);
    expect(refused.stdout).toMatch(/^ {2}dòng 5, cột ma_don_vi: .*99999/m);
    expect(refused.stdout).toMatch(/^ {2}dòng 6, cột ky: /m);
    expect(refused.stdout).toMatch(/^ {2}dòng 8, cột gia_tri: .*nhiều/m);

    const imported = antt(['import', 'datavalues', TEMPLATE, '--json']);
    expect(imported.code, imported.stderr + imported.stdout).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ saved: dryRun.saved, unchanged: 0, problems: [] });
    const again = antt(['import', 'datavalues', TEMPLATE, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ saved: 0, unchanged: 48 });
  });

  it('reads a wide XLSX file: one column per element code', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Số liệu');
    sheet.addRow(['ma_don_vi', 'ky', 'p06_cc_applications', 'p06_dossiers_total', 'p06_dossiers_online']);
    sheet.addRow(['31507', '2025-07-03', 40, 57, 20]);
    sheet.addRow([31135, '03/07/2025', 37, null, 'mười']);
    const wide = path.join(dir, 'so-lieu-ngang.xlsx');
    await workbook.xlsx.writeFile(wide);
    const r = antt(['import', 'datavalues', wide, '--dry-run', '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report).toMatchObject({ layout: 'wide', rows: 2, values: 4 });
    expect(report.problems).toEqual([expect.objectContaining({ row: 3, column: 'p06_dossiers_online' })]);
  });
});
