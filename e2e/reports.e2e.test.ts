import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphText, readDocx } from '../packages/server/src/reports/docx-reading.ts';
import { descendantsNamed } from '../packages/server/src/reports/xml-tree.ts';
import { DEMO_PASSWORD } from '../packages/server/src/seed/demo-accounts.ts';
import { launchBrowser, screenshot, watchProblems } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Issue 7's review reports in the browser: the demo analyst sets a target on the targets page
// (an indicator the demo sets none for, so only this target can bring it into the targets
// table), generates an interim review of city 92 over the first year of the 2025–2030 term,
// is told beside the field that a symbol is malformed (the server's 400), edits a narrative
// paragraph into a new version, sees the versions, and downloads the .docx, which carries the
// edited paragraph and the target's row. Screenshots: e2e/screenshots/report-*.png.

let server: RunningServer;
let browser: Browser;
/** The report the analyst wrote, for the reader's test. */
let readerCheck: { path: string } | null = null;

const ON_TIME = 'Tỷ lệ giải quyết đúng hạn';
const TARGET_NAME = 'Giải quyết đúng hạn trên 80 %, nhiệm kỳ 2025–2030 (kiểm thử báo cáo)';
const EDITED =
  'Đoạn sửa kiểm thử: Công an thành phố đã chủ động nắm chắc tình hình, không để bị động, bất ngờ.';

type Session = { context: BrowserContext; page: Page; watch: Awaited<ReturnType<typeof watchProblems>> };

async function openSession(): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  return { context, page, watch: await watchProblems(page) };
}

async function closeSession({ context, watch }: Session, expectedConsole: RegExp[] = []): Promise<void> {
  const violations = await watch.cspViolations().catch(() => []);
  await context.close();
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
  const problems = watch.problems.filter((p) => !expectedConsole.some((pattern) => pattern.test(p)));
  expect(problems, 'console errors').toEqual([]);
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name });

