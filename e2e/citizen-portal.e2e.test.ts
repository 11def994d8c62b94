import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE, screenshot, watchProblems } from './support/browser.ts';
import { startServer, WEB_DIST, type RunningServer } from './support/server.ts';

// The citizen portal's landing page as a citizen meets it on a phone, and the promise that its
// bundle carries none of the staff app.

type ManifestChunk = { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/** Texts and endpoints only the staff app has: none may appear in a portal chunk. */
const STAFF_MARKERS = [
  '/api/auth/login',
  '/api/users',
  '/api/audit',
  'Nhật ký hệ thống',
  'Đổi mật khẩu',
  'Thêm người dùng',
];

function readManifest(): Manifest {
  return JSON.parse(readFileSync(path.join(WEB_DIST, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The files an entry loads: its own chunk and every chunk it imports, statically or lazily. */
function chunkClosure(manifest: Manifest, entryKey: string): Set<string> {
  const files = new Set<string>();
  const queue = [entryKey];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no ${key}`);
    files.add(chunk.file);
    queue.push(...(chunk.imports ?? []), ...(chunk.dynamicImports ?? []));
  }
  return files;
}

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('citizen portal', () => {
  it('shows the landing page on a phone, in Vietnamese, emergency numbers first, with no sign-in and no form', async () => {
    const context = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    const watch = await watchProblems(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script')
        scripts.push(new URL(request.url()).pathname.replace(/^\//, ''));
    });

    await page.goto(`${server.baseUrl}/portal/`);
    await page.getByRole('heading', { level: 1, name: 'Tố giác, tin báo về tội phạm' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');

    // 113, 114 and 115 are phone links, above everything else that explains the portal.
    for (const number of ['113', '114', '115']) {
      expect(await page.locator(`a[href="tel:${number}"]`).isVisible(), number).toBe(true);
    }
    const emergencyTop = (await page
      .getByRole('heading', { name: 'Khẩn cấp? Hãy gọi điện ngay' })
      .boundingBox())!.y;
    const rightsTop = (await page.getByRole('heading', { name: /Quyền và sự bảo vệ/ }).boundingBox())!.y;
    expect(emergencyTop).toBeLessThan(rightsTop);
    expect(emergencyTop).toBeLessThan(PHONE.height);

    await page.getByRole('heading', { name: 'Gửi tin không cần nêu tên' }).waitFor();
    expect(await page.getByText(/mã theo dõi và một mã bí mật/).isVisible()).toBe(true);
    expect(await page.getByText(/Điều 144/).count()).toBeGreaterThan(0);
    // An information page: nothing to submit, nothing to sign in to.
    expect(await page.locator('form, input[type=password], button[type=submit]').count()).toBe(0);
    await screenshot(page, 'portal-landing-phone.png');
    await screenshot(page, 'portal-landing-phone-full.png', { fullPage: true });

    // Only portal chunks were loaded.
    const manifest = readManifest();
    const portalFiles = chunkClosure(manifest, 'portal/index.html');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((file) => !portalFiles.has(file))).toEqual([]);

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Report a crime' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.problems).toEqual([]);
    await context.close();
  });

  it('builds a portal bundle that holds no staff code', () => {
    const manifest = readManifest();
    const portalFiles = chunkClosure(manifest, 'portal/index.html');
    const staffEntry = manifest['index.html']!.file;
    expect(portalFiles.has(staffEntry)).toBe(false);
    for (const file of [...portalFiles].filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(path.join(WEB_DIST, file), 'utf8');
      for (const marker of STAFF_MARKERS)
        expect(code.includes(marker), `${file} contains "${marker}"`).toBe(false);
    }
    // The markers are real: the staff chunks do contain them.
    const staffCode = [...chunkClosure(manifest, 'index.html')]
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(WEB_DIST, f), 'utf8'))
      .join('\n');
    for (const marker of STAFF_MARKERS) expect(staffCode.includes(marker), marker).toBe(true);
  });
});
