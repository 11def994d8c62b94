import type { DataEntryDto, DataValueDto } from '@antt/shared';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoFromDay, vnToday } from '../packages/shared/src/time/vn-day.ts';
import { PROJECT06_DATA_SET, PROJECT06_ELEMENTS } from '../packages/shared/src/datasets/project06.ts';
import { DEMO_PASSWORD } from '../packages/server/src/seed/demo-accounts.ts';
import { DESKTOP, launchBrowser, screenshot, watchProblems } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Issue 6's entry grid and approval list in the browser. The officer of Công an phường Sóc
// Trăng opens today's row of the Project 06 grid (the demo holds figures up to yesterday only),
// types three figures with the keyboard and pastes the other five as a block copied from a
// spreadsheet, saves: the negative figure is refused with its rule and nothing is saved; an
// unusual figure is refused until it carries a reason; then the day saves with Ctrl+S and is
// sent for approval. The city's leader approves that day on the approval list and the officer
// finds it locked; the leader un-approves it with a reason and the ward sees it returned. Last,
// a figure the ward's leader saves while the officer is typing is shown, not overwritten.
// Today's figures repeat the ward's latest ones, so neither the outlier check nor the running
// totals can refuse them whatever the demo's numbers are.

let server: RunningServer;
let browser: Browser;

const COMMUNE = '31507';
const today = isoFromDay(vnToday());
const todayText = `${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`;
const shortName = new Map(PROJECT06_ELEMENTS.map((e) => [e.code, e.shortVi]));
const COLUMNS = PROJECT06_DATA_SET.elements;
const vietnamese = new Intl.NumberFormat('vi-VN');
/** ID-card applications of a mobile registration day: hundreds of times a ward's usual dozen. */
const UNUSUAL = 4_800;

type Session = {
  context: BrowserContext;
  page: Page;
  watch: Awaited<ReturnType<typeof watchProblems>>;
  /** Console errors this session expects (the refused save answers 422). */
  expected: RegExp[];
};

