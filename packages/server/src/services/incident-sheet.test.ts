import type { IncidentSummaryDto } from '@antt/shared';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import {
  readIncidentSheet,
  renderIncidentSheet,
  renderIncidentTemplate,
  requestFromSheetRow,
  type SheetRow,
} from './incident-sheet.ts';
import { booleanOf, dayOf, incidentTypeOf, instantOf, integerOf, statusOf } from './incident-sheet-values.ts';

// The incident spreadsheet without a database: the values officers type, the two file formats,
// headers by key or Vietnamese label, row numbers as the spreadsheet shows them, and the export
// read back into the very requests that made it.

const csv = (text: string, bom = false) => ({
  name: 'vu-viec.csv',
  bytes: Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8'),
});

async function xlsx(rows: unknown[][]): Promise<{ name: string; bytes: Buffer }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ');
  for (const row of rows) sheet.addRow(row);
  return { name: 'vu-viec.xlsx', bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

describe('cell values', () => {
  it('reads Vietnamese and ISO dates as Vietnam time, and Excel date cells by their wall clock', () => {
    const expected = { value: '2026-03-01T21:30:00+07:00' };
    expect(instantOf('2026-03-01 21:30')).toEqual(expected);
    expect(instantOf('2026-03-01T21:30')).toEqual(expected);
    expect(instantOf('01/03/2026 21:30')).toEqual(expected);
    expect(instantOf(new Date(Date.UTC(2026, 2, 1, 21, 30)))).toEqual(expected);
    expect(instantOf('01/03/2026')).toEqual({ value: '2026-03-01T00:00:00+07:00' });
    expect(instantOf('2026-03-01T14:30:00Z')).toEqual({ value: '2026-03-01T14:30:00Z' });
    expect(instantOf('31/02/2026')).toHaveProperty('problem');
    expect(instantOf('2026-03-01 25:00')).toHaveProperty('problem');
    expect(instantOf('hôm qua')).toHaveProperty('problem');
    expect(dayOf('18/02/2026')).toEqual({ value: '2026-02-18' });
  });

  it('reads whole numbers, đồng with Vietnamese thousands separators, có / không and Vietnamese names', () => {
    expect(integerOf('150.000.000', { grouped: true })).toEqual({ value: 150_000_000 });
    expect(integerOf('150 000 000 đồng', { grouped: true })).toEqual({ value: 150_000_000 });
    expect(integerOf('150.000.000')).toHaveProperty('problem');
    expect(integerOf('1,5', { grouped: true })).toHaveProperty('problem');
    expect(integerOf('-1')).toEqual({ value: -1 });
    expect(integerOf(2.5)).toHaveProperty('problem');
    for (const yes of ['có', 'Có', '1', 'x', 'yes', true, 1]) expect(booleanOf(yes)).toEqual({ value: true });
    for (const no of ['không', 'KHONG', '0', 'no', false]) expect(booleanOf(no)).toEqual({ value: false });
    expect(booleanOf('có lẽ')).toHaveProperty('problem');
    expect(incidentTypeOf('Tội phạm')).toEqual({ value: 'crime' });
    expect(incidentTypeOf('tai nan giao thong')).toEqual({ value: 'traffic_accident' });
    expect(incidentTypeOf('Cháy, nổ')).toEqual({ value: 'fire' });
    expect(incidentTypeOf('TỆ NẠN XÃ HỘI')).toEqual({ value: 'social_vice' });
    expect(incidentTypeOf('trộm')).toHaveProperty('problem');
    expect(statusOf('Đang điều tra')).toEqual({ value: 'investigating' });
  });
});

describe('reading a file', () => {
  it('reads a semicolon CSV with a byte-order mark and Vietnamese headers, numbering rows as a spreadsheet does', async () => {
    const sheet = await readIncidentSheet(
      csv(
        'Loại vụ việc;THOI GIAN XAY RA;mã xã, phường;Tóm tắt\n' +
          'crime;2026-03-01 21:30;92001;Trộm xe\n' +
          '\n' +
          'fire;"01/03/2026 08:00";92002;"Cháy; không thương vong"\n',
        true,
      ),
    );
    expect(sheet.format).toBe('csv');
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(sheet.rows[1]!.cells).toEqual({
      loai: 'fire',
      thoi_gian_xay_ra: '01/03/2026 08:00',
      ma_xa: '92002',
      tom_tat: 'Cháy; không thương vong',
    });
  });

  it('names an unknown header and a missing required column on row 1', async () => {
    const sheet = await readIncidentSheet(csv('loai,ngay,ma_xa\ncrime,2026-03-01,92001\n'));
    expect(sheet.missingColumns).toBe(true);
    expect(sheet.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 1, column: '', message: expect.stringContaining('"ngay"') }),
        expect.objectContaining({ row: 1, column: 'thoi_gian_xay_ra' }),
        expect.objectContaining({ row: 1, column: 'tom_tat' }),
      ]),
    );
  });

  it('reads the first worksheet of an XLSX file: date cells, numbers, rich text and formula results', async () => {
    const file = await xlsx([
      ['loai', 'thoi_gian_xay_ra', 'ma_xa', 'so_nguoi_chet', 'so_nguoi_bi_thuong', 'phan_loai', 'tom_tat'],
      [
        'Tai nạn giao thông',
        new Date(Date.UTC(2026, 2, 1, 21, 30)),
        92001,
        { formula: '1+0', result: 1 },
        2,
        'road',
        { richText: [{ text: 'Va chạm ' }, { text: 'xe máy' }] },
      ],
    ]);
    const sheet = await readIncidentSheet(file);
    expect(sheet.format).toBe('xlsx');
    expect(sheet.problems).toEqual([]);
    const { request, problems } = requestFromSheetRow(sheet.rows[0]!);
    expect(problems).toEqual([]);
    expect(request).toEqual({
      type: 'traffic_accident',
      occurredAt: '2026-03-01T21:30:00+07:00',
      communeCode: '92001',
      category: 'road',
      deaths: 1,
      injuries: 2,
      vehicles: 0,
      summary: 'Va chạm xe máy',
    });
  });

  it('refuses, by content, a file that is neither XLSX nor UTF-8 text, and a file over the size limit', async () => {
    const oldExcel = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readIncidentSheet({ name: 'so.csv', bytes: oldExcel })).rejects.toMatchObject({
      code: 'unsupported_media_type',
    });
    const huge = Buffer.alloc(50 * 1024 * 1024 + 1, 0x61);
    await expect(readIncidentSheet({ name: 'a.csv', bytes: huge })).rejects.toBeInstanceOf(DomainError);
    await expect(readIncidentSheet({ name: 'a.csv', bytes: huge })).rejects.toMatchObject({
      code: 'payload_too_large',
    });
  });
});

