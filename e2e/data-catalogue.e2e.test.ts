import type { DataElement, DataSet } from '@antt/shared';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT06_DATA_SET, PROJECT06_ELEMENTS } from '../packages/shared/src/datasets/project06.ts';
import { DEMO_PASSWORD } from '../packages/server/src/seed/demo-accounts.ts';
import { signInOverHttp } from './support/api-session.ts';
import { DESKTOP, launchBrowser, screenshot, watchProblems } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Issue 6: every Project 06 element is editable by an administrator. The demo administrator
// opens the catalogue from the menu, finds the data set and its ordered elements, and edits the
// ID-card applications element: a maximum below the minimum is refused next to the maximum
// field before anything is sent; a valid maximum and a new Vietnamese name save, the notice
// says what changed, and the API holds exactly that change. Then the set's columns are
// reordered. An analyst neither sees the menu entry nor opens the page.

let server: RunningServer;
let browser: Browser;

const APPLICATIONS = PROJECT06_ELEMENTS.find((e) => e.code === 'p06_cc_applications')!;
const RETURNED = PROJECT06_ELEMENTS.find((e) => e.code === 'p06_cc_returned_total')!;
const NEW_NAME = 'Hồ sơ cấp, đổi, cấp lại thẻ căn cước đã tiếp nhận';
const MAX_REFUSAL = 'Giá trị lớn nhất không được nhỏ hơn giá trị nhỏ nhất (200).';

type Session = { context: BrowserContext; page: Page; watch: Awaited<ReturnType<typeof watchProblems>> };

