import type { ReportDto } from '@antt/shared';
import { expect, it } from 'vitest';
import { buildIncidentWorld, theft, type IncidentWorld } from '../../test/incident-fixtures.ts';
import { describeEachDialect } from '../../test/test-db.ts';
import { readDocx } from '../reports/docx-reading.ts';
import { DECREE30_STYLE_HASH } from '../reports/decree30-html.ts';
import { zipEntries } from '../reports/zip-entries.ts';
import type { Actor } from '../services/actor.ts';

// Reports over HTTP: the analyst generates an interim review of the province, edits a section
// (a new version), downloads the Word document, the XLSX appendix and the preview (with a CSP
// that allows only its own style); an officer reads but cannot write; a commune leader does not
// see the province's report.

const cli: Actor = { kind: 'cli', label: 'test' };
const REQUEST = { type: 'interim', unit: '92', from: '2025-12-15', to: '2026-03-01' };

describeEachDialect('report routes', (ctx) => {
  let world: IncidentWorld;
  let report: ReportDto;
  const call = (user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    world.app.inject({
      method,
      url,
      headers: world.as[user]!.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('builds the world: thefts this winter', async () => {
    world = await buildIncidentWorld(ctx());
    for (const day of ['2025-12-20', '2026-01-10', '2026-02-02']) {
      await world.app.services.incidents.register.create(cli, theft({ occurredAt: `${day}T09:00:00+07:00` }));
    }
  });

  it('POST /api/reports generates and stores the report (analyst)', async () => {
    const response = await call('phantich', 'POST', '/api/reports', REQUEST);
    expect(response.statusCode, response.body).toBe(201);
    report = response.json();
    expect(report).toMatchObject({
      type: 'interim',
      unit: { code: '92' },
      from: '2025-12-15',
      to: '2026-03-01',
    });
    expect(report.sections.map((s) => [s.key, s.version])).toEqual([
      ['results', 1],
      ['shortcomings', 1],
      ['causes', 1],
      ['solutions', 1],
    ]);
    expect(
      report.document.body.some(
        (b) => b.kind === 'paragraph' && b.runs[0]?.text.startsWith('Trên địa bàn xảy ra 3 vụ phạm tội'),
      ),
    ).toBe(true);
  });

  it('refuses bad input and writers without the role', async () => {
    const bad = await call('phantich', 'POST', '/api/reports', { ...REQUEST, type: 'weekly' });
    expect(bad.statusCode).toBe(400);
    const officer = await call('canbo.a', 'POST', '/api/reports', REQUEST);
    expect(officer.statusCode).toBe(403);
    const edit = await call('canbo.a', 'PUT', `/api/reports/${report.id}/sections/results`, { text: 'Sửa.' });
    expect(edit.statusCode).toBe(403);
  });

  it('lists and reads the report within the jurisdiction only', async () => {
    const list = await call('lanhdao.tp', 'GET', '/api/reports');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: { id: string }) => r.id)).toContain(report.id);
    const outside = await call('lanhdao.a', 'GET', `/api/reports/${report.id}`);
    expect(outside.statusCode).toBe(404);
    expect((await call('lanhdao.a', 'GET', '/api/reports')).json().items).toEqual([]);
    const officer = await call('canbo.a', 'GET', `/api/reports/${report.id}`);
    expect(officer.statusCode).toBe(404);
  });

  it('PUT a section adds a version; the versions list keeps them all; the document prints the latest', async () => {
    const put = await call('lanhdao.tp', 'PUT', `/api/reports/${report.id}/sections/solutions`, {
      text: 'Tăng cường tuần tra ban đêm.\nRà soát các địa bàn trọng điểm.',
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ key: 'solutions', version: 2, editedBy: 'lanhdao.tp' });
    const versions = await call('phantich', 'GET', `/api/reports/${report.id}/sections/solutions/versions`);
    expect(versions.json().items.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const unknownKey = await call('phantich', 'GET', `/api/reports/${report.id}/sections/summary/versions`);
    expect(unknownKey.statusCode).toBe(400);
    const again = (await call('phantich', 'GET', `/api/reports/${report.id}`)).json() as ReportDto;
    const texts = again.document.body.flatMap((b) => (b.kind === 'paragraph' ? [b.runs[0]!.text] : []));
    expect(texts).toContain('Rà soát các địa bàn trọng điểm.');
  });

  it('downloads the .docx, the .xlsx and the preview', async () => {
    const docx = await call('phantich', 'GET', `/api/reports/${report.id}/docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers['content-disposition']).toMatch(/^attachment; filename="bao-cao-.+\.docx"$/);
    expect(readDocx(docx.rawPayload).names).toContain('word/document.xml');

    const xlsx = await call('phantich', 'GET', `/api/reports/${report.id}/xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect([...zipEntries(xlsx.rawPayload).keys()]).toContain('xl/workbook.xml');

    const preview = await call('phantich', 'GET', `/api/reports/${report.id}/preview`);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(preview.headers['content-security-policy']);
    expect(csp).toContain(`style-src ${DECREE30_STYLE_HASH}`);
    expect(csp).toContain("default-src 'none'");
    expect(preview.body).toContain('Rà soát các địa bàn trọng điểm.');

    const outside = await call('lanhdao.a', 'GET', `/api/reports/${report.id}/docx`);
    expect(outside.statusCode).toBe(404);
  });
});
