import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoFromDay, vnToday } from '../packages/shared/src/time/vn-day.ts';
import { DEMO_PASSWORD } from '../packages/server/src/seed/demo-accounts.ts';
import { DEMO_CAMPAIGN } from '../packages/server/src/seed/demo-project06.ts';
import { DESKTOP, launchBrowser, PHONE, screenshot, watchProblems } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Issue 6's campaign pages in the browser: the city's leader opens the list, opens the demo's
// "90 ngày đêm" e-ID campaign, reads the chart with its projection, the plain verdict and the
// table of communes, opens the leaderboard and filters it, reads the page on a phone, and sets
// up a campaign of their own (a wrong date is named beside its field). Screenshots:
// e2e/screenshots/campaign-*.png.

let server: RunningServer;
let browser: Browser;

const VERDICTS = ['Đã đạt', 'Đúng tiến độ', 'Có nguy cơ không đạt', 'Không đạt'];

type Session = { context: BrowserContext; page: Page; watch: Awaited<ReturnType<typeof watchProblems>> };

async function openSession(viewport = DESKTOP): Promise<Session> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  return { context, page, watch: await watchProblems(page) };
}

async function closeSession({ context, watch }: Session): Promise<void> {
  const violations = await watch.cspViolations().catch(() => []);
  await context.close();
  expect(violations, 'Content-Security-Policy violations').toEqual([]);
  expect(watch.problems, 'console errors').toEqual([]);
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
}

/** A number as the screen writes it in Vietnamese ("1.234", "81,2 %"); null for "—". */
function shown(text: string): number | null {
  const match = /\d[\d.]*(?:,\d+)?/.exec(text.replaceAll('\u00a0', ' '));
  return match ? Number(match[0].replaceAll('.', '').replace(',', '.')) : null;
}

/** The chart drawn (ECharts renders SVG paths), its entry animation over. */
async function chartDrawn(page: Page): Promise<void> {
  await page
    .locator('[data-testid="campaign-chart"] svg path')
    .first()
    .waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(800);
}