async function openSession(): Promise<Session> {
  const context = await browser.newContext({
    viewport: DESKTOP,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  return { context, page, watch: await watchProblems(page) };
}

/** Closes the session; no CSP violation and no console error (nothing here is refused by the server). */
async function closeSession(session: Session): Promise<void> {
  const violations = await session.watch.cspViolations().catch(() => []);
  const problems = session.watch.problems;
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

const menu = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });
const elementTable = (page: Page) => page.getByRole('table', { name: 'Chỉ số dữ liệu' });

/** The cells of an element's row, as the administrator reads them (line breaks as spaces). */
async function rowCells(page: Page, code: string): Promise<string[]> {
  const row = elementTable(page).locator(`tr[data-element="${code}"]`);
  return (await row.getByRole('cell').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** The element as the API holds it now. */
async function storedElement(code: string): Promise<DataElement> {
  const admin = await signInOverHttp(server.baseUrl, 'quantri');
  const { items } = await admin.get<{ items: DataElement[] }>('/api/data-elements');
  const found = items.find((e) => e.code === code);
  if (!found) throw new Error(`no element ${code}`);
  return found;
}

const invalid = (field: Locator) => field.getAttribute('aria-invalid');

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the Project 06 catalogue', () => {
  it('lets the administrator change an element, refusing a maximum below the minimum', async () => {
    const session = await openSession();
    const { page } = session;
    await signIn(page, 'quantri');
    await menu(page).getByRole('link', { name: 'Danh mục Đề án 06' }).click();
    await page.getByRole('heading', { level: 1, name: 'Danh mục Đề án 06' }).waitFor();

    // The shipped data set: daily, by communes, its eight elements in the grid's order.
    const set = page.getByRole('region', { name: PROJECT06_DATA_SET.nameVi });
    await set.waitFor();
    expect(await set.innerText()).toContain('Kỳ báo cáo: Hằng ngày');
    expect(await set.innerText()).toContain('Đơn vị báo cáo: Xã, phường');
    const columns = set.getByRole('list', { name: 'Các chỉ số, theo thứ tự cột trên bảng nhập liệu' });
    expect(await columns.getByRole('listitem').allInnerTexts()).toEqual(
      PROJECT06_ELEMENTS.map((e) => `${e.nameVi} (${e.code})`),
    );

    // Every element with its rules, in plain words.
    expect(await elementTable(page).locator('tbody tr').count()).toBe(PROJECT06_ELEMENTS.length);
    expect((await rowCells(page, APPLICATIONS.code)).slice(0, 6)).toEqual([
      `${APPLICATIONS.nameVi} ${APPLICATIONS.code}`,
      APPLICATIONS.shortVi,
      'Số nguyên',
      'Cộng tổng',
      'Không',
      '0 – 100.000',
    ]);
    expect((await rowCells(page, RETURNED.code)).slice(3, 6)).toEqual([
      'Lấy số cuối kỳ',
      'Có',
      '0 – 2.000.000',
    ]);

    await page.getByRole('button', { name: `Sửa chỉ số ${APPLICATIONS.shortVi}` }).click();
    const dialog = page.getByRole('dialog', { name: `Sửa chỉ số: ${APPLICATIONS.shortVi}` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Số lũy kế (không được giảm)').isChecked()).toBe(false);
    await dialog.getByLabel('Tên chỉ số (tiếng Việt)').fill(NEW_NAME);
    const min = dialog.getByLabel('Nhỏ nhất');
    const max = dialog.getByLabel('Lớn nhất');
    await min.fill('200');
    await max.fill('150');
    await dialog.getByRole('button', { name: 'Lưu' }).click();

    // Refused beside the maximum, before anything is sent: the stored element is unchanged.
    await dialog.getByText(MAX_REFUSAL).waitFor();
    expect(await invalid(max)).toBe('true');
    expect(await invalid(min)).not.toBe('true');
    await screenshot(page, 'data-catalogue-refused.png');
    expect(await storedElement(APPLICATIONS.code)).toEqual(APPLICATIONS);

    await min.fill('0');
    await max.fill('50000');
    expect(await max.inputValue()).toBe('50.000');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });

    const notice = page.getByRole('status').filter({ hasText: 'Đã lưu chỉ số' });
    expect(await notice.innerText()).toBe(
      `Đã lưu chỉ số “${NEW_NAME}”: đã sửa tên tiếng Việt và giá trị lớn nhất. Khoảng hợp lệ mới: 0 – 50.000.`,
    );
    await expect
      .poll(async () => (await rowCells(page, APPLICATIONS.code)).slice(0, 6), { timeout: 10_000 })
      .toEqual([
        `${NEW_NAME} ${APPLICATIONS.code}`,
        APPLICATIONS.shortVi,
        'Số nguyên',
        'Cộng tổng',
        'Không',
        '0 – 50.000',
      ]);
    expect(await storedElement(APPLICATIONS.code)).toEqual({
      ...APPLICATIONS,
      nameVi: NEW_NAME,
      max: 50_000,
    });
    // A window tall enough for the whole page: a full-page capture would cut the fixed menu short.
    // The dialog has left; its fading frame goes a moment later.
    await page.locator('.mantine-Modal-content').waitFor({ state: 'detached' });
    await page.setViewportSize({ width: DESKTOP.width, height: 1400 });
    await page.mouse.move(0, 0);
    await screenshot(page, 'data-catalogue.png');
    await page.setViewportSize(DESKTOP);

    // The set's columns: the returned-cards total moves up to the first column.
    await set.getByRole('button', { name: `Sửa bộ số liệu ${PROJECT06_DATA_SET.nameVi}` }).click();
    const setDialog = page.getByRole('dialog', { name: `Sửa bộ số liệu: ${PROJECT06_DATA_SET.nameVi}` });
    await setDialog.waitFor();
    await setDialog.getByRole('button', { name: `Đưa “${RETURNED.nameVi}” lên trên` }).click();
    await setDialog.getByRole('button', { name: 'Lưu' }).click();
    await setDialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('status').filter({ hasText: 'Đã lưu bộ số liệu' }).innerText()).toBe(
      `Đã lưu bộ số liệu “${PROJECT06_DATA_SET.nameVi}”: thứ tự cột.`,
    );
    const admin = await signInOverHttp(server.baseUrl, 'quantri');
    const { items } = await admin.get<{ items: DataSet[] }>('/api/datasets');
    const [first, second, ...rest] = PROJECT06_DATA_SET.elements;
    expect(items.find((s) => s.code === PROJECT06_DATA_SET.code)?.elements).toEqual([second, first, ...rest]);
    await closeSession(session);
  });

  it('is neither in the menu nor open to an analyst', async () => {
    const session = await openSession();
    const { page } = session;
    await signIn(page, 'phantich');
    expect(await menu(page).getByRole('link', { name: 'Danh mục Đề án 06' }).count()).toBe(0);
    await page.goto(`${server.baseUrl}/datasets/catalogue`);
    await page.getByText('Bạn không có quyền truy cập chức năng này.').waitFor();
    expect(await page.getByRole('heading', { name: 'Danh mục Đề án 06' }).count()).toBe(0);
    await closeSession(session);
  });
});
