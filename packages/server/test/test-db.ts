import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { DatabaseConfig } from '../src/config.ts';
import { openDatabase, type Database, type DialectName } from '../src/db/dialect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

// One suite over every dialect (kysely's own test set-up is the model): each describe block
// gets a fresh, migrated database of its own — a temporary SQLite file, or a new PostgreSQL
// database — and drops it afterwards.

export type TestDatabase = Database & { config: DatabaseConfig };

export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  let config: DatabaseConfig;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-test-'));
    config = { dialect: 'sqlite', file: path.join(dir, 'antt.db') };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const adminUrl = inject('postgresUrl');
    const name = `antt_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    config = { dialect: 'postgres', url: url.toString() };
    cleanup = async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const database = openDatabase(config);
  await migrateToLatest(database);
  return {
    ...database,
    config,
    close: async () => {
      await database.close();
      await cleanup();
    },
  };
}

export function testDialects(): DialectName[] {
  return inject('dialects');
}

/**
 * Runs `suite` once per dialect. Inside, `ctx()` returns that dialect's database, created
 * before the first test and dropped after the last.
 */
export function describeEachDialect(
  name: string,
  suite: (ctx: () => TestDatabase, dialect: DialectName) => void,
) {
  for (const dialect of testDialects()) {
    describe(`${name} [${dialect}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(dialect);
      });
      afterAll(async () => {
        await database?.close();
      });
      suite(() => {
        if (!database) throw new Error('test database not ready');
        return database;
      }, dialect);
    });
  }
}
