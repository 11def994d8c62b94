import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../packages/server/src/seed/demo-accounts.ts';
import { DESKTOP, launchBrowser, PHONE, screenshot, watchProblems } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// The staff app as an officer meets it: the Vietnamese sign-in page, the demo analyst's shell
// and home screen, the language switch, role-aware navigation, and no console or CSP errors.

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: Awaited<ReturnType<typeof watchProblems>>;
/** Console errors a test expects (e.g. the 401 of a refused sign-in); everything else fails it. */
let expectedConsole: RegExp[] = [];

const account = (username: string) => {
  const found = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!found) throw new Error(`no demo account ${username}`);
  return found;
};

async function signIn(username: string) {
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
}

async function navLabels(navigationName = 'Điều hướng chính'): Promise<string[]> {
  const links = page.getByRole('navigation', { name: navigationName }).getByRole('link');
  return (await links.allInnerTexts()).map((text) => text.trim());
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('staff app', () => {
  // A fresh browser context per test (no cookies, no stored language), checked for problems after.
  beforeEach(async () => {
    expectedConsole = [];
    context = await browser.newContext({
      viewport: DESKTOP,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    page = await context.newPage();
    watch = await watchProblems(page);
  });

  afterEach(async () => {
    const violations = await watch.cspViolations().catch(() => []);
    const problems = watch.problems.filter((p) => !expectedConsole.some((pattern) => pattern.test(p)));
    await context.close();
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
    expect(problems, 'console errors').toEqual([]);
  });

  it('shows the sign-in page in Vietnamese, with the demo-mode badge', async () => {
    await page.goto(server.baseUrl);
    await page.waitForURL('**/sign-in');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.title()).toBe('ANTT — Công an thành phố Cần Thơ');
    expect(await page.getByLabel('Tên đăng nhập').isVisible()).toBe(true);
    expect(await page.getByLabel('Mật khẩu').isVisible()).toBe(true);
    expect(await page.getByText('Công an thành phố Cần Thơ').first().isVisible()).toBe(true);
    expect(await page.getByText('Chế độ trình diễn').isVisible()).toBe(true);
    await screenshot(page, 'staff-sign-in.png');
  });

  it('says clearly when the password is wrong, and stays on the sign-in page', async () => {
    expectedConsole = [/status of 401/];
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill('phantich');
    await page.getByLabel('Mật khẩu').fill('not-the-password-1');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('signs the demo analyst in to the Vietnamese shell with only the screens an analyst has', async () => {
    const analyst = account('phantich');
    await signIn(analyst.username);
    expect(new URL(page.url()).pathname).toBe('/');

    expect(await navLabels()).toEqual([
      'Tổng quan',
      'Tin báo, tố giác',
      'Vụ việc',
      'Đề án 06: nhập số liệu',
      'Đề án 06: phê duyệt',
      'Chiến dịch, cao điểm',
      'Chỉ tiêu nghị quyết',
      'Báo cáo sơ kết, tổng kết',
      'Đơn vị hành chính',
      'Đơn vị công an',
      'Danh mục vụ việc',
      'Tài khoản',
    ]);
    expect(await page.getByTestId('header-unit').innerText()).toBe('Phòng Tham mưu');
    expect(await page.getByText(`Xin chào, ${analyst.displayName}.`).isVisible()).toBe(true);
    expect(await page.getByRole('main').getByText('Cán bộ tham mưu', { exact: true }).isVisible()).toBe(true);
    // An analyst sees the whole city: its 103 communes and wards, and its 108 police units.
    expect(await page.getByTestId('jurisdiction-scope').innerText()).toBe('Toàn địa bàn Thành phố Cần Thơ');
    await page.getByText('103', { exact: true }).waitFor();
    await page.getByText('108', { exact: true }).waitFor();
    await screenshot(page, 'staff-home.png');

    // The user menu: name, role in Vietnamese, account actions and sign-out.
    await page.getByRole('button', { name: `Tài khoản của ${analyst.displayName}` }).click();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    const menuText = await menu.innerText();
    for (const text of [
      analyst.displayName,
      'Cán bộ tham mưu',
      'Đổi mật khẩu',
      'Xác thực hai lớp',
      'Đăng xuất',
    ]) {
      expect(menuText).toContain(text);
    }
    await page.keyboard.press('Escape');

    await page.setViewportSize(PHONE);
    await page.reload();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    await page.getByText('103', { exact: true }).waitFor();
    await screenshot(page, 'staff-home-phone.png');
    // On a phone the navigation opens from the menu button.
    await page.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Đơn vị công an' })
      .click();
    await page.getByRole('heading', { name: 'Đơn vị công an' }).waitFor();
    await page.getByText('Công an phường Sóc Trăng').first().waitFor();
  });

  it('switches to English and remembers the choice', async () => {
    await signIn('phantich');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await navLabels('Main navigation')).toEqual([
      'Overview',
      'Crime tips',
      'Incidents',
      'Project 06: data entry',
      'Project 06: approvals',
      'Campaigns',
      'Resolution targets',
      'Review reports',
      'Administrative units',
      'Police units',
      'Incident catalogues',
      'Account',
    ]);
    expect(await page.getByRole('main').getByText('Staff analyst', { exact: true }).isVisible()).toBe(true);

    await page.reload();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
  });

  it('browses administrative units at a date, before and after the 2025 reform', async () => {
    await signIn('phantich');
    await page.getByRole('link', { name: 'Đơn vị hành chính' }).click();
    await page.getByRole('heading', { name: 'Đơn vị hành chính' }).waitFor();
    await page.getByRole('button', { name: 'Thành phố Cần Thơ' }).click();
    await page.getByText('Phường Sóc Trăng', { exact: true }).waitFor();
    await screenshot(page, 'staff-units.png');

    // On 30 June 2025 Sóc Trăng was still a province of its own.
    await page.getByRole('button', { name: /Trước sắp xếp/ }).click();
    await page.getByRole('button', { name: 'Cả nước' }).click();
    await page.getByRole('button', { name: 'Tỉnh Sóc Trăng' }).waitFor();
  });

  it('gives a leader the users and audit screens, and signs out', async () => {
    await signIn('lanhdao');
    expect(await navLabels()).toEqual([
      'Tổng quan',
      'Tin báo, tố giác',
      'Vụ việc',
      'Đề án 06: nhập số liệu',
      'Đề án 06: phê duyệt',
      'Chiến dịch, cao điểm',
      'Chỉ tiêu nghị quyết',
      'Báo cáo sơ kết, tổng kết',
      'Đơn vị hành chính',
      'Đơn vị công an',
      'Danh mục vụ việc',
      'Người dùng',
      'Nhật ký hệ thống',
      'Lịch nghỉ lễ, Tết',
      'Tài khoản',
    ]);
    await page.getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('heading', { name: 'Người dùng' }).waitFor();
    await page.getByText('Lê Thị Phân').waitFor();
    await page.getByRole('link', { name: 'Nhật ký hệ thống' }).click();
    await page.getByRole('heading', { name: 'Nhật ký hệ thống' }).waitFor();
    await page.getByText('Đăng nhập', { exact: true }).first().waitFor();
    await screenshot(page, 'staff-audit.png');

    await page.getByRole('button', { name: /^Tài khoản của / }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  });
});
