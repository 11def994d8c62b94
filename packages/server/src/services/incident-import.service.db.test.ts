import type { IncidentImportReport } from '@antt/shared';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { buildIncidentWorld, type IncidentWorld } from '../../test/incident-fixtures.ts';
import { describeEachDialect } from '../../test/test-db.ts';
import { submitTipInA, tipIdOf } from '../../test/tip-fixtures.ts';
import { DomainError } from '../errors/domain-error.ts';
import { IncidentRollupRepository } from '../repositories/incident-rollup.repository.ts';
import type { Actor } from './actor.ts';

// The spreadsheet import of the incident register: every kind of bad row reported with its
// spreadsheet row, column and reason; a file with one bad row refused whole with the database
// untouched; a real run writing rows, history, rollups and one audit entry together; re-imports
// updating by reference and skipping identical rows; an export importing back unchanged.

const HEADER = [
  'ma_tham_chieu',
  'loai',
  'thoi_gian_xay_ra',
  'ma_xa',
  'so_nguoi_chet',
  'so_nguoi_bi_thuong',
  'so_phuong_tien',
  'phan_loai',
  'dieu',
  'khoan',
  'ma_tin_bao',
  'tom_tat',
];

type Line = Partial<Record<(typeof HEADER)[number], string>>;

const accident = (ref: string, over: Line = {}): Line => ({
  ma_tham_chieu: ref,
  loai: 'traffic_accident',
  thoi_gian_xay_ra: '2026-03-01 21:30',
  ma_xa: '92001',
  so_nguoi_chet: '1',
  so_nguoi_bi_thuong: '2',
  so_phuong_tien: '2',
  phan_loai: 'road',
  tom_tat: 'Xe máy va chạm ô tô tải',
  ...over,
});

const theft = (ref: string, over: Line = {}): Line => ({
  ma_tham_chieu: ref,
  loai: 'tội phạm',
  thoi_gian_xay_ra: '20/02/2026 09:00',
  ma_xa: '92001',
  dieu: '173',
  khoan: '1',
  tom_tat: 'Trộm cắp xe máy trước chợ',
  ...over,
});

function csvFile(lines: Line[], name = 'so-vu-viec.csv') {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const text = [HEADER.join(','), ...lines.map((l) => HEADER.map((h) => quote(l[h] ?? '')).join(','))].join(
    '\n',
  );
  return { name, bytes: Buffer.from(`${text}\n`, 'utf8') };
}

