import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// The environment is read here and nowhere else (shared/DESIGN.md section 3). A wrong value
// stops start-up with a message naming the variable, so an operator never runs on a guess.

/** The repository root: relative paths in DATABASE_URL and the key file are taken from here. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export type DatabaseConfig = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

export type Config = {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** File holding the vault key (AES-256-GCM for informants' personal data); never in the database. */
  vaultKeyFile: string;
  /** Demo mode: seeds the demo province when the database is empty and allows demo accounts. */
  demo: boolean;
  /** Set when the server sits behind TLS (a reverse proxy): cookies get Secure and HSTS is sent. */
  behindTls: boolean;
  webDistDir: string;
};

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

const booleanText = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => ['1', 'true', 'yes'].includes(v));

function parseDatabaseUrl(raw: string): DatabaseConfig {
  if (raw.startsWith('sqlite:')) {
    const file = raw.slice('sqlite:'.length);
    if (!file) throw new ConfigError('DATABASE_URL', 'sqlite: needs a file path, e.g. sqlite:./var/antt.db');
    return { dialect: 'sqlite', file: file === ':memory:' ? file : path.resolve(REPO_ROOT, file) };
  }
  if (raw.startsWith('postgres://') || raw.startsWith('postgresql://')) {
    try {
      new URL(raw);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid postgres:// URL');
    }
    return { dialect: 'postgres', url: raw };
  }
  throw new ConfigError('DATABASE_URL', `must start with sqlite: or postgres:// (got "${raw.slice(0, 40)}")`);
}

function pick<T>(variable: string, schema: z.ZodType<T>, raw: string | undefined, fallback: string): T {
  const result = schema.safeParse(raw ?? fallback);
  if (!result.success) {
    const why = result.error.issues[0]?.message ?? 'invalid value';
    throw new ConfigError(variable, `${why} (got "${raw}")`);
  }
  return result.data;
}

/** Parses the environment once. Overrides (from CLI flags) win over the environment. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const port = pick('PORT', z.coerce.number().int().min(0).max(65_535), env.PORT, '3000');
  const host = pick('HOST', z.string().min(1), env.HOST, '127.0.0.1');
  const logLevel = pick(
    'LOG_LEVEL',
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    env.LOG_LEVEL,
    'info',
  );
  const demo = pick('ANTT_DEMO', booleanText, env.ANTT_DEMO, 'false');
  const behindTls = pick('ANTT_BEHIND_TLS', booleanText, env.ANTT_BEHIND_TLS, 'false');
  const vaultKeyFile = path.resolve(REPO_ROOT, env.ANTT_VAULT_KEY_FILE || './var/vault.key');
  const database = parseDatabaseUrl(env.DATABASE_URL || 'sqlite:./var/antt.db');
  const webDistDir = path.resolve(REPO_ROOT, 'packages/web/dist');
  return { port, host, logLevel, demo, behindTls, vaultKeyFile, database, webDistDir, ...overrides };
}