describe('one row as a request', () => {
  const row = (cells: SheetRow['cells']): SheetRow => ({ row: 7, cells });

  it('turns a fire row into the API request: đồng grouped, cause by code, the tip code kept apart', () => {
    const r = requestFromSheetRow(
      row({
        ma_tham_chieu: 'CN-7',
        loai: 'cháy, nổ',
        thoi_gian_xay_ra: '10/06/2025 14:20',
        ma_xa: '31783',
        phan_loai: 'fire',
        thiet_hai_vnd: '150.000.000',
        nguyen_nhan: 'electrical',
        da_lam_ro: 'không',
        ma_tin_bao: 'abcde-12345',
        don_vi_lap: 'CAX-31783',
        tom_tat: 'Cháy kho',
      }),
    );
    expect(r.problems).toEqual([]);
    expect(r.request).toEqual({
      type: 'fire',
      occurredAt: '2025-06-10T14:20:00+07:00',
      communeCode: '31783',
      category: 'fire',
      deaths: 0,
      injuries: 0,
      damageVnd: 150_000_000,
      cause: 'electrical',
      cleared: false,
      externalRef: 'CN-7',
      summary: 'Cháy kho',
    });
    expect(r.tipCode).toBe('ABCDE12345');
    expect(r.reportingUnitCode).toBe('CAX-31783');
  });

  it('names the column of each cell it cannot read, and of a figure the type does not use', () => {
    const r = requestFromSheetRow(
      row({
        loai: 'crime',
        thoi_gian_xay_ra: '2026-13-01',
        ma_xa: 'Phường 5',
        dieu: 'một trăm',
        khoan: '1',
        so_nguoi_chet: '2',
        tom_tat: 'x',
      }),
    );
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [7, 'thoi_gian_xay_ra'],
      [7, 'ma_xa'],
      [7, 'dieu'],
      [7, 'so_nguoi_chet'],
    ]);
  });
});

