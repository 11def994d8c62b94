import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { describeEachDialect } from './test-db.ts';

// The HTTP conventions every feature relies on (DESIGN.md section 6): health, the OpenAPI
// document, one error shape, security headers.

describeEachDialect('HTTP application', (ctx, dialect) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const config = loadConfig({}, { database: ctx().config, logLevel: 'silent' });
    app = await buildApp({ config, database: ctx(), serveWeb: false });
  });
  afterAll(async () => app?.close());

  it('answers the health check with the dialect and version', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', db: dialect, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('publishes an OpenAPI document generated from the zod schemas', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(r.statusCode).toBe(200);
    const doc = r.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(
      doc.paths['/api/health'].get.responses['200'].content['application/json'].schema.properties.db.enum,
    ).toEqual(['sqlite', 'postgres']);
    expect(doc.paths['/api/auth/login'].post.requestBody).toBeDefined();
  });

  it('serves the browsable documentation', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
  });

  it('answers an unknown API route with the JSON error shape', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/no-such-thing?x=1' });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({
      error: { code: 'route_not_found', message: 'No route GET /api/no-such-thing' },
    });
  });

  it('refuses malformed JSON with a stable code', async () => {
    const pre = await app.inject({ method: 'GET', url: '/api/auth/session' });
    const token = pre.json().csrfToken as string;
    const cookie = pre.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const r = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie },
      payload: '{"username": "a", ',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('malformed_json');
  });

  it('sends security headers and a strict script policy', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['strict-transport-security']).toBeUndefined();
  });
});
