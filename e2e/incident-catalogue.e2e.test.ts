import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoFromDay, vnToday } from '../packages/shared/src/time/vn-day.ts';
import { DEMO_PASSWORD } from '../packages/server/src/seed/demo-accounts.ts';
import { DESKTOP, launchBrowser, PHONE, screenshot, watchProblems } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Issue 4's catalogues in the browser: the administrator looks up article 173 (theft), sees
// that its four clauses fall in four classes, and gives clause 1 a new version from a later
// day; the old version still applies before that day, and a version that would start earlier
// than the new one is refused next to its field. A ward officer reads the same catalogues
// without any edit button, on a desktop and on a phone.

let server: RunningServer;
let browser: Browser;

type Session = { context: BrowserContext; page: Page; watch: Awaited<ReturnType<typeof watchProblems>> };

async function openSession(options: Parameters<Browser['newContext']>[0]): Promise<Session> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...options });
  const page = await context.newPage();
  const watch = await watchProblems(page);
  return { context, page, watch };
}

/** Closes the session; no CSP violation and no console error other than the expected ones. */
async function closeSession(session: Session, expectedConsole: RegExp[] = []): Promise<void> {
  const violations = await session.watch.cspViolations().catch(() => []);
  const problems = session.watch.problems.filter((p) => !expectedConsole.some((pattern) => pattern.test(p)));
  await session.context.close();
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
  expect(problems, 'console errors').toEqual([]);
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
}

/** Opens the catalogues from the main navigation, as a user would. */
async function openCatalogues(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Danh mục vụ việc' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Danh mục vụ việc' }).waitFor();
}

/** A day as the page writes it: 2026-12-31 → 31/12/2026. */
const vnDay = (iso: string) => iso.split('-').reverse().join('/');

const penalCodeTable = (page: Page) => page.getByRole('table', { name: 'Bộ luật Hình sự 2015' });

/** The cells of each body row of the Penal Code table. */
async function clauseRows(page: Page): Promise<string[][]> {
  const rows = penalCodeTable(page).locator('tbody tr');
  const texts: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    texts.push((await rows.nth(i).getByRole('cell').allInnerTexts()).map((text) => text.trim()));
  }
  return texts;
}

/** Searches the Penal Code and waits until exactly `expected` rows show. */
async function search(page: Page, text: string, expected: number): Promise<void> {
  await page.getByLabel('Tìm theo số điều hoặc tên tội danh').fill(text);
  await expect
    .poll(() => penalCodeTable(page).locator('tbody tr').count(), { timeout: 10_000 })
    .toBe(expected);
}

async function chooseDay(page: Page, iso: string): Promise<void> {
  await page.getByLabel('Hiệu lực vào ngày').fill(vnDay(iso));
  await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
}

/** The first four cells and the class of a row, which say which version of a clause it is. */
const versionOf = (row: string[] | undefined) => row && [row[0], row[1], row[5], row[6], row[7]];