async function openSession(expected: RegExp[] = []): Promise<Session> {
  const context = await browser.newContext({
    viewport: DESKTOP,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  const watch = await watchProblems(page);
  return { context, page, watch, expected };
}

/** Closes the session; no CSP violation and no console error it did not expect. */
async function closeSession(session: Session): Promise<void> {
  const violations = await session.watch.cspViolations().catch(() => []);
  const problems = session.watch.problems.filter((p) => !session.expected.some((re) => re.test(p)));
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

async function openFromMenu(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Today's cell of an element, found by the name the grid gives it. */
function todayCell(page: Page, element: string): Locator {
  return page.getByRole('textbox', { name: `${shortName.get(element)}, ngày ${todayText}`, exact: true });
}

/**
 * The commune's latest figure of each element before today, read through the officer's own
 * session: today's figures repeat them, which every validation rule accepts.
 */
async function latestFigures(page: Page): Promise<Map<string, number>> {
  const from = isoFromDay(addDays(vnToday(), -20));
  const response = await page.request.get(
    `${server.baseUrl}/api/datasets/p06_daily/entry?unit=${COMMUNE}&from=${from}&to=${today}`,
  );
  expect(response.status()).toBe(200);
  const entry = (await response.json()) as DataEntryDto;
  const latest = new Map<string, number>();
  for (const value of [...entry.values].sort((a, b) => a.period.localeCompare(b.period))) {
    expect(value.period < today, 'the demo holds no figure for today').toBe(true);
    latest.set(value.element, value.value);
  }
  expect([...latest.keys()].sort()).toEqual([...COLUMNS].sort());
  return latest;
}

/** The whole page from its top (the header stays fixed, so the page is scrolled up first). */
async function fullScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name, { fullPage: true });
}

/** Pastes text into the focused cell as a spreadsheet's clipboard would hand it over. */
async function pasteIntoFocusedCell(page: Page, text: string): Promise<void> {
  await page.evaluate((clip) => {
    const data = new DataTransfer();
    data.setData('text/plain', clip);
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Project 06 entry and approval', () => {
  it('an officer types and pastes a day of figures, is told why one is refused, saves and submits', async () => {
    const officer = await openSession([/status of 422/]);
    const { page } = officer;
    await signIn(page, 'canbo');
    await openFromMenu(page, 'Đề án 06: nhập số liệu', 'Nhập số liệu Đề án 06');
    await todayCell(page, COLUMNS[0]!).waitFor();
    // The officer's own ward opens by itself, on the current month.
    expect(await page.getByRole('combobox', { name: 'Xã, phường' }).inputValue()).toBe('Phường Sóc Trăng');
    const latest = await latestFigures(page);
    const figure = (i: number) => String(latest.get(COLUMNS[i]!)!);

    // Three figures with the keyboard: the first one negative by mistake; → moves on.
    await todayCell(page, COLUMNS[0]!).click();
    await page.keyboard.type('-5');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(figure(1));
    await page.keyboard.press('Tab');
    await page.keyboard.type(figure(2));
    await page.keyboard.press('ArrowRight');
    // The other five as one row copied from a spreadsheet (tab-separated, newline-ended).
    await pasteIntoFocusedCell(page, `${[3, 4, 5, 6, 7].map(figure).join('\t')}\r\n`);
    for (const i of [3, 4, 5, 6, 7]) {
      expect(await todayCell(page, COLUMNS[i]!).inputValue()).toBe(
        vietnamese.format(latest.get(COLUMNS[i]!)!),
      );
    }
    expect(await page.getByTestId('entry-status').innerText()).toBe('8 ô đã sửa, chưa lưu');

    // Saved: the negative figure is refused with its rule, and nothing is saved.
    await page.getByRole('button', { name: 'Lưu 8 số liệu' }).click();
    const refused = page.getByTestId('refused-values');
    await refused.waitFor();
    const refusal = await refused.innerText();
    expect(refusal).toContain('Chưa lưu số liệu nào: 1 số liệu không hợp lệ');
    expect(refusal).toContain(`${todayText}: Hồ sơ cấp thẻ CC: -5 nhỏ hơn mức tối thiểu 0`);
    expect(await todayCell(page, COLUMNS[0]!).getAttribute('aria-invalid')).toBe('true');
    // Left, the other figures read as Vietnamese numbers (1.234).
    expect(await todayCell(page, COLUMNS[1]!).inputValue()).toBe(vietnamese.format(latest.get(COLUMNS[1]!)!));
    await fullScreenshot(page, 'datasets-entry-grid.png');

    // Corrected to a figure far above the ward's usual days (a mobile registration day, say):
    // Ctrl+S is refused again until the unusual figure carries its reason.
    await todayCell(page, COLUMNS[0]!).click();
    await page.keyboard.type(String(UNUSUAL));
    await page.keyboard.press('Control+s');
    await refused.getByText('khác thường so với số liệu trước đây').waitFor();
    await refused.getByLabel('Ghi chú lý do').fill('Cấp lưu động tại Trường THPT Hoàng Diệu');
    await fullScreenshot(page, 'datasets-entry-outlier.png');
    await page.keyboard.press('Control+s');
    await page.getByText('Đã lưu 8 số liệu.').waitFor();
    await page.getByText('Chưa có thay đổi nào').waitFor();
    expect(await refused.count()).toBe(0);
    expect(await todayCell(page, COLUMNS[0]!).inputValue()).toBe(vietnamese.format(UNUSUAL));
    const saved = await storedOn(page, today);
    expect(new Map([...saved].map(([code, v]) => [code, v.value]))).toEqual(
      new Map(COLUMNS.map((code, i) => [code, i === 0 ? UNUSUAL : latest.get(code)!])),
    );
    expect(saved.get(COLUMNS[0]!)!.comment).toBe('Cấp lưu động tại Trường THPT Hoàng Diệu');

    // Today, chosen, is sent for approval.
    await page.getByRole('checkbox', { name: `Chọn ngày ${todayText}` }).check();
    await page.getByRole('button', { name: 'Gửi duyệt 1 ngày' }).click();
    await page.getByText('Đã gửi duyệt 1 ngày.').waitFor();
    await page.locator(`tr[data-period="${today}"]`).getByText('Đã gửi duyệt').waitFor();
    await closeSession(officer);
  });

  it('the city leader approves the day, and the officer finds it locked', async () => {
    const leader = await openSession();
    await signIn(leader.page, 'lanhdao');
    await openFromMenu(leader.page, 'Đề án 06: phê duyệt', 'Phê duyệt số liệu Đề án 06');
    const page = leader.page;
    // The submitted days of the last month, of every commune; narrowed to the officer's ward.
    await page.locator('tr[data-period]').first().waitFor();
    await page.getByRole('combobox', { name: 'Xã, phường' }).click();
    await page.getByRole('combobox', { name: 'Xã, phường' }).fill('Sóc Trăng');
    await page.getByRole('option', { name: 'Phường Sóc Trăng', exact: true }).click();
    const row = page.locator(`tr[data-unit="${COMMUNE}"][data-period="${today}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('8/8 chỉ tiêu');
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Phê duyệt (1)' }).click();
    await page.getByTestId('approval-outcome').getByText('Đã phê duyệt 1 ngày số liệu.').waitFor();
    // Approved, the day leaves the list of days awaiting approval.
    await row.waitFor({ state: 'detached' });
    await fullScreenshot(page, 'datasets-approvals.png');
    await closeSession(leader);

    const officer = await openSession();
    await signIn(officer.page, 'canbo');
    await openFromMenu(officer.page, 'Đề án 06: nhập số liệu', 'Nhập số liệu Đề án 06');
    const todayRow = officer.page.locator(`tr[data-period="${today}"]`);
    await todayRow.getByText('Đã phê duyệt').waitFor();
    expect(await todayRow.getByLabel('Đã phê duyệt, không sửa được').count()).toBe(1);
    for (const code of COLUMNS) {
      expect(await todayCell(officer.page, code).getAttribute('readonly')).not.toBeNull();
    }
    // Typing into a locked day changes nothing.
    await todayCell(officer.page, COLUMNS[0]!).click();
    await officer.page.keyboard.type('9');
    expect(await officer.page.getByText('Chưa có thay đổi nào').isVisible()).toBe(true);
    await officer.page.keyboard.press('Escape');
    await fullScreenshot(officer.page, 'datasets-entry-locked.png');
    await closeSession(officer);
  });

  it('the city leader un-approves the day with a reason, and the ward sees it returned and open again', async () => {
    const REASON = 'Số hồ sơ cấp thẻ căn cước ngày này cần đối chiếu lại với sổ tiếp nhận';
    const leader = await openSession();
    await signIn(leader.page, 'lanhdao');
    const page = leader.page;
    await page.goto(
      `${server.baseUrl}/datasets/approvals?state=approved&commune=${COMMUNE}&from=${today}&to=${today}`,
    );
    const row = page.locator(`tr[data-unit="${COMMUNE}"][data-period="${today}"]`);
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Hủy phê duyệt (1)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hủy phê duyệt 1 ngày số liệu' });
    await dialog.getByLabel('Lý do hủy phê duyệt').fill(REASON);
    await dialog.getByRole('button', { name: 'Hủy phê duyệt' }).click();
    await page.getByTestId('approval-outcome').getByText('Đã hủy phê duyệt 1 ngày số liệu.').waitFor();
    await row.waitFor({ state: 'detached' });
    await closeSession(leader);

    const officer = await openSession();
    await signIn(officer.page, 'canbo');
    await openFromMenu(officer.page, 'Đề án 06: nhập số liệu', 'Nhập số liệu Đề án 06');
    const todayRow = officer.page.locator(`tr[data-period="${today}"]`);
    await todayRow.getByText('Bị trả lại').waitFor();
    expect(await todayRow.innerText()).toContain(REASON);
    expect(await todayCell(officer.page, COLUMNS[0]!).getAttribute('readonly')).toBeNull();
    await closeSession(officer);
  });

  it('shows a figure another user saved meanwhile instead of overwriting it, and reloads it', async () => {
    // Yesterday is still open (the demo submits days from the third day back).
    const yesterday = isoFromDay(addDays(vnToday(), -1));
    const yesterdayText = `${yesterday.slice(8, 10)}/${yesterday.slice(5, 7)}/${yesterday.slice(0, 4)}`;
    const element = COLUMNS[0]!;
    const cell = (page: Page) =>
      page.getByRole('textbox', { name: `${shortName.get(element)}, ngày ${yesterdayText}`, exact: true });
    const grid = `${server.baseUrl}/datasets/entry?month=${yesterday.slice(0, 7)}`;

    const officer = await openSession([/status of 409/]);
    await signIn(officer.page, 'canbo');
    await officer.page.goto(grid);
    await cell(officer.page).waitFor();
    const before = (await storedOn(officer.page, yesterday)).get(element)?.value ?? 10;

    // Meanwhile the ward's leader corrects the same figure in another browser.
    const wardLeader = await openSession();
    await signIn(wardLeader.page, 'lanhdaophuong');
    await wardLeader.page.goto(grid);
    await cell(wardLeader.page).click();
    await wardLeader.page.keyboard.type(String(before + 1));
    await wardLeader.page.keyboard.press('Control+s');
    await wardLeader.page.getByText('Đã lưu 1 số liệu.').waitFor();
    await closeSession(wardLeader);

    // The officer, on the grid loaded before, types another figure: the save is refused and
    // names the leader's figure; nothing of the officer's is written over it.
    await cell(officer.page).click();
    await officer.page.keyboard.type(String(before + 2));
    await officer.page.keyboard.press('Control+s');
    const conflict = officer.page.getByTestId('value-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain(
      `${yesterdayText} · ${shortName.get(element)}: lanhdaophuong đã lưu ${before + 1} lúc`,
    );
    expect((await storedOn(officer.page, yesterday)).get(element)!.value).toBe(before + 1);
    await fullScreenshot(officer.page, 'datasets-entry-conflict.png');

    await conflict.getByRole('button', { name: 'Tải lại số liệu mới nhất' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await cell(officer.page).inputValue()).toBe(vietnamese.format(before + 1));
    expect(await officer.page.getByTestId('entry-status').innerText()).toBe('Chưa có thay đổi nào');
    await closeSession(officer);
  });
});

/** A day's stored figures, read back from the server through the page's session. */
async function storedOn(page: Page, day: string): Promise<Map<string, DataValueDto>> {
  const response = await page.request.get(
    `${server.baseUrl}/api/datasets/p06_daily/entry?unit=${COMMUNE}&from=${day}&to=${day}`,
  );
  expect(response.status()).toBe(200);
  const entry = (await response.json()) as DataEntryDto;
  return new Map(entry.values.map((v) => [v.element, v]));
}