/** Picks an option of a Mantine select by typing part of it. */
async function choose(page: Page, label: string, typed: string, option: string): Promise<void> {
  const select = page.getByRole('combobox', { name: label, exact: true });
  await select.click();
  if (typed) await select.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The error text Mantine shows under a field, found through the field's aria-describedby. */
async function fieldError(page: Page, label: string): Promise<string> {
  const field = page.getByRole('textbox', { name: label, exact: true });
  expect(await field.getAttribute('aria-invalid'), `${label} marked invalid`).toBe('true');
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

/** Closes the notifications still shown, so a screenshot shows the page under them. */
async function closeNotifications(page: Page): Promise<void> {
  for (const close of await page.locator('.mantine-Notification-root button').all()) await close.click();
}

/** The text of every paragraph of the Word document, in order (table cells included). */
function docxParagraphs(docx: Buffer): string[] {
  return descendantsNamed(readDocx(docx).xml('word/document.xml'), 'w:p').map(paragraphText);
}

/** The text of each table row of the Word document, its cells joined by " | ". */
function docxRows(docx: Buffer): string[] {
  return descendantsNamed(readDocx(docx).xml('word/document.xml'), 'w:tr').map((row) =>
    descendantsNamed(row, 'w:tc')
      .map((cell) => descendantsNamed(cell, 'w:p').map(paragraphText).join(' '))
      .join(' | '),
  );
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('review reports', () => {
  it('lets the analyst set a target, generate an interim review, edit a paragraph and download the .docx', async () => {
    const session = await openSession();
    const { page } = session;
    await signIn(page, 'phantich');

    // A target on the targets page: the on-time share, at least 80 % over the 2025–2030 term.
    await nav(page, 'Chỉ tiêu nghị quyết').click();
    await page.getByRole('heading', { name: 'Chỉ tiêu nghị quyết', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Đặt chỉ tiêu' }).click();
    await page.getByRole('heading', { name: 'Đặt chỉ tiêu nghị quyết', level: 1 }).waitFor();
    await choose(page, 'Chỉ số', 'đúng hạn', ON_TIME);
    await page.getByRole('textbox', { name: 'Mức chỉ tiêu' }).fill('80');
    await page.getByRole('textbox', { name: 'Tên chỉ tiêu' }).fill(TARGET_NAME);
    await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await page.getByRole('heading', { name: ON_TIME, level: 1 }).waitFor();
    await page.getByText(TARGET_NAME).waitFor();

    // The reports: the menu entry, the list, and "Tạo báo cáo".
    await nav(page, 'Báo cáo sơ kết, tổng kết').click();
    await page.getByRole('heading', { name: 'Báo cáo sơ kết, tổng kết', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Tạo báo cáo' }).click();
    await page.getByRole('heading', { name: 'Tạo báo cáo', level: 1 }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Loại báo cáo', exact: true }).inputValue()).toBe(
      'Sơ kết',
    );
    expect(await page.getByRole('combobox', { name: 'Đơn vị', exact: true }).inputValue()).toBe(
      'Thành phố Cần Thơ',
    );
    await page.getByRole('textbox', { name: 'Từ ngày' }).fill('15/12/2025');
    await page.getByRole('textbox', { name: 'Đến ngày' }).fill('14/11/2026');
    await page.getByRole('textbox', { name: 'Số', exact: true }).fill('125');
    await page.getByRole('textbox', { name: 'Ký hiệu' }).fill('bc catp');
    await page.getByRole('textbox', { name: 'Ký hiệu' }).blur();

    // A symbol in lower case with a space: the server refuses it, and the form says so beside it.
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    await page.getByText('Chưa lập được: hãy sửa các ô được đánh dấu đỏ.').waitFor();
    expect(await fieldError(page, 'Ký hiệu')).toContain('Ký hiệu gồm chữ in hoa và chữ số');
    expect(new URL(page.url()).pathname).toBe('/reports/new');
    await closeNotifications(page);
    await page.waitForTimeout(300);
    await screenshot(page, 'report-new.png', { fullPage: true });
    // Corrected, the field loses its red mark and the form its alert.
    await page.getByRole('textbox', { name: 'Ký hiệu' }).fill('BC-CATP');
    expect(await page.getByRole('textbox', { name: 'Ký hiệu' }).getAttribute('aria-invalid')).not.toBe(
      'true',
    );
    expect(await page.getByText('Chưa lập được: hãy sửa các ô được đánh dấu đỏ.').count()).toBe(0);

    // Generating says what it is doing, then opens the report. The request is held back a moment
    // so the progress is seen however fast the server is.
    await page.route('**/api/reports', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Đang lập báo cáo: tính số liệu các chỉ số, chỉ tiêu và viết các phần nhận định…' })
      .waitFor();
    await page.getByRole('heading', { name: 'Báo cáo sơ kết', level: 1 }).waitFor({ timeout: 60_000 });
    const reportPath = new URL(page.url()).pathname;
    expect(reportPath).toMatch(/^\/reports\/[^/]+$/);
    const header = page.getByTestId('report-header');
    expect(await header.innerText()).toContain('125/BC-CATP');
    expect(await header.innerText()).toContain('15/12/2025 – 14/11/2026');

    // The print preview is the server's page in a frame of the app (its CSP allows 'self' only).
    const preview = page.frameLocator('[data-testid="report-preview"]');
    await preview.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').waitFor();
    await preview.getByText(ON_TIME).first().waitFor();

    // "Sửa" on the results: a paragraph added, saved as version 2, shown with who and when.
    const results = page.getByTestId('report-section-results');
    const generated = await results.innerText();
    expect(generated).toContain('Phiên bản 1');
    await results.getByRole('button', { name: 'Sửa: Kết quả đạt được' }).click();
    const editor = results.getByRole('textbox', { name: 'Nội dung phần Kết quả đạt được' });
    const before = await editor.inputValue();
    expect(before.length).toBeGreaterThan(50);
    await editor.fill(`${before}\n${EDITED}`);
    await closeNotifications(page);
    await results.getByRole('button', { name: 'Lưu phiên bản mới' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'report-section-edit.png');
    await results.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await results.getByText(EDITED).waitFor();
    await results.getByText(/^Phiên bản 2 · /).waitFor();
    await results.getByRole('button', { name: 'Các phiên bản: Kết quả đạt được' }).click();
    const versions = page.getByTestId('report-versions-results');
    await versions.getByText('Phiên bản 2', { exact: true }).waitFor();
    await versions.getByText('Phiên bản 1', { exact: true }).waitFor();
    expect(await versions.getByText(EDITED).count()).toBe(1);
    await versions.getByText('đang dùng').waitFor();
    await versions.getByText('lập tự động').waitFor();
    // The preview reloads with the new version.
    await preview.getByText(EDITED).waitFor();
    await closeNotifications(page);
    await page.waitForTimeout(300);
    await screenshot(page, 'report-view.png', { fullPage: true });

    // "Tải Word (.docx)": the file carries the edited paragraph and the target's row.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải Word (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bao-cao-.+\.docx$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const docx = Buffer.concat(chunks);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docxParagraphs(docx)).toContain(EDITED);
    const targetRows = docxRows(docx).filter((row) => row.startsWith(`${ON_TIME} | 15/12/2025 – 14/12/2030`));
    expect(targetRows, 'the new target in the targets table').toHaveLength(1);
    expect(targetRows[0]).toContain('80');

    // The list shows it: type, unit, period, who created it.
    await nav(page, 'Báo cáo sơ kết, tổng kết').click();
    const row = page
      .getByTestId('report-list')
      .getByRole('row')
      .filter({ hasText: '15/12/2025 – 14/11/2026' });
    await row.first().waitFor();
    const rowText = await row.first().innerText();
    expect(rowText).toContain('Sơ kết');
    expect(rowText).toContain('Thành phố Cần Thơ');
    await closeSession(session, [/status of 400/]);
    readerCheck = { path: reportPath };
  }, 180_000);

  it('lets a procurator read the report, without the buttons that write', async () => {
    expect(readerCheck, 'the analyst’s report').not.toBeNull();
    const session = await openSession();
    const { page } = session;
    await signIn(page, 'kiemsat');
    expect(await nav(page, 'Báo cáo sơ kết, tổng kết').count()).toBe(0);
    await page.goto(`${server.baseUrl}/reports`);
    await page.getByRole('heading', { name: 'Báo cáo sơ kết, tổng kết', level: 1 }).waitFor();
    await page.getByText('Bạn được xem các báo cáo về địa bàn của mình', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: 'Tạo báo cáo' }).count()).toBe(0);
    await page.goto(`${server.baseUrl}${readerCheck!.path}`);
    const results = page.getByTestId('report-section-results');
    await results.getByText(EDITED).waitFor();
    expect(await page.getByRole('button', { name: /^Sửa: / }).count()).toBe(0);
    await page.getByRole('link', { name: 'Tải Word (.docx)' }).waitFor();
    await closeSession(session);
  }, 60_000);
});
