import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installErrorHandling } from './error-handler.ts';
import { webPlugin } from './web.plugin.ts';

// The web app's serving rules, on a hand-made dist/ so the test needs no Vite build.

let scratch: string;

function fakeDist(): string {
  const dist = path.join(scratch, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  mkdirSync(path.join(dist, 'portal'), { recursive: true });
  mkdirSync(path.join(dist, 'nhap-lieu'), { recursive: true });
  mkdirSync(path.join(dist, '.vite'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>staff</title>');
  writeFileSync(path.join(dist, 'portal', 'index.html'), '<!doctype html><title>portal</title>');
  writeFileSync(path.join(dist, 'nhap-lieu', 'index.html'), '<!doctype html><title>offline entry</title>');
  writeFileSync(path.join(dist, 'nhap-lieu', 'sw.js'), 'self.addEventListener("fetch", () => {})');
  writeFileSync(path.join(dist, 'assets', 'staff-AbC123.js'), 'console.log(1)');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
  writeFileSync(path.join(dist, '.vite', 'manifest.json'), '{}');
  writeFileSync(path.join(scratch, 'secret.txt'), 'outside dist');
  return dist;
}

async function appServing(webDistDir: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  installErrorHandling(app);
  app.get('/api/health', async () => ({ status: 'ok' }));
  await app.register(webPlugin, { config: { webDistDir } });
  await app.ready();
  return app;
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'antt-web-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('serving the built web app', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appServing(fakeDist());
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers / and any staff screen with the staff page, revalidated on every visit', async () => {
    for (const url of ['/', '/units', '/users/123?x=1', '/sign-in']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>staff</title>');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-type']).toContain('text/html');
    }
  });

  it('answers /portal and every path under it with the portal page', async () => {
    for (const url of ['/portal', '/portal/', '/portal/tra-cuu']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>portal</title>');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers every path under /nhap-lieu/ with the offline entry page, and sends /nhap-lieu into it', async () => {
    for (const url of ['/nhap-lieu/', '/nhap-lieu/?ngay=2026-03-02', '/nhap-lieu/ngay/2026-03-02']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>offline entry</title>');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    // The service worker's scope ends with a slash: the bare path would lie outside it.
    const bare = await app.inject({ method: 'GET', url: '/nhap-lieu?ngay=2026-03-02' });
    expect(bare.statusCode).toBe(301);
    expect(bare.headers.location).toBe('/nhap-lieu/?ngay=2026-03-02');
    expect((await app.inject({ method: 'GET', url: '/nhap-lieu/gone.js' })).statusCode).toBe(404);
  });

  it('serves the offline page’s service worker under its fixed name, checked on every visit, scoped to the page', async () => {
    const response = await app.inject({ method: 'GET', url: '/nhap-lieu/sw.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['service-worker-allowed']).toBe('/nhap-lieu/');
  });

  it('lets browsers keep hashed assets for a year', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/staff-AbC123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-type']).toContain('javascript');
  });

  it('answers a missing asset with 404, not with the page under a script name', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/staff-Gone99.js' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('route_not_found');
  });

  it('leaves unknown /api and /open311 paths to the JSON not-found answer', async () => {
    for (const url of ['/api', '/api/nope', '/api/units/xyz/nope', '/open311/v2/services.json']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/json');
      expect(response.json().error.code).toBe('route_not_found');
    }
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' });
  });

  it('never serves build internals or files outside dist', async () => {
    for (const url of [
      '/.vite/manifest.json',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e/secret.txt',
    ]) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('outside dist');
    }
  });

  it('serves pages to GET only', async () => {
    const response = await app.inject({ method: 'POST', url: '/units' });
    expect(response.statusCode).toBe(404);
  });
});

describe('without a build', () => {
  it('still starts, says the web app is not built on every page, and keeps the API', async () => {
    const app = await appServing(path.join(scratch, 'no-such-dist'));
    try {
      for (const url of ['/', '/portal/']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(503);
        expect(response.headers['content-type']).toContain('text/plain');
        expect(response.body).toContain('npm install');
        expect(response.body).toContain('not built');
      }
      expect((await app.inject({ method: 'GET', url: '/api/nope' })).json().error.code).toBe(
        'route_not_found',
      );
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