/** The text of every cell of the unit table, row by row (no-break spaces as plain ones). */
async function unitTable(page: Page): Promise<string[][]> {
  return page
    .locator('[data-testid="unit-progress-table"] tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('td')).map((cell) =>
          (cell as HTMLElement).innerText.replaceAll('\u00a0', ' ').trim(),
        ),
      ),
    );
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('campaigns', () => {
  it('shows the demo campaign, its projection, its communes and its leaderboard to the city leader', async () => {
    const session = await openSession({ width: 1280, height: 1000 });
    const { page } = session;
    await signIn(page, 'lanhdao');

    // The list: the demo campaign with its dates, the days left and the city's standing.
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Chiến dịch, cao điểm' })
      .click();
    await page.getByRole('heading', { name: 'Chiến dịch, cao điểm', level: 1 }).waitFor();
    const card = page.getByTestId('campaign-card').filter({ hasText: DEMO_CAMPAIGN.nameVi });
    await card.locator('[data-verdict]').waitFor();
    const cardText = await card.innerText();
    expect(cardText).toContain('01/10/2026 – 29/12/2026');
    const today = isoFromDay(vnToday());
    if (today < DEMO_CAMPAIGN.endDate) expect(cardText).toMatch(/Còn \d+ ngày|Ngày cuối cùng/);
    expect(VERDICTS).toContain(await card.locator('[data-verdict]').innerText());
    expect(await card.getByRole('progressbar').count()).toBe(1);
    await screenshot(page, 'campaign-list.png');

    // The progress page: the rings, the chart with the target and the projection, the sentence.
    await card.getByRole('link', { name: DEMO_CAMPAIGN.nameVi }).click();
    await page.getByRole('heading', { name: DEMO_CAMPAIGN.nameVi, level: 1 }).waitFor();
    await chartDrawn(page);
    expect(await page.getByTestId('element-progress').count()).toBe(DEMO_CAMPAIGN.elements.length);
    const outlook = (await page.getByTestId('campaign-outlook').first().innerText()).replaceAll(
      '\u00a0',
      ' ',
    );
    // Which sentence depends on the day the test runs: the demo's figures end yesterday.
    if (today >= DEMO_CAMPAIGN.endDate) {
      expect(outlook).toMatch(/^Chiến dịch đã kết thúc ngày 29\/12\/2026: đạt [\d,]+ %, chỉ tiêu 80 %: /);
    } else if (outlook.startsWith('Đã đạt')) {
      expect(outlook).toMatch(/^Đã đạt chỉ tiêu: hiện đạt [\d,]+ %, chỉ tiêu 80 %\.$/);
    } else {
      expect(outlook).toMatch(
        /^Với tốc độ hiện tại [\d.,]+ tài khoản\/ngày, đến 29\/12\/2026 dự kiến đạt [\d,]+ % \(khoảng [\d,]+–[\d,]+ %\), chỉ tiêu 80 %: (đúng tiến độ|có nguy cơ không đạt|không đạt)\./,
      );
      // Behind the target's pace, the sentence says what pace would still reach it.
      if (!outlook.includes('đúng tiến độ')) expect(outlook).toMatch(/cần [\d.,]+ tài khoản\/ngày/);
    }
    const chartText = await page.getByTestId('campaign-chart').innerText();
    expect(chartText).toContain('Chỉ tiêu');
    expect(chartText).toContain('Dự báo');

    // The table: every commune with its figures and a verdict.
    const rows = await unitTable(page);
    expect(rows.length).toBeGreaterThan(50);
    for (const [name, population, value, target, share, projection, verdict] of rows) {
      expect(name, 'unit name').toMatch(/^(Xã|Phường) /);
      expect(shown(population!), `${name} population`).toBeGreaterThan(0);
      expect(shown(value!), `${name} value`).toBeGreaterThan(0);
      expect(shown(target!), `${name} target`).toBeGreaterThan(0);
      expect(share, `${name} share`).toMatch(/^[\d,]+ %$/);
      expect(projection, `${name} projection`).toMatch(/^[\d,]+–[\d,]+ %$|^[\d,]+ %$/);
      expect(VERDICTS, `${name} verdict`).toContain(verdict);
    }
    // Sorted by share of target, largest first.
    await page.getByRole('columnheader', { name: '% chỉ tiêu', exact: true }).getByRole('button').click();
    const shares = (await unitTable(page)).map((row) => shown(row[4]!)!);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    await page.getByRole('heading', { name: 'Tiến độ từng đơn vị' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'campaign-progress-units.png');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'campaign-progress.png');

    // The leaderboard, at its own address: ranks 1, 2, 3… with the first and last marked.
    await page.getByRole('tab', { name: 'Bảng xếp hạng' }).click();
    await page.waitForURL('**/leaderboard');
    const board = page.getByTestId('campaign-leaderboard');
    await board.locator('tbody tr').first().waitFor();
    const ranks = await board
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.rank ?? ''));
    const ranked = ranks.filter((r) => r !== '').map(Number);
    expect(ranked.length).toBeGreaterThan(50);
    // Competition ranking: 1, 2, 3…, units with the same share sharing a place (1, 2, 2, 4).
    ranked.forEach((rank, i) =>
      expect(rank === i + 1 || rank === ranked[i - 1], `rank at row ${i + 1}`).toBe(true),
    );
    const standings = await board
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.standing ?? ''));
    expect(standings.slice(0, 3)).toEqual(['top', 'top', 'top']);
    expect(standings.slice(ranked.length - 3, ranked.length)).toEqual(['bottom', 'bottom', 'bottom']);
    expect(await board.locator('tbody tr').first().innerText()).toContain('Dẫn đầu');
    const leaderboardShares = await board
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => tr.querySelector('[role="progressbar"]')?.getAttribute('aria-label') ?? ''),
      );
    const leaderboardValues = leaderboardShares
      .slice(0, ranked.length)
      .map((label) => shown(label.split(': ')[1]!)!);
    expect(leaderboardValues).toEqual([...leaderboardValues].sort((a, b) => b - a));
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'campaign-leaderboard.png');

    // Filtering by a verdict leaves only units with it, still in rank order.
    const chip = page
      .locator('label')
      .filter({ hasText: /^(Có nguy cơ không đạt|Không đạt) \(\d+\)$/ })
      .first();
    const chipLabel = (await chip.innerText()).trim().replace(/ \(\d+\)$/, '');
    await chip.click();
    await page.waitForFunction(
      (label) =>
        Array.from(
          document.querySelectorAll('[data-testid="campaign-leaderboard"] tbody [data-verdict]'),
        ).every((badge) => badge.textContent === label),
      chipLabel,
    );
    const filtered = await board.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        rank: Number((tr as HTMLElement).dataset.rank),
        verdict: tr.querySelector('[data-verdict]')?.textContent ?? '',
      })),
    );
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((row) => row.verdict === chipLabel)).toBe(true);
    expect(filtered.map((row) => row.rank)).toEqual(
      [...filtered.map((row) => row.rank)].sort((a, b) => a - b),
    );

    // The same page in English, figures written the English way.
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('tab', { name: 'Progress' }).click();
    await chartDrawn(page);
    const english = (await page.getByTestId('campaign-outlook').first().innerText()).replaceAll(
      '\u00a0',
      ' ',
    );
    if (outlook.startsWith('Với tốc độ')) {
      expect(english).toMatch(
        /^At the current pace of [\d,.]+ accounts a day, by 29\/12\/2026 the expected figure is [\d.]+% \(between [\d.]+–[\d.]+%\), target 80%: /,
      );
    } else {
      expect(english).toMatch(/^(The campaign ended|Target achieved)/);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'campaign-progress-en.png');

    await closeSession(session);
  });

  it("shows a ward's leader the whole city's progress and the ward's own place on the board", async () => {
    const session = await openSession();
    const { page } = session;
    await signIn(page, 'lanhdaophuong');
    await page.goto(`${server.baseUrl}/campaigns`);
    await page
      .getByTestId('campaign-card')
      .filter({ hasText: DEMO_CAMPAIGN.nameVi })
      .getByRole('link')
      .click();
    await page.getByRole('heading', { name: DEMO_CAMPAIGN.nameVi, level: 1 }).waitFor();
    const rows = await unitTable(page);
    expect(rows.map((row) => row[0])).toEqual(['Phường Sóc Trăng']);
    await page.getByRole('tab', { name: 'Bảng xếp hạng' }).click();
    const board = page.getByTestId('campaign-leaderboard');
    await board.locator('tbody tr').first().waitFor();
    expect(await board.locator('tbody tr').count()).toBe(1);
    expect(Number(await board.locator('tbody tr').getAttribute('data-rank'))).toBeGreaterThan(0);
    await page
      .getByText(/^Bạn thấy các đơn vị thuộc địa bàn của mình; thứ hạng tính trên toàn bộ \d+ đơn vị/)
      .waitFor();
    await closeSession(session);
  });

  it('reads on a phone without the page running off the screen', async () => {
    const session = await openSession(PHONE);
    const { page } = session;
    await signIn(page, 'lanhdao');
    await page.goto(`${server.baseUrl}/campaigns`);
    await page.getByTestId('campaign-card').first().getByRole('link').click();
    await page.getByRole('heading', { name: DEMO_CAMPAIGN.nameVi, level: 1 }).waitFor();
    await chartDrawn(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'campaign-progress-phone.png');
    await page.getByRole('tab', { name: 'Bảng xếp hạng' }).click();
    await page.getByTestId('campaign-leaderboard').locator('tbody tr').first().waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, 'campaign-leaderboard-phone.png');
    await closeSession(session);
  });

  it("shows an earlier day's figures, takes a ward's own target and sets up a new campaign", async () => {
    const session = await openSession();
    const { page } = session;
    await signIn(page, 'lanhdao');

    // An earlier day: its own days left and a plain warning that these are not today's figures.
    await page.goto(`${server.baseUrl}/campaigns`);
    await page.getByTestId('campaign-card').first().getByRole('link').click();
    await page.getByRole('heading', { name: DEMO_CAMPAIGN.nameVi, level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Số liệu đến ngày' }).fill('15/11/2026');
    await page.getByText('Đang xem số liệu đến hết ngày 15/11/2026, không phải hôm nay.').waitFor();
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2026-11-15');
    expect(await page.getByTestId('campaign-time-left').innerText()).toBe('Còn 44 ngày');
    await page.getByRole('tab', { name: 'Bảng xếp hạng' }).click();
    await page.waitForURL('**/leaderboard?asOf=2026-11-15');
    await page.getByTestId('campaign-leaderboard').waitFor();
    await page.getByRole('tab', { name: 'Tiến độ' }).click();
    await page.waitForURL(/\/campaigns\/[^/]+\?asOf=2026-11-15$/);

    // A target of the leader's own for one ward, in place of population × rate.
    await page.getByLabel('Tìm đơn vị').fill('soc trang');
    const ward = page
      .locator('[data-testid="unit-progress-table"] tbody tr')
      .filter({ hasText: 'Phường Sóc Trăng' });
    await ward.getByRole('button', { name: 'Sửa chỉ tiêu của Phường Sóc Trăng' }).click();
    await page.getByRole('textbox', { name: 'Chỉ tiêu của Phường Sóc Trăng' }).fill('20000');
    await page.waitForTimeout(300);
    await screenshot(page, 'campaign-target.png');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await ward.getByText('20.000', { exact: true }).waitFor();

    // A new campaign: a wrong date is named beside its field, then the campaign opens.
    await page.getByRole('link', { name: 'Chiến dịch, cao điểm' }).first().click();
    await page.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    const form = page.getByRole('dialog', { name: 'Tạo chiến dịch' });
    await form.getByLabel('Tên chiến dịch (tiếng Việt)').fill('Cao điểm 30 ngày thẻ căn cước');
    await form.getByLabel('Tên tiếng Anh').fill('30-day ID card push');
    await form.getByRole('textbox', { name: 'Ngày bắt đầu' }).fill('01/12/2026');
    await form.getByRole('textbox', { name: 'Ngày kết thúc' }).fill('30/11/2026');
    await form.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await form.getByText('Ngày kết thúc phải sau ngày bắt đầu.').waitFor();
    await screenshot(page, 'campaign-form.png');

    await form.getByRole('textbox', { name: 'Ngày kết thúc' }).fill('30/12/2026');
    await form.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await page.getByRole('heading', { name: 'Cao điểm 30 ngày thẻ căn cước', level: 1 }).waitFor();
    expect(await page.getByTestId('campaign-time-left').innerText()).toMatch(
      /Bắt đầu sau \d+ ngày|Còn \d+ ngày/,
    );
    await page.getByRole('link', { name: 'Chiến dịch, cao điểm' }).first().click();
    await page.getByTestId('campaign-card').filter({ hasText: 'Cao điểm 30 ngày thẻ căn cước' }).waitFor();
    await closeSession(session);
  });
});
