import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoFromDay, vnToday } from '../packages/shared/src/time/vn-day.ts';
import { DEMO_PASSWORD } from '../packages/server/src/seed/demo-accounts.ts';
import { DESKTOP, launchBrowser, screenshot, watchProblems } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Issue 4's register in the browser: the ward officer (Công an phường Sóc Trăng) records a
// traffic accident and a theft through the form — the form names what is missing before
// anything is sent, and the clause sets the seriousness — then edits the theft, whose history
// says what changed in words. The province analyst filters the list to traffic accidents (the
// filters live in the URL), opens the map of the same filters, exports the list to Excel and
// finds the officer's accident in the file, and checks a file on the import page. A procurator
// reads but records nothing. Each step saves a screenshot (e2e/screenshots/incident*.png) and
// fails on any console error or CSP violation.

let server: RunningServer;
let browser: Browser;

const yesterday = isoFromDay(addDays(vnToday(), -1));
/** The analyst's filter: a month of the demo's accidents holds some with map points whatever the day. */
const monthAgo = isoFromDay(addDays(vnToday(), -30));
/** "2026-03-01" → "01/03/2026": days are typed as Vietnamese write them. */
const vnDay = (iso: string) => iso.split('-').reverse().join('/');
const ACCIDENT =
  'Xe tải biển số 83C-123.45 va chạm với xe mô tô trên Quốc lộ 1A đoạn qua phường Sóc Trăng, một người chết, hai người bị thương.';
const THEFT =
  'Đối tượng lẻn vào nhà dân trên đường Trần Hưng Đạo lấy trộm một xe mô tô Honda Vision trị giá khoảng 30 triệu đồng.';
/** Inside Phường Sóc Trăng (the label point of its shipped boundary, data/geo). */
const IN_SOC_TRANG_WARD = { lon: '105.99187', lat: '9.62232' };

type Session = { context: BrowserContext; page: Page; watch: Awaited<ReturnType<typeof watchProblems>> };

async function openSession(): Promise<Session> {
  const context = await browser.newContext({
    viewport: DESKTOP,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const watch = await watchProblems(page);
  return { context, page, watch };
}

/** Closes the session; no CSP violation and no console error. */
async function closeSession(session: Session): Promise<void> {
  const violations = await session.watch.cspViolations().catch(() => []);
  const problems = [...session.watch.problems];
  await session.context.close();
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
  expect(problems, 'console errors').toEqual([]);
}

async function fullScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name, { fullPage: true });
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
}

async function openRegister(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Vụ việc', exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Sổ vụ việc' }).waitFor();
}

