import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, REPO_ROOT } from './config.ts';
import path from 'node:path';

describe('configuration', () => {
  it('defaults to port 3000 and the embedded database under var/', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database).toEqual({ dialect: 'sqlite', file: path.join(REPO_ROOT, 'var/antt.db') });
    expect(c.demo).toBe(false);
    expect(c.vaultKeyFile).toBe(path.join(REPO_ROOT, 'var/vault.key'));
  });

  it('accepts a PostgreSQL URL', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/antt' });
    expect(c.database).toEqual({ dialect: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/antt' });
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['DATABASE_URL', { DATABASE_URL: 'sqlite:' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['ANTT_DEMO', { ANTT_DEMO: 'maybe' }],
  ])('stops on a wrong %s and names it', (variable, env) => {
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variable).toBe(variable);
    expect((caught as Error).message).toContain(variable);
  });
});
