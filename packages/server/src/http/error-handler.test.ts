import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { installErrorHandling } from './error-handler.ts';

describe('error handling', () => {
  const app = Fastify({ logger: false });
  installErrorHandling(app);
  app.get('/vault', async () => {
    throw new DomainError('vault_key_invalid', 'key file /srv/antt/secret/vault.key is readable by others', {
      file: '/srv/antt/secret/vault.key',
    });
  });
  app.get('/bug', async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'x') at /srv/antt/app.ts:12");
  });
  app.get('/refused', async () => {
    throw new DomainError('forbidden', 'Không có quyền / not allowed', { role: 'officer' });
  });

  it('keeps the code of a server-side domain fault but none of its details', async () => {
    const r = await app.inject({ method: 'GET', url: '/vault' });
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({
      error: { code: 'vault_key_invalid', message: 'Lỗi hệ thống / internal error' },
    });
    expect(r.body).not.toContain('/srv/antt');
  });

  it('answers an unexpected exception with internal_error and no stack or path', async () => {
    const r = await app.inject({ method: 'GET', url: '/bug' });
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({ error: { code: 'internal_error', message: 'Lỗi hệ thống / internal error' } });
  });

  it('passes a client error through with its message and details', async () => {
    const r = await app.inject({ method: 'GET', url: '/refused' });
    expect(r.statusCode).toBe(403);
    expect(r.json()).toEqual({
      error: { code: 'forbidden', message: 'Không có quyền / not allowed', details: { role: 'officer' } },
    });
  });
});
