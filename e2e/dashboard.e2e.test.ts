import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_INDICATORS } from '../packages/shared/src/indicators/indicator.schemas.ts';
import { parsePeriod } from '../packages/shared/src/periods/period.ts';
import { isoFromDay, vnToday } from '../packages/shared/src/time/vn-day.ts';
import { DEMO_PASSWORD } from '../packages/server/src/seed/demo-accounts.ts';
import { DESKTOP, launchBrowser, PHONE, screenshot, watchProblems } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Issue 5's dashboard in the browser: the province analyst opens the staff home, reads the
// twelve indicators against cùng kỳ, switches to the Decree 09 reporting quarter, looks at the
// summary table, drills into Phường Sóc Trăng from it, and exports both views to Excel — every
// figure of the file equals the one on screen. A ward leader sees only the ward, and is told so
// when an address asks for the whole city. Screenshots: e2e/screenshots/dashboard*.png.

let server: RunningServer;
let browser: Browser;

/** Phường Sóc Trăng (31507 since 1 July 2025), the demo ward. */
const WARD = { code: '31507', name: 'Phường Sóc Trăng' };
const PROVINCE = { code: '92', name: 'Thành phố Cần Thơ' };

/** The latest Decree 09 reporting quarter that has ended (the one the picker opens on). */
function latestFinishedReportQuarter(): string {
  const today = vnToday();
  const year = Math.floor(today / 10_000);
  const ended = [year - 1, year, year + 1]
    .flatMap((y) => [1, 2, 3, 4].map((q) => parsePeriod(`bc:${y}-Q${q}`)))
    .filter((p) => p.end <= today)
    .sort((a, b) => b.end - a.end);
  return ended[0]!.code;
}

type Session = {
  context: BrowserContext;
  page: Page;
  watch: Awaited<ReturnType<typeof watchProblems>>;
  expectedConsole: RegExp[];
};

