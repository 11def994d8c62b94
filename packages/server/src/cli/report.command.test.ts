import { isoFromDay, vnDayOf, type ReportDto } from '@antt/shared';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAntt } from '../../test/run-cli.ts';
import {
  documentParagraphs,
  expectDecree30Layout,
  expectFiguresFromEngine,
  expectNumbersAreLogged,
} from '../../test/report-checks.ts';
import { buildApp, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/dialect.ts';
import type { Actor } from '../services/actor.ts';

// The must-show of issue 7 on the demo database: `antt report generate --type interim --unit 92
// --from 2020-12-15 --to 2023-06-14` writes the .docx and the .xlsx; 92 is read on today's
// hierarchy, so its communes include those of former Sóc Trăng and Hậu Giang. The .docx is read
// back against Decree 30, and every number in it is traced to the indicator engine.

const cli: Actor = { kind: 'cli', label: 'test' };
const SIGNER = { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Đại tá Trần Văn Minh' };

describe('antt report generate', { timeout: 240_000 }, () => {
  let dir: string;
  let file: string;
  let env: NodeJS.ProcessEnv;
  let app: App;
  let printed: { id: string; files: string[] };
  let report: ReportDto;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-report-'));
    file = path.join(dir, 'antt.db');
    env = { ANTT_DEMO: 'true', ANTT_VAULT_KEY_FILE: path.join(dir, 'vault.key') };
    const seeded = runAntt(file, ['seed', '--demo'], '', env);
    expect(seeded.code, seeded.stderr).toBe(0);
    fs.writeFileSync(path.join(dir, 'header.json'), JSON.stringify({ signer: SIGNER }));
    const r = runAntt(
      file,
      [
        'report',
        'generate',
        ...['--type', 'interim', '--unit', '92', '--from', '2020-12-15', '--to', '2023-06-14'],
        ...['--out', path.join(dir, 'r.docx'), '--xlsx', path.join(dir, 'r.xlsx')],
        ...['--header', path.join(dir, 'header.json'), '--json'],
      ],
      '',
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    printed = JSON.parse(r.stdout);
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
    report = await app.services.reports.get(cli, printed.id);
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes both files for today’s Cần Thơ, former Sóc Trăng and Hậu Giang included', () => {
    expect(printed.files).toEqual([path.join(dir, 'r.docx'), path.join(dir, 'r.xlsx')]);
    for (const f of printed.files) expect(fs.statSync(f).size).toBeGreaterThan(5_000);
    expect(report).toMatchObject({
      type: 'interim',
      unit: { code: '92', name: 'Thành phố Cần Thơ' },
      from: '2020-12-15',
      to: '2023-06-14',
      hierarchyDate: isoFromDay(vnDayOf(new Date())),
      header: {
        parentBody: 'Bộ Công an',
        issuingBody: 'Công an thành phố\nCần Thơ',
        place: 'Cần Thơ',
        symbol: 'BC-CATP',
        signer: SIGNER,
      },
    });
    const units = new Set(report.figures.map((f) => f.unitName));
    for (const name of ['Phường Ninh Kiều', 'Phường Sóc Trăng', 'Phường Vị Thanh'])
      expect(units).toContain(name);
  });

  it('follows Decree 30 in the .docx', () => {
    expectDecree30Layout(fs.readFileSync(path.join(dir, 'r.docx')), report, {
      issuingLines: ['CÔNG AN THÀNH PHỐ', 'CẦN THƠ'],
      place: 'Cần Thơ',
    });
  });

  it('prints only numbers that are the indicator engine’s values', async () => {
    const names = (await app.services.indicators.definitions()).map((d) => d.nameVi);
    const numbers = expectNumbersAreLogged(
      documentParagraphs(fs.readFileSync(path.join(dir, 'r.docx'))),
      report,
      names,
    );
    expect(numbers.length).toBeGreaterThan(400);
    expect(await expectFiguresFromEngine(app.services, cli, report)).toBe(report.figures.length);
  });

  it('puts every table in the XLSX appendix, one sheet each', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync(path.join(dir, 'r.xlsx')) as unknown as ArrayBuffer);
    const tables = report.document.body.filter((b) => b.kind === 'table');
    expect(book.worksheets.map((s) => s.getRow(1).getCell(1).value)).toEqual(tables.map((t) => t.caption));
  });
});
