/* global self, caches, fetch, URL, setTimeout, clearTimeout */
// Service worker of the offline entry page (/nhap-lieu/), written by hand in plain JavaScript
// so it is served as it is, without a hash in its name (the browser finds it again at the same
// address to check for updates).
//
// - The page (HTML) is fetched from the network when it answers, else from the cache: a new
//   build reaches the officer as soon as there is a network, and the page still opens without.
// - Its scripts and styles (/assets/*, named by a hash of their content) are cache-first: a
//   hashed file never changes. The files a page names are cached with it, at install and after
//   each fresh copy of the page, so the first offline reload has everything.
// - API calls (/api/*) are never answered by the worker: figures live in the page's IndexedDB
//   queue, and an answer from a cache would hide that the server was not reached.

const CACHE = 'antt-nhap-lieu-v1';
const PAGE = '/nhap-lieu/';
const NETWORK_WAIT_MS = 5000;

/** The same-origin scripts, styles and icons the page's HTML names. */
function assetsNamedBy(html) {
  const urls = new Set();
  for (const match of html.matchAll(/(?:src|href)="(\/[^"]+)"/g)) {
    const path = match[1];
    if (path.startsWith('/assets/') || path === '/favicon.svg') urls.add(path);
  }
  return [...urls];
}

/** Keeps a fresh copy of the page and every file it names; drops assets of older builds. */
async function cachePage(response) {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  const assets = assetsNamedBy(html);
  await Promise.all(
    assets.map(async (path) => {
      if (!(await cache.match(path))) await cache.add(path);
    }),
  );
  await cache.put(PAGE, response);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/assets/') && !assets.includes(path)) await cache.delete(request);
  }
}

/** The page from the network; with `strict`, failing to cache it fails too (an install must). */
async function fetchAndCachePage({ strict }) {
  const response = await fetch(PAGE, { cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${PAGE}`);
  const caching = cachePage(response.clone());
  if (strict) await caching;
  else await caching.catch(() => undefined);
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil(fetchAndCachePage({ strict: true }).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('antt-nhap-lieu-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** The network's page if it answers in time, else the cached one. */
async function pageResponse() {
  const network = fetchAndCachePage({ strict: false });
  // Keep the late answer's copy even when the cached page is shown meanwhile.
  network.catch(() => undefined);
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), NETWORK_WAIT_MS);
  });
  try {
    const fresh = await Promise.race([network, timeout]);
    if (fresh) return fresh;
  } catch {
    // Unreachable server: fall back to the phone's copy.
  } finally {
    clearTimeout(timer);
  }
  const cached = await caches.match(PAGE);
  // Never cached (the worker was installed but the cache was cleared): the network's own error.
  return cached ?? network;
}

async function assetResponse(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate' && url.pathname.startsWith(PAGE)) {
    event.respondWith(pageResponse());
    return;
  }
  if (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg') {
    event.respondWith(assetResponse(request));
  }
});
