import type { IncidentImportJobDto } from '@antt/shared';
import { expect, it } from 'vitest';
import { buildIncidentWorld, type IncidentWorld } from '../../test/incident-fixtures.ts';
import { describeEachDialect } from '../../test/test-db.ts';

// The incident spreadsheets over HTTP: an upload starts a background job the page polls (dry
// run, refused real run, real run), a job is the starter's only, the export holds only the
// caller's jurisdiction, and the template downloads in both formats.

const HEADER = 'ma_tham_chieu,loai,thoi_gian_xay_ra,ma_xa,phan_loai,so_nguoi_chet,tom_tat';
const rowIn = (ref: string, commune: string) =>
  `${ref},traffic_accident,2026-03-01 21:30,${commune},road,0,Va chạm xe máy`;

function upload(csv: string, name = 'so.csv') {
  const boundary = '----anttImportTest';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.from(csv, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

describeEachDialect('incident import routes', (ctx) => {
  let world: IncidentWorld;

  const get = (user: string, url: string) =>
    world.app.inject({ method: 'GET', url, headers: world.as[user]!.headers });

  const post = (user: string, url: string, csv: string) => {
    const { payload, contentType } = upload(csv);
    return world.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { ...world.as[user]!.headers, 'content-type': contentType },
    });
  };

  /** Polls the job until it ends: at most 1200 polls, 25 ms apart (slow CI machines). */
  async function finished(user: string, id: string): Promise<IncidentImportJobDto> {
    for (let i = 0; i < 1200; i++) {
      const r = await get(user, `/api/incidents/imports/${id}`);
      expect(r.statusCode, r.body).toBe(200);
      const job = r.json() as IncidentImportJobDto;
      if (job.state !== 'running') return job;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the import job did not end within 30 s');
  }

  it('builds the world', async () => {
    world = await buildIncidentWorld(ctx());
  });

  it('checks an upload in the background (a dry run by default); the job is the uploader’s only', async () => {
    const started = await post(
      'lanhdao.tp',
      '/api/incidents/imports',
      [HEADER, rowIn('A-1', '92001'), rowIn('B-1', '92002')].join('\n'),
    );
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json()).toMatchObject({ state: 'running', report: null, error: null });
    const job = await finished('lanhdao.tp', started.json().id);
    expect(job).toMatchObject({
      state: 'done',
      phase: 'done',
      error: null,
      report: { dryRun: true, fileName: 'so.csv', rows: 2, added: 2, problems: [] },
    });
    expect((await get('lanhdao.b', `/api/incidents/imports/${job.id}`)).statusCode).toBe(404);
    expect((await get('phantich', '/api/incidents')).json().total).toBe(0);
  });

  it('refuses a real run with a bad row (the job names the row and column), then imports a good file', async () => {
    const bad = await post(
      'lanhdao.tp',
      '/api/incidents/imports?dryRun=false',
      [HEADER, rowIn('A-1', '92001'), rowIn('X-1', '99999'), rowIn('B-1', '92002')].join('\n'),
    );
    expect(bad.statusCode, bad.body).toBe(202);
    const refused = await finished('lanhdao.tp', bad.json().id);
    expect(refused).toMatchObject({ state: 'failed', error: { code: 'import_rejected' } });
    expect(refused.report?.problems).toEqual([
      { row: 3, column: 'ma_xa', message: expect.stringContaining('99999') },
    ]);
    expect((await get('phantich', '/api/incidents')).json().total).toBe(0);

    const good = await post(
      'lanhdao.tp',
      '/api/incidents/imports?dryRun=false',
      [HEADER, rowIn('A-1', '92001'), rowIn('B-1', '92002')].join('\n'),
    );
    const done = await finished('lanhdao.tp', good.json().id);
    expect(done).toMatchObject({ state: 'done', report: { dryRun: false, added: 2 } });
    expect((await get('phantich', '/api/incidents')).json().total).toBe(2);
  });

  it('takes a file larger than the 1 MB limit of JSON bodies', async () => {
    const summary = 'Va chạm xe máy trên đường về nhà sau giờ làm việc; '.repeat(4);
    const rows = Array.from({ length: 5000 }, (_, i) => `${rowIn(`BIG-${i}`, '92001')} ${summary}`);
    const csv = [HEADER, ...rows].join('\n');
    expect(Buffer.byteLength(csv)).toBeGreaterThan(1_100_000);
    const started = await post('lanhdao.tp', '/api/incidents/imports', csv);
    expect(started.statusCode, started.body).toBe(202);
    const job = await finished('lanhdao.tp', started.json().id);
    expect(job).toMatchObject({ state: 'done', report: { rows: 5000, added: 5000, problems: [] } });
  });

  it('refuses an upload from a read-only role, and a request that is not multipart', async () => {
    const procurator = await post(
      'kiemsat',
      '/api/incidents/imports',
      [HEADER, rowIn('K-1', '92001')].join('\n'),
    );
    expect(procurator.statusCode).toBe(403);
    const json = await world.app.inject({
      method: 'POST',
      url: '/api/incidents/imports',
      headers: world.as['lanhdao.tp']!.headers,
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.details.fields[0].path).toBe('file');
  });

  it('exports only the caller’s jurisdiction, as an attachment in the import layout', async () => {
    const ofB = await get('canbo.b', '/api/incidents/export?format=csv');
    expect(ofB.statusCode, ofB.body).toBe(200);
    expect(ofB.headers['content-type']).toContain('text/csv');
    expect(ofB.headers['content-disposition']).toBe('attachment; filename="vu-viec-2026-03-02.csv"');
    expect(ofB.body).toContain('B-1,traffic_accident,2026-03-01 21:30,92002');
    expect(ofB.body).not.toContain('A-1');
    const all = await get('lanhdao.tp', '/api/incidents/export?format=xlsx&type=traffic_accident');
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-disposition']).toBe('attachment; filename="vu-viec-2026-03-02.xlsx"');
    expect(all.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('downloads the template as XLSX and as the example CSV', async () => {
    const xlsx = await get('canbo.a', '/api/incidents/template');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="mau-nhap-vu-viec.xlsx"');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const csv = await get('kiemsat', '/api/incidents/template?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.startsWith('\uFEFFma_tham_chieu,loai,thoi_gian_xay_ra,ma_xa,')).toBe(true);
  });
});