const unit = (code: string) => ({ id: `id-${code}`, code, name: code });
const base = {
  commune: unit('31507'),
  address: null,
  lon: null,
  lat: null,
  reportingUnit: unit('CAX-31507'),
  status: 'open',
  cleared: false,
  clearedOn: null,
  crime: null,
  deaths: null,
  injuries: null,
  vehicles: null,
  road: null,
  damageVnd: null,
  fireCause: null,
  siteName: null,
  tip: null,
  version: 1,
  updatedAt: '2026-03-02T03:00:00.000Z',
} as const;

const EXPORTED: IncidentSummaryDto[] = [
  {
    ...base,
    id: 'a',
    type: 'crime',
    category: 'social_order',
    occurredAt: '2025-03-14T14:30:00.000Z',
    occurredOn: '2025-03-14',
    commune: unit('31498'),
    address: 'Đường Lê Lợi, khóm 3',
    lon: 105.99333,
    lat: 9.63101,
    status: 'closed',
    cleared: true,
    clearedOn: '2025-03-20',
    externalRef: 'ST-1',
    summary: '=HYPERLINK("x") trộm xe, "đã thu hồi"',
    crime: { article: 173, clause: 1, title: 'Tội trộm cắp tài sản', seriousness: 'less_serious' },
    tip: { id: 'tip-1', label: '5/2025' },
  },
  {
    ...base,
    id: 'b',
    type: 'fire',
    category: 'explosion',
    occurredAt: '2025-11-18T04:40:07.000Z',
    occurredOn: '2025-11-18',
    externalRef: null,
    summary: 'Nổ bình gas',
    deaths: 0,
    injuries: 1,
    damageVnd: 45_000_000,
    fireCause: 'gas_or_fuel',
  },
  {
    ...base,
    id: 'c',
    type: 'traffic_accident',
    category: 'road',
    occurredAt: '2026-01-02T00:05:00.000Z',
    occurredOn: '2026-01-02',
    externalRef: 'GT-9',
    summary: 'Va chạm',
    deaths: 1,
    injuries: 0,
    vehicles: 2,
    road: 'Quốc lộ 1',
  },
  {
    ...base,
    id: 'd',
    type: 'social_vice',
    category: 'gambling',
    occurredAt: '2026-02-01T15:00:00.000Z',
    occurredOn: '2026-02-01',
    externalRef: 'TN-1',
    summary: 'Đánh bạc',
    siteName: 'Nhà dân',
  },
];

