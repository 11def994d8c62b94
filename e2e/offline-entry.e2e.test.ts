import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DataEntryDto,
  DataValueSync,
  DataValueSyncResult,
} from '../packages/shared/src/datasets/data-value.schemas.ts';
import { PROJECT06_ELEMENTS } from '../packages/shared/src/datasets/project06.ts';
import { addDays, isoFromDay, vnToday } from '../packages/shared/src/time/vn-day.ts';
import { DEMO_PASSWORD } from '../packages/server/src/seed/demo-accounts.ts';
import { signInOverHttp } from './support/api-session.ts';
import { launchBrowser, PHONE, screenshot, watchProblems } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Issue 6's offline entry page on a phone (e2e "must show"): the ward officer opens /nhap-lieu/,
// the network goes (the server is stopped: Chromium's offline switch does not cover the
// service worker's own fetches), figures are entered, the page is reloaded offline and keeps
// them; meanwhile the ward leader, who has a network, changes one of the same figures; the
// network comes back, the queue syncs once, the server holds exactly the officer's figures and
// the leader's untouched, and the page shows the conflict. Screenshots:
// e2e/screenshots/offline-entry-offline.png and offline-entry-conflict.png.

const WARD = { code: '31507', name: 'Phường Sóc Trăng' };
const OFFICER = 'canbo';
const LEADER = 'lanhdaophuong';
const DATA_SET = 'p06_daily';
/** A running total (typed with a thousands dot), a daily flow, and the figure both people change. */
const RUNNING_TOTAL = 'p06_cc_returned_total';
const FLOW = 'p06_eid2_applications';
const CONTESTED = 'p06_dossiers_total';
type Figure = typeof RUNNING_TOTAL | typeof FLOW | typeof CONTESTED;

const nameOf = (code: string) => PROJECT06_ELEMENTS.find((e) => e.code === code)!.nameVi;
const vietnamese = (value: number) => new Intl.NumberFormat('vi-VN').format(value);

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The ward's latest reported figure of each element: plausible values that pass every rule. */
async function latestFigures(baseUrl: string, today: number): Promise<Record<string, number>> {
  const officer = await signInOverHttp(baseUrl, OFFICER);
  const query = `unit=${WARD.code}&from=${isoFromDay(addDays(today, -20))}&to=${isoFromDay(addDays(today, -1))}`;
  const entry = await officer.get<DataEntryDto>(`/api/datasets/${DATA_SET}/entry?${query}`);
  const latest: Record<string, number> = {};
  for (const value of [...entry.values].sort((a, b) => a.period.localeCompare(b.period))) {
    latest[value.element] = value.value;
  }
  for (const code of [RUNNING_TOTAL, FLOW, CONTESTED] as const) {
    if (latest[code] === undefined) throw new Error(`the demo holds no recent ${code} for ${WARD.name}`);
  }
  return latest;
}

type StoredValue = {
  element_code: string;
  value: number;
  version: number;
  op_id: string | null;
  updated_by: string;
};

/** The day's rows as the server stores them, read from its SQLite file. */
function storedValues(dataDir: string, period: string): Map<string, StoredValue> {
  const db = new Database(path.join(dataDir, 'antt.db'), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `SELECT v.element_code, v.value, v.version, v.op_id, v.updated_by FROM data_values v
         JOIN admin_units u ON u.id = v.admin_unit_id WHERE u.code = ? AND v.period = ?`,
      )
      .all(WARD.code, period) as StoredValue[];
    return new Map(rows.map((row) => [row.element_code, { ...row, value: Number(row.value) }]));
  } finally {
    db.close();
  }
}

type AuditedChange = { actor: string; via: string; element: string; after: { value: number } | null };

/** Every audited change of the day's values (one audit row lists the changes of one save). */
function auditedChanges(dataDir: string, period: string): AuditedChange[] {
  const db = new Database(path.join(dataDir, 'antt.db'), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(`SELECT actor_label, details FROM audit_log WHERE entity_type = 'data_value' ORDER BY seq`)
      .all() as Array<{ actor_label: string; details: string }>;
    return rows.flatMap((row) => {
      const details = JSON.parse(row.details) as {
        via: string;
        changes: Array<{ element: string; unit: string; period: string; after: { value: number } | null }>;
      };
      return details.changes
        .filter((c) => c.unit === WARD.code && c.period === period)
        .map((c) => ({ actor: row.actor_label, via: details.via, element: c.element, after: c.after }));
    });
  } finally {
    db.close();
  }
}

function field(page: Page, code: string) {
  return page.getByTestId(`field-${code}`);
}

async function unsyncedCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('unsynced-count').getAttribute('data-count'));
}