async function xlsxFile(lines: Line[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Vụ việc');
  sheet.addRow(HEADER);
  for (const l of lines) sheet.addRow(HEADER.map((h) => l[h] ?? null));
  return { name: 'so-vu-viec.xlsx', bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

/** Five good rows over the four types, old and new communes; every one with its own reference. */
const GOOD: Line[] = [
  accident('GT-1'),
  theft('HS-1'),
  theft('HS-2', { thoi_gian_xay_ra: '2024-05-01 10:00', ma_xa: '94001' }),
  {
    ma_tham_chieu: 'CN-1',
    loai: 'fire',
    thoi_gian_xay_ra: '2026-01-10 14:00',
    ma_xa: '92002',
    phan_loai: 'fire',
    so_nguoi_bi_thuong: '1',
    tom_tat: 'Cháy nhà kho',
  },
  {
    ma_tham_chieu: 'TN-1',
    loai: 'tệ nạn xã hội',
    thoi_gian_xay_ra: '2026-02-14 22:00',
    ma_xa: '92002',
    phan_loai: 'gambling',
    tom_tat: 'Đánh bạc ăn tiền',
  },
];

describeEachDialect('incident import', (ctx, dialect) => {
  let world: IncidentWorld;
  const cli: Actor = { kind: 'cli', label: 'test' };
  const imports = () => world.app.services.incidents.imports;

  async function userActor(username: string, unitId: string, roles: ('officer' | 'procurator')[]) {
    return {
      kind: 'user' as const,
      userId: world.userIds[username]!,
      username,
      roles,
      unitId,
      provinceCode: '92',
      jurisdiction: await world.app.services.jurisdiction.forUser({ unitId, roles }),
    };
  }

  /** What an import may change: rows, history, rollups, the audit log. */
  async function snapshot() {
    const db = ctx().db;
    const count = async (table: 'incidents' | 'incident_events' | 'audit_log') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      incidents: await count('incidents'),
      events: await count('incident_events'),
      audit: await count('audit_log'),
      rollups: await new IncidentRollupRepository(db, dialect).stored(),
    };
  }

  it('builds the world', async () => {
    world = await buildIncidentWorld(ctx());
  });

  it('a dry run lists every bad row by spreadsheet row, column and reason, and writes nothing', async () => {
    const before = await snapshot();
    const report = await imports().run(
      cli,
      csvFile([
        accident('OK-1'), // row 2
        accident('X-1', { ma_xa: '99999' }), // 3: unknown commune
        theft('X-2', { thoi_gian_xay_ra: '2025-08-01 10:00', ma_xa: '94001' }), // 4: old code after the reform
        accident('X-3', { thoi_gian_xay_ra: '05/03/2026 08:00' }), // 5: in the future
        accident('X-4', { so_nguoi_chet: '-1' }), // 6: negative deaths
        theft('X-5', { dieu: '998' }), // 7: unknown article
        theft('X-6', { khoan: '9' }), // 8: clause not in the catalogue
        accident('OK-1'), // 9: the reference of row 2 again
        accident('X-7', { loai: 'trộm', thoi_gian_xay_ra: 'hôm qua' }), // 10: two bad cells
        theft('OK-2'), // 11
      ]),
      { dryRun: true },
    );
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'ma_xa'],
      [4, 'ma_xa'],
      [5, 'thoi_gian_xay_ra'],
      [6, 'so_nguoi_chet'],
      [7, 'dieu'],
      [8, 'khoan'],
      [9, 'ma_tham_chieu'],
      [10, 'loai'],
      [10, 'thoi_gian_xay_ra'],
    ]);
    const message = (row: number) => report.problems.find((p) => p.row === row)!.message;
    expect(message(3)).toContain('99999');
    expect(message(4)).toContain('2025-08-01');
    expect(message(5)).toContain('tương lai');
    expect(message(6)).toContain('không được âm');
    expect(message(7)).toContain('998');
    expect(message(8)).toContain('khoản 9');
    expect(message(9)).toContain('dòng 2');
    expect(report).toMatchObject({ dryRun: true, rows: 10, added: 2, updated: 0, skipped: 0 });
    expect(report.problemsTruncated).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('lets an officer import only inside the jurisdiction, and a procurator not at all', async () => {
    const officerA = await userActor('canbo.a', world.tiny.police.communeA.id, ['officer']);
    const report = await imports().run(
      officerA,
      csvFile([accident('J-1'), accident('J-2', { ma_xa: '92002' })]),
      { dryRun: true },
    );
    expect(report.problems).toEqual([
      { row: 3, column: 'ma_xa', message: expect.stringContaining('địa bàn') },
    ]);
    expect(report.added).toBe(1);
    const procurator = await userActor('kiemsat', world.tiny.police.procuracy.id, ['procurator']);
    await expect(
      imports().run(procurator, csvFile([accident('J-3')]), { dryRun: true }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('refuses a whole file with one bad row in the middle and leaves the database as it was', async () => {
    const before = await snapshot();
    const lines = [...GOOD.slice(0, 3), accident('BAD-1', { ma_xa: '99999' }), ...GOOD.slice(3)];
    const error = await imports()
      .run(cli, csvFile(lines), { dryRun: false })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'import_rejected' });
    const report = (error as DomainError).details as IncidentImportReport;
    expect(report.problems).toEqual([{ row: 5, column: 'ma_xa', message: expect.stringContaining('99999') }]);
    expect(report).toMatchObject({ dryRun: false, rows: 6, added: 5 });
    expect(await snapshot()).toEqual(before);
  });

  it('writes every row of a good file in one go, with history, rollups and one audit entry', async () => {
    const before = await snapshot();
    const phases: string[] = [];
    const report = await imports().run(cli, csvFile(GOOD), {
      dryRun: false,
      onProgress: (p) => {
        if (phases.at(-1) !== p.phase) phases.push(p.phase);
      },
    });
    expect(report).toMatchObject({ rows: 5, added: 5, updated: 0, skipped: 0, problems: [] });
    expect(phases).toEqual(['reading', 'checking', 'writing']);
    const after = await snapshot();
    expect(after.incidents).toBe(before.incidents + 5);
    expect(after.events).toBe(before.events + 5);
    expect(after.audit).toBe(before.audit + 1);
    const audit = await ctx()
      .db.selectFrom('audit_log')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('incident.imported');
    expect(JSON.parse(audit.details)).toMatchObject({
      fileName: 'so-vu-viec.csv',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      added: 5,
      updated: 0,
      skipped: 0,
    });
    expect(await world.app.services.incidents.checkRollups()).toEqual([]);
    const old = await world.app.services.incidents.queries.list(cli, { q: 'HS-2' });
    expect(old.items[0]).toMatchObject({ commune: { code: '94001' }, reportingUnit: { code: 'CAX-92001' } });
  });

  it('re-imports from XLSX: identical rows skipped, a changed row updated by its reference', async () => {
    const changed = GOOD.map((l) => (l.ma_tham_chieu === 'GT-1' ? { ...l, so_nguoi_chet: '2' } : l));
    const dry = await imports().run(cli, await xlsxFile(changed), { dryRun: true });
    expect(dry).toMatchObject({ rows: 5, added: 0, updated: 1, skipped: 4, problems: [] });
    const before = await snapshot();
    const real = await imports().run(cli, await xlsxFile(changed), { dryRun: false });
    expect(real).toMatchObject({ added: 0, updated: 1, skipped: 4 });
    expect((await snapshot()).incidents).toBe(before.incidents);
    const [gt1] = (await world.app.services.incidents.queries.list(cli, { q: 'GT-1' })).items;
    expect(gt1).toMatchObject({ deaths: 2, version: 2 });
    const detail = await world.app.services.incidents.queries.detail(cli, gt1!.id);
    expect(detail.history.map((h) => h.type)).toEqual(['imported', 'reimported']);
    expect(detail.history[1]!.changes).toEqual({ deaths: [1, 2] });
    expect(await world.app.services.incidents.checkRollups()).toEqual([]);
  });

  it('imports back an export unchanged, the tip link included', async () => {
    const receipt = await submitTipInA(world);
    const tipId = await tipIdOf(world, receipt.trackingCode);
    const linked = await imports().run(
      cli,
      csvFile([theft('TB-1', { ma_tin_bao: receipt.trackingCode.toLowerCase() })]),
      { dryRun: false },
    );
    expect(linked).toMatchObject({ added: 1, problems: [] });
    const [tb1] = (await world.app.services.incidents.queries.list(cli, { q: 'TB-1' })).items;
    expect(tb1!.tip?.id).toBe(tipId);

    const unknownTip = await imports().run(cli, csvFile([theft('TB-2', { ma_tin_bao: 'ZZZZZ-ZZZZZ' })]), {
      dryRun: true,
    });
    expect(unknownTip.problems).toEqual([
      { row: 2, column: 'ma_tin_bao', message: expect.stringContaining('ZZZZZZZZZZ') },
    ]);

    const total = (await world.app.services.incidents.queries.list(cli, {})).total;
    for (const format of ['csv', 'xlsx'] as const) {
      const exported = await imports().exportSheet(cli, { format });
      expect(exported.fileName).toBe(`vu-viec-2026-03-02.${format}`);
      expect(exported.rows).toBe(total);
      const back = await imports().run(
        cli,
        { name: exported.fileName, bytes: exported.bytes },
        { dryRun: true },
      );
      expect(back).toMatchObject({ rows: total, added: 0, updated: 0, skipped: total, problems: [] });
    }
    const audit = await ctx()
      .db.selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'incident.exported')
      .execute();
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1]!.details)).toMatchObject({ format: 'xlsx', rows: total, filter: {} });
  });
});
