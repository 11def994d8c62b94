import type { ReportDto, Role } from '@antt/shared';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import {
  buildIncidentWorld,
  theft,
  trafficAccident,
  type IncidentWorld,
} from '../../test/incident-fixtures.ts';
import {
  documentParagraphs,
  expectDecree30Layout,
  expectFiguresFromEngine,
  expectNumbersAreLogged,
} from '../../test/report-checks.ts';
import { describeEachDialect } from '../../test/test-db.ts';
import { paragraphText, readDocx } from '../reports/docx-reading.ts';
import { descendantsNamed } from '../reports/xml-tree.ts';
import type { Actor } from './actor.ts';

// DESIGN 5.6: an interim review generated from the fixture world's incidents — thefts and a
// traffic accident this winter and the winter before, one of last winter's in a commune merged
// away by the 2025 reform — read back from its .docx against Decree 30, with every number in it
// traced to the indicator engine; then its narrative edited as versions, and who may do what.

const cli: Actor = { kind: 'cli', label: 'test' };
const REQUEST = { type: 'interim', unit: '92', from: '2025-12-15', to: '2026-03-01' } as const;

describeEachDialect('ReportService', (ctx) => {
  let world: IncidentWorld;
  let report: ReportDto;
  let docx: Buffer;
  const services = () => world.app.services;
  const actors = new Map<string, Actor>();
  const user = (name: string) => actors.get(name)!;
  /** The users of the world as the services see them after sign-in: their roles, unit and jurisdiction. */
  async function loadActors() {
    const police = world.tiny.police;
    const people: [string, string, Role[]][] = [
      ['phantich', police.province.id, ['analyst']],
      ['lanhdao.tp', police.province.id, ['leader']],
      ['lanhdao.a', police.communeA.id, ['leader']],
      ['canbo.a', police.communeA.id, ['officer']],
    ];
    for (const [username, unitId, roles] of people) {
      const row = await services()
        .deps.db.selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      actors.set(username, {
        kind: 'user',
        userId: row.id,
        username,
        roles,
        unitId,
        provinceCode: '92',
        jurisdiction: await services().jurisdiction.forUser({ unitId, roles }),
      });
    }
  }

  it('builds a world with incidents this winter and last, and a clearance target', async () => {
    world = await buildIncidentWorld(ctx());
    await loadActors();
    const register = services().incidents.register;
    const at = (day: string) => `${day}T09:00:00+07:00`;
    const thisWinter = [
      theft({ occurredAt: at('2025-12-20'), cleared: true, clearedOn: '2026-01-05' }),
      theft({ occurredAt: at('2026-01-10'), cleared: true, clearedOn: '2026-02-01' }),
      theft({ occurredAt: at('2026-01-11'), communeCode: '92002' }),
      theft({ occurredAt: at('2026-02-02'), communeCode: '92002', cleared: true, clearedOn: '2026-02-20' }),
      trafficAccident({ occurredAt: at('2026-01-15') }),
    ];
    const lastWinter = [
      theft({ occurredAt: at('2025-01-05'), communeCode: '94001', cleared: true, clearedOn: '2025-01-20' }),
      theft({ occurredAt: at('2025-02-10'), communeCode: '94001' }),
      trafficAccident({ occurredAt: at('2025-01-20'), communeCode: '94001' }),
      trafficAccident({ occurredAt: at('2025-02-21'), communeCode: '94001' }),
    ];
    for (const incident of [...thisWinter, ...lastWinter]) await register.create(cli, incident);
    await services().targets.create(cli, {
      indicator: 'clearance_rate',
      unit: '92',
      targetValue: 80,
      direction: 'at_least',
      termFrom: '2025-12-15',
      termTo: '2030-12-14',
    });
  });

  it('generates an interim review whose .docx follows Decree 30', async () => {
    report = await services().reports.generate(user('phantich'), REQUEST);
    expect(report).toMatchObject({
      type: 'interim',
      unit: { code: '92', name: 'Thành phố 92' },
      from: '2025-12-15',
      to: '2026-03-01',
      hierarchyDate: '2026-03-02',
      header: { parentBody: 'Bộ Công an', place: '92', symbol: 'BC-CATP', number: null },
    });
    expect(report.header.summary).toBe(
      'Sơ kết công tác bảo đảm an ninh, trật tự từ ngày 15/12/2025 đến ngày 01/3/2026',
    );
    docx = (await services().reports.renderDocx(user('phantich'), report.id)).content;
    expectDecree30Layout(docx, report, { issuingLines: ['CÔNG AN THÀNH PHỐ', '92'], place: '92' });
  });

  it('writes the sentences from the data, in Vietnamese number format', () => {
    const text = documentParagraphs(docx);
    // 4 thefts now against 2 then (the merged commune's included); 3 of 4 cleared now, 1 of 2 then.
    expect(text).toContain('Trên địa bàn xảy ra 4 vụ phạm tội, tăng 2 vụ (+100,0\u00a0%) so với cùng kỳ.');
    expect(text).toContain(
      'Tỷ lệ điều tra làm rõ các vụ phạm tội đạt 75,0\u00a0%, tăng 25,0 điểm phần trăm so với cùng kỳ, đạt chỉ tiêu trên 75\u00a0%.',
    );
    expect(text).toContain('Tai nạn giao thông xảy ra 1 vụ, giảm 1 vụ (−50,0\u00a0%) so với cùng kỳ.');
    expect(text).toContain('Tổng số vụ phạm tội tăng tập trung tại Xã B 92 (tăng 2 vụ).');
    // A target is judged as it stood on the last day reviewed (01/3), not on the day of writing (02/3).
    expect(text.some((p) => p.includes('(đánh giá đến ngày 01/3/2026)'))).toBe(true);
    expect(text.filter((p) => p.includes('đến ngày 02/3/2026'))).toEqual([]);
  });

  it('prints no number that is not the indicator engine’s value for the same indicator, unit and period', async () => {
    const names = (await services().indicators.definitions()).map((d) => d.nameVi);
    const printed = expectNumbersAreLogged(documentParagraphs(docx), report, names);
    expect(printed.length).toBeGreaterThan(50);
    const checked = await expectFiguresFromEngine(services(), cli, report);
    expect(checked).toBe(report.figures.length);
    // The target's level is the target's own.
    expect(report.figures.filter((f) => f.field === 'targetValue').map((f) => f.text)).toContain('80');
  });

  it('puts every table of the report on a sheet of its own in the XLSX appendix', async () => {
    const xlsx = await services().reports.renderXlsx(user('phantich'), report.id);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    const tables = report.document.body.filter((b) => b.kind === 'table');
    expect(book.worksheets.map((s) => s.name)).toHaveLength(tables.length);
    const first = book.worksheets[0]!;
    expect(first.getRow(1).getCell(1).value).toBe(tables[0]!.caption);
    // "Tổng số vụ phạm tội": 4 now, 2 then, +2, +100 % — as numbers.
    const crimes = first.getRow(3);
    expect([2, 3, 4, 5].map((c) => crimes.getCell(c).value)).toEqual([4, 2, 2, 100]);
  });

  it('keeps every edit of a narrative section as a new version, and prints the latest', async () => {
    const leader = user('lanhdao.tp');
    const v2 = await services().reports.editSection(leader, report.id, 'causes', {
      text: 'Nguyên nhân khách quan.\nNguyên nhân chủ quan.',
    });
    const v3 = await services().reports.editSection(user('phantich'), report.id, 'causes', {
      text: 'Nguyên nhân đã rà soát.',
    });
    expect([v2.version, v3.version]).toEqual([2, 3]);
    const versions = await services().reports.versions(leader, report.id, 'causes');
    expect(versions.map((v) => [v.version, v.editedBy])).toEqual([
      [1, 'phantich'],
      [2, 'lanhdao.tp'],
      [3, 'phantich'],
    ]);
    expect(versions[0]!.text).toBe(report.sections.find((s) => s.key === 'causes')!.text);
    const again = await services().reports.get(leader, report.id);
    expect(again.sections.find((s) => s.key === 'causes')).toMatchObject({
      version: 3,
      text: 'Nguyên nhân đã rà soát.',
    });
    const body = readDocx((await services().reports.renderDocx(leader, report.id)).content).xml(
      'word/document.xml',
    );
    const paragraphs = descendantsNamed(body, 'w:p').map(paragraphText);
    expect(paragraphs).toContain('Nguyên nhân đã rà soát.');
    expect(paragraphs).not.toContain('Nguyên nhân khách quan.');
    const html = await services().reports.renderHtml(leader, report.id);
    expect(html).toContain('Nguyên nhân đã rà soát.');
    const audit = await world.app.services.deps.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity_id', '=', report.id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'report.generated',
      'report.section_edited',
      'report.section_edited',
    ]);
  });

  it('lets officers read but not write, and hides reports outside a jurisdiction', async () => {
    await expect(services().reports.generate(user('canbo.a'), REQUEST)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      services().reports.editSection(user('canbo.a'), report.id, 'results', { text: 'x' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    // A commune leader cannot see the province's report, nor generate one for it.
    await expect(services().reports.get(user('lanhdao.a'), report.id)).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await services().reports.list(user('lanhdao.a'))).map((r) => r.id)).not.toContain(report.id);
    await expect(services().reports.generate(user('lanhdao.a'), REQUEST)).rejects.toMatchObject({
      code: 'outside_jurisdiction',
    });
    expect((await services().reports.list(user('lanhdao.tp'))).map((r) => r.id)).toContain(report.id);
    // A commune leader reports on the commune, under the commune police's name.
    const commune = await services().reports.generate(user('lanhdao.a'), { ...REQUEST, unit: '92001' });
    expect(commune.header).toMatchObject({
      parentBody: 'Công an thành phố\n92',
      issuingBody: 'Công an phường\nA 92',
    });
    await expect(
      services().reports.generate(user('phantich'), { ...REQUEST, from: '2026-03-01', to: '2026-02-01' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