/** The request each exported incident must read back as. */
const EXPECTED_REQUESTS = [
  {
    type: 'crime',
    occurredAt: '2025-03-14T21:30:00+07:00',
    communeCode: '31498',
    address: 'Đường Lê Lợi, khóm 3',
    lon: 105.99333,
    lat: 9.63101,
    status: 'closed',
    cleared: true,
    clearedOn: '2025-03-20',
    externalRef: 'ST-1',
    summary: '=HYPERLINK("x") trộm xe, "đã thu hồi"',
    article: 173,
    clause: 1,
  },
  {
    type: 'fire',
    occurredAt: '2025-11-18T11:40:07+07:00',
    communeCode: '31507',
    status: 'open',
    cleared: false,
    summary: 'Nổ bình gas',
    category: 'explosion',
    deaths: 0,
    injuries: 1,
    damageVnd: 45_000_000,
    cause: 'gas_or_fuel',
  },
  {
    type: 'traffic_accident',
    occurredAt: '2026-01-02T07:05:00+07:00',
    communeCode: '31507',
    status: 'open',
    cleared: false,
    externalRef: 'GT-9',
    summary: 'Va chạm',
    category: 'road',
    deaths: 1,
    injuries: 0,
    vehicles: 2,
    road: 'Quốc lộ 1',
  },
  {
    type: 'social_vice',
    occurredAt: '2026-02-01T22:00:00+07:00',
    communeCode: '31507',
    status: 'open',
    cleared: false,
    externalRef: 'TN-1',
    summary: 'Đánh bạc',
    category: 'gambling',
    siteName: 'Nhà dân',
  },
];

describe('export and import agree', () => {
  for (const format of ['csv', 'xlsx'] as const) {
    it(`reads an exported ${format.toUpperCase()} back into the requests that made it`, async () => {
      const bytes = await renderIncidentSheet(EXPORTED, format, {
        tipCodes: new Map([['tip-1', 'ABCDE12345']]),
      });
      const sheet = await readIncidentSheet({ name: `vu-viec.${format}`, bytes });
      expect(sheet.format).toBe(format);
      expect(sheet.problems).toEqual([]);
      const requests = sheet.rows.map(requestFromSheetRow);
      expect(requests.flatMap((r) => r.problems)).toEqual([]);
      expect(requests.map((r) => r.row)).toEqual([2, 3, 4, 5]);
      expect(requests.map((r) => r.request)).toEqual(EXPECTED_REQUESTS);
      expect(requests.map((r) => r.reportingUnitCode)).toEqual(Array(4).fill('CAX-31507'));
      expect(requests[0]!.tipCode).toBe('ABCDE12345');
    });
  }

  it('guards a formula-like text in the CSV so a spreadsheet shows it as text', async () => {
    const text = (await renderIncidentSheet(EXPORTED.slice(0, 1), 'csv')).toString('utf8');
    expect(text.startsWith('\uFEFFma_tham_chieu,loai,thoi_gian_xay_ra,')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""x"") trộm xe, ""đã thu hồi"""`);
    expect(text).toContain('2025-03-14 21:30');
  });
});

describe('the template', () => {
  it('is the example rows with a "Hướng dẫn" sheet that documents every column', async () => {
    const bytes = await renderIncidentTemplate('xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Vụ việc', 'Hướng dẫn']);
    const guide: string[] = [];
    workbook.worksheets[1]!.eachRow((r) => guide.push(String(r.getCell(1).value)));
    for (const key of ['ma_tham_chieu', 'loai', 'thoi_gian_xay_ra', 'ma_tin_bao', 'tom_tat'])
      expect(guide).toContain(key);
    const sheet = await readIncidentSheet({ name: 'mau.xlsx', bytes });
    const csvSheet = await readIncidentSheet({ name: 'mau.csv', bytes: await renderIncidentTemplate('csv') });
    expect(sheet.rows.length).toBeGreaterThanOrEqual(12);
    // The XLSX holds the examples as typed cells (dates as dates), read back to the same requests.
    expect(sheet.rows.map((r) => requestFromSheetRow(r).request)).toEqual(
      csvSheet.rows.map((r) => requestFromSheetRow(r).request),
    );
    expect(new Set(sheet.rows.map((r) => requestFromSheetRow(r).request.type))).toEqual(
      new Set(['crime', 'traffic_accident', 'fire', 'social_vice']),
    );
  });
});