async function openSession(viewport = DESKTOP): Promise<Session> {
  const context = await browser.newContext({
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const watch = await watchProblems(page);
  return { context, page, watch, expectedConsole: [] };
}

async function closeSession(session: Session): Promise<void> {
  const violations = await session.watch.cspViolations().catch(() => []);
  const problems = session.watch.problems.filter((p) => !session.expectedConsole.some((re) => re.test(p)));
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

/** Waits until the twelve cards show the figures of a unit and period, none being reloaded. */
async function cardsReady(page: Page, unit: string, period?: string): Promise<void> {
  await page.waitForFunction(
    ({ count, unit, period }) => {
      const cards = Array.from(document.querySelectorAll<HTMLElement>('[data-testid^="kpi-"][data-state]'));
      return (
        cards.length === count &&
        cards.every(
          (card) =>
            card.dataset.state === 'ready' &&
            card.dataset.unit === unit &&
            (period === undefined || card.dataset.period === period),
        )
      );
    },
    { count: DASHBOARD_INDICATORS.length, unit, period },
    { timeout: 30_000 },
  );
}

/** The map drawn (ECharts renders the communes as SVG paths). */
async function mapDrawn(page: Page): Promise<void> {
  await page
    .locator('[data-testid="thematic-map"] svg path')
    .first()
    .waitFor({ state: 'attached', timeout: 30_000 });
  await page
    .locator('[data-testid="trend-chart"] svg path')
    .first()
    .waitFor({ state: 'attached', timeout: 30_000 });
  // Let the charts' short entry animation finish before a screenshot.
  await page.waitForTimeout(800);
}

/** A number as the screen writes it in Vietnamese ("1.234 vụ", "74,7 %", "-2,4 điểm %", "—"). */
function shown(text: string | null): number | null {
  if (text === null) return null;
  const match = /[+-]?[\d.]+(?:,\d+)?/.exec(text.replaceAll('\u00a0', ' '));
  if (!match) return null;
  return Number(match[0].replaceAll('.', '').replace(',', '.'));
}

type CardFigures = {
  value: number | null;
  samePeriod: number | null;
  change: number | null;
  changePercent: number | null;
  flagged: boolean;
  target: string | null;
};

/** A screenshot of the whole page from its top (the header is fixed, so scroll back first). */
async function pageScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name, { fullPage: true });
}

async function optionalText(page: Page, selector: string): Promise<string | null> {
  const found = page.locator(selector);
  return (await found.count()) > 0 ? found.first().innerText() : null;
}

async function readCards(page: Page): Promise<Map<string, CardFigures>> {
  const cards = new Map<string, CardFigures>();
  for (const code of DASHBOARD_INDICATORS) {
    const card = `[data-testid="kpi-${code}"]`;
    const met = await optionalText(page, `${card} [data-testid="kpi-target-met"]`);
    cards.set(code, {
      value: shown(await page.locator(`${card} [data-testid="kpi-value"]`).innerText()),
      samePeriod: shown(await optionalText(page, `${card} [data-testid="kpi-same"]`)),
      change: shown(await optionalText(page, `${card} [data-testid="kpi-change"]`)),
      changePercent: shown(await optionalText(page, `${card} [data-testid="kpi-change-relative"]`)),
      flagged: (await page.locator(`${card} [data-testid="kpi-flag"]`).count()) > 0,
      target: met,
    });
  }
  return cards;
}

type SheetRow = {
  indicator: string;
  unitCode: string;
  period: string;
  value: number | null;
  samePeriod: number | null;
  change: number | null;
  changePercent: number | null;
  outsideBand: string;
  targetMet: string;
};

/** The "Chỉ tiêu" sheet of an export, one entry per indicator and unit. */
async function readExport(file: string): Promise<SheetRow[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Chỉ tiêu');
  expect(sheet, 'sheet "Chỉ tiêu"').toBeDefined();
  const rows: SheetRow[] = [];
  let header = 0;
  sheet!.eachRow((row, number) => {
    const cell = (column: number) => row.getCell(column).value;
    if (cell(1) === 'Mã chỉ tiêu') header = number;
    if (header === 0 || number <= header) return;
    const num = (column: number) => (typeof cell(column) === 'number' ? (cell(column) as number) : null);
    rows.push({
      indicator: String(cell(1)),
      unitCode: String(cell(3)),
      period: String(cell(5)),
      value: num(8),
      samePeriod: num(9),
      change: num(10),
      changePercent: num(11),
      outsideBand: String(cell(14) ?? ''),
      targetMet: String(cell(16) ?? ''),
    });
  });
  expect(header, 'the header row').toBeGreaterThan(0);
  return rows;
}

async function exportView(page: Page): Promise<SheetRow[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: 'Xuất Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^chi-tieu-.*\.xlsx$/);
  const file = await download.path();
  return readExport(file);
}

/** Every card's figures are the unit's row of the file, rounded the same way. */
function expectCardsInSheet(
  cards: Map<string, CardFigures>,
  rows: SheetRow[],
  unitCode: string,
  period: string,
) {
  for (const code of DASHBOARD_INDICATORS) {
    const card = cards.get(code)!;
    const row = rows.find((r) => r.indicator === code && r.unitCode === unitCode);
    expect(row, `${code} ${unitCode} in the file`).toBeDefined();
    expect(row!.period, code).toBe(period);
    expect(row!.value, `${code}: value`).toBe(card.value);
    if (card.samePeriod !== null) expect(row!.samePeriod, `${code}: cùng kỳ`).toBe(card.samePeriod);
    if (card.change !== null) expect(row!.change, `${code}: change`).toBe(card.change);
    if (card.changePercent !== null) expect(row!.changePercent, `${code}: change %`).toBe(card.changePercent);
    expect(row!.outsideBand !== '', `${code}: outside the band`).toBe(card.flagged);
    if (card.target !== null)
      expect(row!.targetMet.toLowerCase(), `${code}: target met`).toBe(card.target.toLowerCase());
  }
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the indicator dashboard', () => {
  it('the analyst switches to the Decree 09 quarter, drills into a ward and exports what the screen shows', async () => {
    const session = await openSession();
    const { page } = session;
    await signIn(page, 'phantich');

    // The home opens on the whole city, this year so far against the same days last year.
    await cardsReady(page, PROVINCE.code);
    await mapDrawn(page);
    expect(await page.getByTestId('unit-trail').innerText()).toContain(PROVINCE.name);
    const todayText = isoFromDay(vnToday()).split('-').reverse().join('/');
    expect(await page.getByTestId('period-range').innerText()).toContain(
      `01/01/${todayText.slice(-4)} – ${todayText}`,
    );
    for (const name of [
      'Tỷ lệ điều tra làm rõ',
      'Tai nạn giao thông',
      'Cháy, nổ',
      'Tố giác, tin báo tiếp nhận',
    ])
      expect(await page.getByTestId('kpi-name').getByText(name, { exact: true }).count(), name).toBe(1);
    await pageScreenshot(page, 'dashboard.png');

    // The Decree 09 reporting quarter: the picker opens on the latest one that has ended.
    const quarter = latestFinishedReportQuarter();
    const period = parsePeriod(quarter);
    await page.getByRole('combobox', { name: 'Loại kỳ' }).click();
    await page.getByRole('option', { name: 'Quý báo cáo' }).click();
    await page.waitForURL((url) => url.searchParams.get('period') === quarter);
    const range = `${isoFromDay(period.start).split('-').reverse().join('/')} – ${isoFromDay(period.end)
      .split('-')
      .reverse()
      .join('/')}`;
    await page.getByTestId('period-range').getByText(range).first().waitFor();
    await cardsReady(page, PROVINCE.code, quarter);
    await mapDrawn(page);
    await pageScreenshot(page, 'dashboard-quarter.png');
    const provinceCards = await readCards(page);
    // The demo has crimes and accidents in every quarter: the cards are not empty.
    expect(provinceCards.get('crimes_social_order')!.value).toBeGreaterThan(0);
    expect(provinceCards.get('traffic_accidents')!.value).toBeGreaterThan(0);

    // The summary table: every commune and ward of the city, one column per indicator.
    await page.getByRole('tab', { name: 'Bảng tổng hợp' }).click();
    const pivot = page.getByTestId('pivot');
    await pivot.waitFor();
    await page.getByRole('switch', { name: 'Hiện cùng kỳ và mức tăng, giảm' }).check();
    const wardRow = page.getByTestId(`pivot-row-${WARD.code}`);
    await wardRow.waitFor();
    const wardInTable = new Map<string, number | null>();
    for (const code of DASHBOARD_INDICATORS)
      wardInTable.set(
        code,
        shown(await wardRow.getByTestId(`pivot-${WARD.code}-${code}`).getByTestId('pivot-value').innerText()),
      );
    // Sorting by a column puts the largest first.
    await pivot.getByRole('button', { name: 'Tai nạn giao thông', exact: true }).click();
    expect(
      await pivot
        .getByRole('columnheader', { name: 'Tai nạn giao thông', exact: true })
        .getAttribute('aria-sort'),
    ).toBe('descending');
    // The table from its first column, its head at the top of the window.
    await pivot.evaluate((table) => {
      for (let box = table.parentElement; box; box = box.parentElement) box.scrollLeft = 0;
      table.closest('section')!.scrollIntoView();
      // Below the fixed header.
      window.scrollBy(0, -72);
    });
    await screenshot(page, 'dashboard-pivot.png');

    // The export of the city view: the city's row equals each card, the ward's row the table.
    const cityRows = await exportView(page);
    expectCardsInSheet(provinceCards, cityRows, PROVINCE.code, quarter);
    for (const code of DASHBOARD_INDICATORS) {
      const row = cityRows.find((r) => r.indicator === code && r.unitCode === WARD.code);
      expect(row?.value, `${code} of ${WARD.name} in the file`).toBe(wardInTable.get(code));
    }
    expect(new Set(cityRows.map((r) => r.unitCode)).size).toBeGreaterThan(50);

    // Drill into the ward from its row; the breadcrumbs grow and the cards are the ward's.
    await wardRow.getByRole('button', { name: WARD.name, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('unit') === WARD.code);
    await page.getByTestId('unit-trail').getByText(WARD.name).waitFor();
    expect((await page.getByTestId('unit-trail').innerText()).replace(/\s+/g, ' ')).toBe(
      `${PROVINCE.name} › ${WARD.name}`,
    );
    await cardsReady(page, WARD.code, quarter);
    const wardCards = await readCards(page);
    for (const code of DASHBOARD_INDICATORS)
      expect(wardCards.get(code)!.value, `${code}: the ward's card equals its row in the table`).toBe(
        wardInTable.get(code),
      );
    await page.getByRole('tab', { name: 'Bản đồ và diễn biến' }).click();
    await page.getByText(`${WARD.name} là đơn vị cấp cơ sở`, { exact: false }).waitFor();
    await page.locator('[data-testid="trend-chart"] svg path').first().waitFor({ state: 'attached' });
    await pageScreenshot(page, 'dashboard-commune.png');

    const wardRows = await exportView(page);
    expect(wardRows).toHaveLength(DASHBOARD_INDICATORS.length);
    expectCardsInSheet(wardCards, wardRows, WARD.code, quarter);

    // The breadcrumb goes back up to the city.
    await page.getByTestId('unit-trail').getByRole('button', { name: PROVINCE.name }).click();
    await page.waitForURL((url) => !url.searchParams.has('unit'));
    await cardsReady(page, PROVINCE.code, quarter);
    expect((await readCards(page)).get('crimes_social_order')!.value).toBe(
      provinceCards.get('crimes_social_order')!.value,
    );

    // In English nothing shows a translation key.
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await cardsReady(page, PROVINCE.code, quarter);
    const english = await page.getByRole('main').innerText();
    expect(english).toContain('Clearance rate');
    expect(await page.getByRole('combobox', { name: 'Kind of period' }).inputValue()).toBe(
      'Reporting quarter',
    );
    expect(english).not.toMatch(/\b(card|period|pivot|alerts|analysis|map|trend|short|nouns)\.[a-zA-Z]/);
    await page.getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    const vietnamese = await page.getByRole('main').innerText();
    expect(vietnamese).not.toMatch(/\b(card|period|pivot|alerts|analysis|map|trend|short|nouns)\.[a-zA-Z]/);

    // On a phone the same dashboard stacks into one column.
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    await cardsReady(page, PROVINCE.code, quarter);
    await screenshot(page, 'dashboard-phone.png');
    await closeSession(session);
    // Two exports, two drills and a language switch: longer than one screen's test.
  }, 180_000);

  it('a ward leader sees the ward, and is told why the city’s figures are not shown', async () => {
    const session = await openSession();
    const { page } = session;
    await signIn(page, 'lanhdaophuong');
    await cardsReady(page, WARD.code);
    expect((await page.getByTestId('unit-trail').innerText()).trim()).toBe(WARD.name);

    // An address for the whole city: the API refuses it (403), the page says why.
    session.expectedConsole = [/status of 403/];
    await page.goto(`${server.baseUrl}/?unit=${PROVINCE.code}`);
    await page.getByText('Ngoài địa bàn phụ trách', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Về địa bàn của tôi' }).click();
    await page.waitForURL((url) => !url.searchParams.has('unit'));
    await cardsReady(page, WARD.code);
    expect((await page.getByTestId('unit-trail').innerText()).trim()).toBe(WARD.name);
    await closeSession(session);
  }, 90_000);
});