describe('offline entry page', () => {
  it(
    'keeps figures entered without a network across a reload, syncs them once, and shows a conflict instead of overwriting',
    { timeout: 240_000 },
    async () => {
      const today = vnToday();
      const period = isoFromDay(today);
      const latest = await latestFigures(server.baseUrl, today);
      const mine: Record<Figure, number> = {
        [RUNNING_TOTAL]: latest[RUNNING_TOTAL]! + 3,
        [FLOW]: latest[FLOW]!,
        [CONTESTED]: latest[CONTESTED]! + 2,
      };
      const leadersValue = latest[CONTESTED]! + 1;

      const context: BrowserContext = await browser.newContext({
        viewport: PHONE,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
      });
      const page = await context.newPage();
      const watch = await watchProblems(page);
      const syncBodies: DataValueSync[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/api/datavalues/sync')) {
          syncBodies.push(request.postDataJSON() as DataValueSync);
        }
      });

      // Not signed in: the page says so and links to the staff sign-in, which comes back here.
      await page.goto(`${server.baseUrl}/nhap-lieu/`);
      await page.getByText('Bạn chưa đăng nhập').waitFor();
      await page.getByRole('link', { name: 'Đăng nhập' }).click();
      await page.getByLabel('Tên đăng nhập').fill(OFFICER);
      await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(`${server.baseUrl}/nhap-lieu/`);
      await page.getByRole('heading', { name: 'Nhập số liệu Đề án 06' }).waitFor();
      await page.getByText(WARD.name).first().waitFor();
      await expect.poll(() => page.getByTestId('connection').textContent()).toBe('Đang trực tuyến');
      for (const element of PROJECT06_ELEMENTS) await page.getByLabel(element.nameVi).waitFor();
      expect(await page.getByLabel('Ngày báo cáo').inputValue()).toBe(period);
      const [year, month, day] = period.split('-');
      expect(await page.getByTestId('day-shown').textContent()).toContain(`${day}/${month}/${year}hôm nay`);

      // The service worker has cached the page and controls it.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 30_000,
      });

      // The network goes.
      const dataDir = server.dataDir;
      const port = server.port;
      await server.stop({ keepData: true });

      await page.getByLabel(nameOf(RUNNING_TOTAL)).fill(vietnamese(mine[RUNNING_TOTAL]));
      await page.getByLabel(nameOf(FLOW)).fill(String(mine[FLOW]));
      await page.getByLabel(nameOf(CONTESTED)).fill(String(mine[CONTESTED]));
      await page.locator('main[data-queue-saved="true"]').waitFor();
      expect(await unsyncedCount(page)).toBe(3);

      // Reloaded offline: the page comes from the service worker, the figures from the phone.
      const reloaded = await page.reload();
      expect(reloaded?.fromServiceWorker(), 'page answered by the service worker').toBe(true);
      await page.getByLabel(nameOf(CONTESTED)).waitFor();
      await expect
        .poll(() => page.getByTestId('connection').textContent(), { timeout: 20_000 })
        .toBe('Mất kết nối — số liệu được lưu trên máy');
      expect(await page.getByLabel(nameOf(RUNNING_TOTAL)).inputValue()).toBe(vietnamese(mine[RUNNING_TOTAL]));
      expect(vietnamese(mine[RUNNING_TOTAL])).toMatch(/^\d{1,3}(\.\d{3})+$/);
      expect(await page.getByLabel(nameOf(FLOW)).inputValue()).toBe(vietnamese(mine[FLOW]));
      expect(await page.getByLabel(nameOf(CONTESTED)).inputValue()).toBe(vietnamese(mine[CONTESTED]));
      for (const code of [RUNNING_TOTAL, FLOW, CONTESTED] as const) {
        await expect.poll(() => field(page, code).getAttribute('data-state')).toBe('queued');
        expect(await field(page, code).getByText('Chưa đồng bộ', { exact: true }).isVisible()).toBe(true);
      }
      expect(await unsyncedCount(page)).toBe(3);
      expect(await page.getByTestId('unsynced-count').textContent()).toBe('Chưa đồng bộ: 3');
      expect(syncBodies, 'nothing reached the server while it was down').toHaveLength(0);
      await screenshot(page, 'offline-entry-offline.png', { fullPage: true });

      // Meanwhile the ward leader, who has a network, changes the contested figure. The phone
      // still cannot reach the server: the leader's server listens on another port.
      const leadersServer = await startServer({ again: { dataDir } });
      const leader = await signInOverHttp(leadersServer.baseUrl, LEADER);
      await leader.send('PUT', '/api/datavalues', {
        values: [{ element: CONTESTED, unit: WARD.code, period, value: leadersValue, baseVersion: 0 }],
      });
      await leadersServer.stop({ keepData: true });

      // The network comes back: the page syncs by itself (it retries every 15 seconds).
      server = await startServer({ again: { dataDir, port } });
      await expect.poll(() => unsyncedCount(page), { timeout: 40_000, interval: 500 }).toBe(1);
      await expect.poll(() => page.getByTestId('connection').textContent()).toBe('Đang trực tuyến');

      expect(syncBodies, 'one sync carried the queue').toHaveLength(1);
      const sent = syncBodies[0]!.changes;
      expect(sent.map((c) => [c.element, c.value, c.baseVersion]).sort()).toEqual(
        [
          [RUNNING_TOTAL, mine[RUNNING_TOTAL], 0],
          [FLOW, mine[FLOW], 0],
          [CONTESTED, mine[CONTESTED], 0],
        ].sort(),
      );
      expect(new Set(sent.map((c) => c.opId)).size).toBe(3);

      // The server holds exactly those figures, each written once, and the leader's untouched.
      const stored = storedValues(dataDir, period);
      expect([...stored.keys()].sort()).toEqual([CONTESTED, FLOW, RUNNING_TOTAL].sort());
      for (const code of [RUNNING_TOTAL, FLOW] as const) {
        expect(stored.get(code)).toEqual({
          element_code: code,
          value: mine[code],
          version: 1,
          op_id: sent.find((c) => c.element === code)!.opId,
          updated_by: OFFICER,
        });
      }
      expect(stored.get(CONTESTED)).toMatchObject({ value: leadersValue, version: 1, updated_by: LEADER });
      const audited = () =>
        auditedChanges(dataDir, period)
          .map((c) => [c.actor, c.via, c.element, c.after?.value])
          .sort();
      const auditAfterSync = audited();
      expect(auditAfterSync).toEqual(
        [
          [LEADER, 'grid', CONTESTED, leadersValue],
          [OFFICER, 'sync', RUNNING_TOTAL, mine[RUNNING_TOTAL]],
          [OFFICER, 'sync', FLOW, mine[FLOW]],
        ].sort(),
      );

      // The page: two figures synced, the third shown next to the leader's, nothing overwritten.
      for (const code of [RUNNING_TOTAL, FLOW] as const) {
        expect(await field(page, code).getAttribute('data-state')).toBe('synced');
        expect(await field(page, code).getByText('Chưa đồng bộ', { exact: true }).count()).toBe(0);
      }
      expect(await page.getByTestId('needs-decision').textContent()).toBe('Cần bạn xem lại bên dưới: 1');
      const conflict = page.getByTestId(`conflict-${CONTESTED}`);
      await conflict.waitFor();
      expect(await conflict.getByText('Xung đột: người khác đã sửa số liệu này').isVisible()).toBe(true);
      expect(await conflict.getByTestId('theirs').textContent()).toMatch(
        new RegExp(`^${LEADER} đã nhập ${leadersValue} lúc \\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}$`),
      );
      expect(await conflict.getByTestId('mine').textContent()).toBe(`Số liệu của bạn: ${mine[CONTESTED]}`);
      expect(await page.getByLabel(nameOf(CONTESTED)).isDisabled()).toBe(true);
      await conflict.getByRole('button', { name: 'Dùng số của họ' }).waitFor();
      await conflict.getByRole('button', { name: 'Giữ số của tôi' }).waitFor();
      await screenshot(page, 'offline-entry-conflict.png', { fullPage: true });

      // Syncing again sends nothing: the conflict waits for the officer, the rest is on the server.
      // (With nothing to send, a sync only asks the server whether it is there.)
      const probed = page.waitForResponse((response) => response.url().endsWith('/api/auth/session'));
      await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
      await probed;
      await expect.poll(() => page.getByRole('button', { name: 'Đồng bộ ngay' }).isEnabled()).toBe(true);
      expect(syncBodies).toHaveLength(1);

      // A lost answer would not double anything either: the same queue sent again is recognised.
      const officer = await signInOverHttp(server.baseUrl, OFFICER);
      const replay = await officer.send<DataValueSyncResult>('POST', '/api/datavalues/sync', syncBodies[0]);
      expect(
        replay.results.map((r) => [sent.find((c) => c.opId === r.opId)!.element, r.outcome]).sort(),
      ).toEqual(
        [
          [RUNNING_TOTAL, 'already_applied'],
          [FLOW, 'already_applied'],
          [CONTESTED, 'conflict'],
        ].sort(),
      );
      expect(storedValues(dataDir, period)).toEqual(stored);
      expect(audited()).toEqual(auditAfterSync);

      // The officer decides to keep their own figure, having seen the leader's: it is sent on the
      // leader's version and becomes version 2.
      await conflict.getByRole('button', { name: 'Giữ số của tôi' }).click();
      await expect.poll(() => unsyncedCount(page), { timeout: 20_000 }).toBe(0);
      expect(syncBodies).toHaveLength(2);
      expect(syncBodies[1]!.changes).toEqual([
        expect.objectContaining({ element: CONTESTED, value: mine[CONTESTED], baseVersion: 1 }),
      ]);
      expect(storedValues(dataDir, period).get(CONTESTED)).toMatchObject({
        value: mine[CONTESTED],
        version: 2,
        updated_by: OFFICER,
      });

      const violations = await watch.cspViolations();
      // Requests to the stopped server fail; Chromium logs each one. Nothing else may appear.
      const problems = watch.problems.filter((p) => !/ERR_CONNECTION_REFUSED|Failed to fetch/.test(p));
      await context.close();
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(problems, 'console errors').toEqual([]);
    },
  );
});