const TODAY = isoFromDay(vnToday());
/** The day the new version of 173(1) takes effect: a month ahead, so today keeps the old one. */
const NEW_VERSION_FROM = isoFromDay(addDays(vnToday(), 35));
const DAY_BEFORE_NEW_VERSION = isoFromDay(addDays(vnToday(), 34));

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('incident catalogues', () => {
  it('the administrator finds article 173, sees a class per clause, and versions clause 1 from a later day', async () => {
    const session = await openSession({ viewport: DESKTOP });
    const { page } = session;
    await signIn(page, 'quantri');
    await openCatalogues(page);
    expect(await page.getByLabel('Hiệu lực vào ngày').inputValue()).toBe(vnDay(TODAY));
    await page.getByText(`khoản có hiệu lực ngày ${vnDay(TODAY)}`).waitFor();
    await page.getByText('Khoản, không phải điều, quyết định loại tội').waitFor();

    // Article 173 (theft): the clause, not the article, sets the class (Penal Code art. 9).
    await search(page, '173', 4);
    expect(await clauseRows(page)).toEqual(
      [
        ['1', 'Phạt tù đến 3 năm', 'Ít nghiêm trọng'],
        ['2', 'Phạt tù đến 7 năm', 'Nghiêm trọng'],
        ['3', 'Phạt tù đến 15 năm', 'Rất nghiêm trọng'],
        ['4', 'Phạt tù đến 20 năm', 'Đặc biệt nghiêm trọng'],
      ].map(([clause, penalty, seriousness]) => [
        '173',
        clause,
        'Tội trộm cắp tài sản',
        'XVI',
        'Trật tự xã hội',
        penalty,
        seriousness,
        'Từ 01/01/2018',
        'Sửa',
      ]),
    );
    expect(await page.getByRole('button', { name: 'Thêm khoản' }).isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'incident-catalogue.png', { fullPage: true });

    // A new version of clause 1 from a later day: the form says the class it gives as it is typed.
    await page.getByRole('button', { name: 'Sửa Điều 173 khoản 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa Điều 173 khoản 1' });
    await dialog.waitFor();
    const article = dialog.getByRole('textbox', { name: 'Điều', exact: true });
    expect(await article.inputValue()).toBe('173');
    expect(await article.getAttribute('readonly')).not.toBeNull();
    const resulting = dialog.getByText('Loại tội theo khung này (Điều 9 BLHS):').locator('..');
    expect(await resulting.innerText()).toContain('Ít nghiêm trọng');
    await dialog.getByLabel('Mức phạt tù cao nhất (năm)').fill('5');
    await expect.poll(() => resulting.innerText()).toContain('Nghiêm trọng');
    expect(await resulting.innerText()).not.toContain('Ít nghiêm trọng');
    await dialog.getByLabel('Áp dụng từ ngày').fill(vnDay(NEW_VERSION_FROM));
    await screenshot(page, 'incident-catalogue-edit.png');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The page moves to the new version's first day and shows it there.
    await page.getByText(`Đang xem danh mục có hiệu lực vào ngày ${vnDay(NEW_VERSION_FROM)}.`).waitFor();
    // The notice shows as the save ends; the day field follows on the next render.
    await expect
      .poll(() => page.getByLabel('Hiệu lực vào ngày').inputValue(), { timeout: 10_000 })
      .toBe(vnDay(NEW_VERSION_FROM));
    await expect
      .poll(async () => versionOf((await clauseRows(page))[0]), { timeout: 10_000 })
      .toEqual(['173', '1', 'Phạt tù đến 5 năm', 'Nghiêm trọng', `Từ ${vnDay(NEW_VERSION_FROM)}`]);
    expect(versionOf((await clauseRows(page))[1])).toEqual([
      '173',
      '2',
      'Phạt tù đến 7 năm',
      'Nghiêm trọng',
      'Từ 01/01/2018',
    ]);

    // Before that day the old version still applies, now with its last day.
    await chooseDay(page, DAY_BEFORE_NEW_VERSION);
    await expect
      .poll(async () => versionOf((await clauseRows(page))[0]), { timeout: 10_000 })
      .toEqual([
        '173',
        '1',
        'Phạt tù đến 3 năm',
        'Ít nghiêm trọng',
        `Từ 01/01/2018 đến ${vnDay(DAY_BEFORE_NEW_VERSION)}`,
      ]);

    // A version starting before the later one is refused, and the form says so at the date.
    await page.getByRole('button', { name: 'Hôm nay' }).click();
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByLabel('Hiệu lực vào ngày').inputValue(), { timeout: 10_000 })
      .toBe(vnDay(TODAY));
    await page.getByRole('button', { name: 'Sửa Điều 173 khoản 1' }).click();
    await dialog.waitFor();
    await dialog.getByLabel('Mức phạt tù cao nhất (năm)').fill('4');
    await dialog.getByLabel('Áp dụng từ ngày').fill(vnDay(isoFromDay(addDays(vnToday(), 1))));
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const validFrom = dialog.getByLabel('Áp dụng từ ngày');
    await expect.poll(() => validFrom.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.innerText()).toContain(
      `Đã có phiên bản áp dụng từ ${vnDay(NEW_VERSION_FROM)}; hãy chọn ngày từ ${vnDay(NEW_VERSION_FROM)} trở đi.`,
    );
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The categories, under the four types of incident, with their own add button.
    await page.getByRole('tab', { name: 'Phân loại vụ việc' }).click();
    for (const type of ['Tội phạm', 'Tai nạn giao thông', 'Cháy, nổ', 'Tệ nạn xã hội']) {
      await page.getByRole('heading', { level: 2, name: type }).waitFor();
    }
    expect(await page.getByRole('button', { name: 'Thêm loại vụ việc' }).isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'incident-catalogue-categories.png', { fullPage: true });
    expect(await page.getByRole('button', { name: 'Sửa loại Tai nạn giao thông đường bộ' }).isVisible()).toBe(
      true,
    );
    await closeSession(session, [/status of 400/]);
  }, 120_000);

  it('a ward officer reads the same catalogues without edit buttons, on a desktop and on a phone', async () => {
    const session = await openSession({ viewport: DESKTOP });
    const { page } = session;
    await signIn(page, 'canbo');
    await openCatalogues(page);
    await search(page, '173', 4);
    const rows = await clauseRows(page);
    expect(rows.map((row) => row[6])).toEqual([
      'Ít nghiêm trọng',
      'Nghiêm trọng',
      'Rất nghiêm trọng',
      'Đặc biệt nghiêm trọng',
    ]);
    // Only the columns of the catalogue: no action column for someone who cannot edit.
    expect(rows.every((row) => row.length === 8)).toBe(true);
    const noEditButtons = async (scope: Locator) =>
      expect(await scope.getByRole('button', { name: /^(Sửa|Thêm)/ }).count()).toBe(0);
    await noEditButtons(page.getByRole('main'));
    await page.getByRole('tab', { name: 'Phân loại vụ việc' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tệ nạn xã hội' }).waitFor();
    expect(await page.getByText('Tai nạn giao thông đường bộ').first().isVisible()).toBe(true);
    await noEditButtons(page.getByRole('main'));

    // On a phone the clauses are cards, each with its class.
    await page.setViewportSize(PHONE);
    await page.getByRole('tab', { name: 'Bộ luật Hình sự 2015' }).click();
    await page.getByLabel('Tìm theo số điều hoặc tên tội danh').fill('Điều 173 khoản 4');
    const card = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Điều 173 khoản 4' });
    await card.waitFor();
    expect(await card.innerText()).toContain('Đặc biệt nghiêm trọng');
    expect(await page.getByRole('main').getByRole('listitem').count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'incident-catalogue-phone.png', { fullPage: true });
    await closeSession(session);
  }, 90_000);
});
