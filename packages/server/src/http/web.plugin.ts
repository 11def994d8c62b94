import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';

// Serves the web app that Vite builds into packages/web/dist (shared/DESIGN.md section 3): the
// staff app at /, the citizen portal at /portal/ and the offline Project 06 entry page at
// /nhap-lieu/, on the same origin as the API so the session cookie and the strict CSP need no
// exceptions.
//
// Caching: Vite names every file under /assets/ by a hash of its content, so those may be
// kept for a year; the HTML pages name the current hashes and must be checked every time, or a
// browser would keep running an old build after an upgrade. The entry page's service worker
// keeps its fixed name and is checked every time too, so a new build's worker replaces the old.

export type WebPluginOptions = { config: Pick<Config, 'webDistDir'> };

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
/** Files at the root of dist/ that are not hashed (favicon ...): a day is plenty. */
const SHORT = 'public, max-age=86400';

/** Paths owned by the API and the Open311 endpoint: never answered with an HTML page. */
function isApiPath(urlPath: string): boolean {
  return /^\/(api|open311)(\/|$)/.test(urlPath);
}

function isPortalPath(urlPath: string): boolean {
  return urlPath === '/portal' || urlPath.startsWith('/portal/');
}

/** The offline entry page; its service worker controls exactly this path and what lies under it. */
const OFFLINE_ENTRY_SCOPE = '/nhap-lieu/';
const OFFLINE_ENTRY_WORKER = 'nhap-lieu/sw.js';

function isOfflineEntryPath(urlPath: string): boolean {
  return urlPath.startsWith(OFFLINE_ENTRY_SCOPE);
}

function cacheControlFor(relativeFile: string): string {
  if (relativeFile.endsWith('.html')) return REVALIDATE;
  if (relativeFile.startsWith('assets/')) return IMMUTABLE;
  return SHORT;
}

/** The decoded path of the request, or null when it cannot be a file name (bad encoding, NUL). */
function decodedPath(request: FastifyRequest): string | null {
  const raw = request.url.split('?')[0] ?? '/';
  try {
    const decoded = decodeURIComponent(raw);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/** The file under root that the path names, or null when it names none (or tries to leave root). */
async function fileInside(root: string, urlPath: string): Promise<string | null> {
  // Dotfiles and dot-folders (dist/.vite/manifest.json) are build internals, not pages.
  if (urlPath.split('/').some((segment) => segment.startsWith('.'))) return null;
  const absolute = path.resolve(root, `.${urlPath}`);
  if (!absolute.startsWith(root + path.sep)) return null;
  try {
    return (await stat(absolute)).isFile() ? path.relative(root, absolute).split(path.sep).join('/') : null;
  } catch {
    return null;
  }
}

function sendPage(reply: FastifyReply, relativeFile: string) {
  return reply.header('cache-control', REVALIDATE).type('text/html; charset=utf-8').sendFile(relativeFile);
}

async function serveBuiltApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    serve: false,
    // Cache-Control is set per file below; dotfiles never leave the server.
    cacheControl: false,
    dotfiles: 'deny',
    index: false,
  });

  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const urlPath = decodedPath(request);
    if (urlPath === null || isApiPath(urlPath)) return reply.callNotFound();

    // The service worker's scope is /nhap-lieu/ (with the slash): send the bare path into it.
    if (urlPath === OFFLINE_ENTRY_SCOPE.slice(0, -1)) {
      const query = request.url.slice(request.url.split('?')[0]!.length);
      return reply.redirect(`${OFFLINE_ENTRY_SCOPE}${query}`, 301);
    }

    const file = await fileInside(root, urlPath);
    if (file === OFFLINE_ENTRY_WORKER) {
      return reply
        .header('cache-control', REVALIDATE)
        .header('service-worker-allowed', OFFLINE_ENTRY_SCOPE)
        .sendFile(file);
    }
    if (file) return reply.header('cache-control', cacheControlFor(file)).sendFile(file);

    if (isPortalPath(urlPath)) return sendPage(reply, 'portal/index.html');
    // A missing script or image is a 404, not the app's HTML under a .js name.
    if (path.posix.extname(urlPath) !== '') return reply.callNotFound();
    if (isOfflineEntryPath(urlPath)) return sendPage(reply, 'nhap-lieu/index.html');
    // Every other path is a screen of the staff app, routed in the browser.
    return sendPage(reply, 'index.html');
  });
}

/** Without a build the API still runs; the pages say what is missing instead of crashing. */
function serveMissingBuild(app: FastifyInstance, root: string): void {
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const urlPath = decodedPath(request);
    if (urlPath === null || isApiPath(urlPath)) return reply.callNotFound();
    return reply
      .code(503)
      .header('cache-control', 'no-store')
      .type('text/plain; charset=utf-8')
      .send(
        [
          'Ứng dụng web chưa được build (thiếu ' + path.join(root, 'index.html') + ').',
          'Chạy `npm install` (tự build) hoặc `npm run build -w packages/web`, rồi khởi động lại máy chủ.',
          '',
          `The web app is not built (${path.join(root, 'index.html')} is missing).`,
          'Run `npm install` (which builds it) or `npm run build -w packages/web`, then restart the server.',
          'The API under /api works meanwhile.',
        ].join('\n'),
      );
  });
}

/** Registered by app.ts after every API route, so any path the API does not own ends here. */
export async function webPlugin(app: FastifyInstance, options: WebPluginOptions): Promise<void> {
  const root = path.resolve(options.config.webDistDir);
  if (existsSync(path.join(root, 'index.html'))) {
    await serveBuiltApp(app, root);
  } else {
    app.log.warn({ webDistDir: root }, 'web app not built: serving a 503 notice instead of the pages');
    serveMissingBuild(app, root);
  }
}