/** Picks an option of a Mantine select by its label, typing to narrow long lists. */
async function choose(page: Page, label: string, option: string | RegExp, typed?: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  if (typed) await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** The incident's date and time: a day typed dd/MM/yyyy and a 24-hour time, as an officer writes them. */
async function fillWhen(page: Page, day: string, time: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Thời gian xảy ra (giờ Việt Nam) – ngày' }).fill(vnDay(day));
  await page.getByRole('textbox', { name: 'Thời gian xảy ra (giờ Việt Nam) – giờ' }).fill(time);
}

/** Sends the form and waits for the new incident's page; a refusal fails with what the form says. */
async function record(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  try {
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  } catch (error) {
    const said = await page.locator('.mantine-InputWrapper-error, [role=alert]').allInnerTexts();
    throw new Error(`the form was not saved: ${said.join(' | ') || 'no message'}`, { cause: error });
  }
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the incident register', () => {
  it('a ward officer records a traffic accident through the form', async () => {
    const officer = await openSession();
    const { page } = officer;
    await signIn(page, 'canbo');
    await openRegister(page);
    await page.getByRole('link', { name: 'Ghi nhận vụ việc' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ghi nhận vụ việc' }).waitFor();
    expect(await page.getByText('Vụ việc được ghi vào sổ của Công an phường Sóc Trăng.').isVisible()).toBe(
      true,
    );

    // The type comes first; the fields of a traffic accident follow it.
    await page.getByRole('radio', { name: 'Tai nạn giao thông' }).click();
    await page.getByRole('combobox', { name: 'Phân loại' }).waitFor();
    // Sent empty, the form says next to each field what is missing, and sends nothing.
    let sent = false;
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/incidents') sent = true;
    });
    await page.getByRole('button', { name: 'Ghi vào sổ' }).click();
    await page.getByText('Nhập ngày và giờ xảy ra.').waitFor();
    for (const message of [
      'Chọn xã, phường hoặc nhập tọa độ nơi xảy ra.',
      'Chọn phân loại.',
      'Hãy tóm tắt vụ việc.',
    ])
      expect(await page.getByText(message).isVisible(), message).toBe(true);
    expect(sent).toBe(false);

    await fillWhen(page, yesterday, '07:45');
    // Typed without tone marks, as on many keyboards.
    await choose(page, 'Xã, phường, đặc khu', 'Phường Sóc Trăng', 'soc trang');
    await page.getByLabel('Địa chỉ').fill('Quốc lộ 1A, trước cây xăng số 5');
    await choose(page, 'Phân loại', 'Tai nạn giao thông đường bộ');
    await page.getByLabel('Tuyến đường').fill('Quốc lộ 1A, Km 2090');
    await page.getByLabel('Số người chết').fill('1');
    await page.getByLabel('Số người bị thương').fill('2');
    await page.getByLabel('Số phương tiện').fill('2');
    await page.getByLabel('Tóm tắt vụ việc').fill(ACCIDENT);
    expect(await page.getByText('Nhập ngày và giờ xảy ra.').count()).toBe(0);
    await fullScreenshot(page, 'incident-form-traffic.png');

    await record(page, 'Ghi vào sổ');
    await page.getByRole('heading', { level: 1, name: 'Tai nạn giao thông đường bộ' }).waitFor();
    expect(await page.getByTestId('incident-summary').innerText()).toBe(ACCIDENT);
    const [y, m, d] = yesterday.split('-');
    expect(await page.getByText(`${d}/${m}/${y} 07:45`).first().isVisible()).toBe(true);
    // Labels are shown in capitals.
    expect(await page.getByRole('region', { name: 'Nội dung' }).innerText()).toMatch(/số người chết\s+1\b/iu);
    await closeSession(officer);
  });

  it('the officer records a theft by its map point; the clause sets the seriousness; an edit shows in the history', async () => {
    const officer = await openSession();
    const { page } = officer;
    await signIn(page, 'canbo');
    await openRegister(page);
    await page.getByRole('link', { name: 'Ghi nhận vụ việc' }).click();
    await page.getByRole('radio', { name: 'Tội phạm' }).click();
    await fillWhen(page, yesterday, '22:10');
    // No commune: the point decides it.
    await page.getByLabel('Kinh độ').fill(IN_SOC_TRANG_WARD.lon);
    await page.getByLabel('Vĩ độ').fill(IN_SOC_TRANG_WARD.lat);
    await page.getByLabel('Địa chỉ').fill('Số 12 đường Trần Hưng Đạo');
    await choose(page, 'Điều (Bộ luật Hình sự 2015)', 'Điều 173. Tội trộm cắp tài sản', '173');
    await choose(page, 'Khoản', /^Khoản 1 — /);
    expect(await page.getByTestId('crime-class').innerText()).toContain('Tội phạm ít nghiêm trọng');
    // A heavier clause of the same article is a heavier class.
    await choose(page, 'Khoản', /^Khoản 4 — /);
    expect(await page.getByTestId('crime-class').innerText()).toContain('Tội phạm đặc biệt nghiêm trọng');
    await choose(page, 'Khoản', /^Khoản 1 — /);
    await page.getByTestId('crime-class').getByText('Tội phạm ít nghiêm trọng').waitFor();
    await page.getByLabel('Tóm tắt vụ việc').fill(THEFT);
    await fullScreenshot(page, 'incident-form-crime.png');

    await record(page, 'Ghi vào sổ');
    await page.getByRole('heading', { level: 1, name: 'Tội trộm cắp tài sản (Điều 173 khoản 1)' }).waitFor();
    const facts = page.getByRole('region', { name: 'Nội dung' });
    expect(await facts.innerText()).toContain('Điều 173 khoản 1 — Tội trộm cắp tài sản');
    expect(await facts.innerText()).toContain('Tội phạm ít nghiêm trọng');
    expect(await page.getByRole('region', { name: 'Thời gian, nơi xảy ra' }).innerText()).toContain(
      'Phường Sóc Trăng',
    );

    // The case goes under investigation: the history says so in words.
    await page.getByRole('link', { name: 'Sửa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sửa vụ việc' }).waitFor();
    await choose(page, 'Trạng thái', 'Đang điều tra, xác minh');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const changes = page.getByTestId('history-changes');
    await changes.waitFor();
    expect(await changes.innerText()).toContain('Trạng thái: Mới tiếp nhận → Đang điều tra, xác minh');
    expect(await page.getByRole('region', { name: 'Lịch sử' }).innerText()).toContain('Sửa thông tin');
    // Close the "saved" notices, so the picture shows the page's own buttons.
    const notices = page.locator('.mantine-Notification-root');
    for (const close of await notices.getByRole('button').all()) await close.click();
    await expect.poll(() => notices.count(), { timeout: 10_000 }).toBe(0);
    await fullScreenshot(page, 'incident-detail.png');
    await closeSession(officer);
  });

  it('the province analyst filters to traffic accidents, opens the map and exports the list', async () => {
    const analyst = await openSession();
    const { page } = analyst;
    await signIn(page, 'phantich');
    await openRegister(page);
    await choose(page, 'Loại vụ việc', 'Tai nạn giao thông');
    await page.getByLabel('Từ ngày').fill(vnDay(monthAgo));
    await page.getByLabel('Từ ngày').blur();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('traffic_accident');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(monthAgo);
    // Only traffic accidents are listed (once the filtered answer has replaced the first one).
    const typeColumn = () =>
      page
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[2]?.textContent ?? ''));
    await expect
      .poll(
        async () => {
          const types = await typeColumn();
          return types.length > 0 && types.every((text) => text.startsWith('Tai nạn giao thông'));
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const row = page.getByRole('row').filter({ hasText: ACCIDENT });
    await row.waitFor();
    expect(await row.innerText()).toContain('Phường Sóc Trăng');
    expect(await row.getByTitle('1 chết, 2 bị thương').count()).toBe(1);
    await screenshot(page, 'incidents-list.png');

    // The map shows the same incidents: counts per commune and the points.
    await page.getByRole('link', { name: 'Bản đồ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bản đồ vụ việc' }).waitFor();
    expect(new URL(page.url()).searchParams.get('type')).toBe('traffic_accident');
    const ward = page.locator('path[data-commune="31507"]');
    await ward.waitFor();
    expect(await ward.getAttribute('aria-label')).toMatch(/^Phường Sóc Trăng: [1-9]\d* vụ việc$/);
    expect(await page.getByTestId('map-point').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('map-legend').innerText()).toContain('Tai nạn giao thông');
    // A commune reached by the keyboard names itself with its count (as hovering does).
    await ward.focus();
    expect(await page.getByRole('tooltip').innerText()).toContain('Phường Sóc Trăng');
    await fullScreenshot(page, 'incidents-map.png');

    // The export is the filtered list, in the import's layout: the officer's accident is in it.
    await page.getByRole('link', { name: 'Danh sách' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sổ vụ việc' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Xuất Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const rows: string[] = [];
    book.worksheets[0]!.eachRow((r) => rows.push(JSON.stringify(r.values)));
    const accident = rows.find((r) => r.includes(ACCIDENT));
    expect(accident, 'the officer’s accident in the export').toBeDefined();
    expect(accident).toContain('traffic_accident');
    expect(
      rows.some((r) => r.includes(THEFT)),
      'the theft is filtered out',
    ).toBe(false);
    await closeSession(analyst);
  });

  it('the analyst downloads the template and checks a file with one bad row', async () => {
    const analyst = await openSession();
    const { page } = analyst;
    await signIn(page, 'phantich');
    await openRegister(page);
    await page.getByRole('link', { name: 'Nhập từ tệp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhập vụ việc từ tệp' }).waitFor();
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải mẫu CSV' }).click(),
    ]);
    const header = readFileSync((await template.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]!;
    expect(header.split(',')).toContain('thoi_gian_xay_ra');

    // One good accident and one with negative deaths, in the template's own columns.
    const columns = header.split(',');
    const line = (values: Record<string, string>) => columns.map((c) => values[c] ?? '').join(',');
    const good = {
      loai: 'traffic_accident',
      thoi_gian_xay_ra: `${yesterday} 09:00`,
      ma_xa: '31507',
      phan_loai: 'road',
      so_nguoi_chet: '0',
      so_nguoi_bi_thuong: '1',
      tom_tat: 'Xe máy va chạm xe đạp',
    };
    const csv = [header, line(good), line({ ...good, so_nguoi_chet: '-1' })].join('\n');
    // The file input behind the "Tệp cần nhập" button.
    await page.locator('input[type=file]').setInputFiles({
      name: 'so-vu-viec.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('import-rows').innerText()).toBe('2');
    expect(await page.getByTestId('import-bad').innerText()).toBe('1');
    const problems = page.getByTestId('import-problems');
    const problemRow = problems.getByRole('row').filter({ hasText: 'Số người chết' });
    expect(await problemRow.innerText()).toMatch(/^3\s/);
    await fullScreenshot(page, 'incidents-import.png');
    await closeSession(analyst);
  });

  it('a procurator reads the register but has no button to record, import or act in bulk', async () => {
    const procurator = await openSession();
    const { page } = procurator;
    await signIn(page, 'kiemsat');
    await openRegister(page);
    await page.getByRole('row').nth(1).waitFor();
    for (const name of ['Ghi nhận vụ việc', 'Nhập từ tệp'])
      expect(await page.getByRole('link', { name }).count(), name).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Xuất Excel' }).isVisible()).toBe(true);
    await closeSession(procurator);
  });
});
