import Database from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, sql } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import type { DB } from './schema.ts';

// Every difference between SQLite and PostgreSQL lives in this file (shared/DESIGN.md section 3).
// Repositories and services are written once against Kysely<DB>.

export type DialectName = DatabaseConfig['dialect'];

export type Database = {
  db: Kysely<DB>;
  dialect: DialectName;
  close(): Promise<void>;
};

// PostgreSQL returns bigint (int8) and numeric as strings; every count and sum we read fits in
// a double, so parse them as numbers to give both dialects the same row shapes.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export function openDatabase(config: DatabaseConfig): Database {
  if (config.dialect === 'sqlite') {
    if (config.file !== ':memory:') fs.mkdirSync(path.dirname(config.file), { recursive: true });
    const sqlite = new Database(config.file);
    // WAL for concurrent readers, FULL so an acknowledged commit survives power loss or kill -9.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: 10 });
  // An idle pooled connection can be cut by the server (restart, admin termination). Without
  // a listener that error would crash the process; the pool drops the client and the next
  // query opens a new one, so logging is left to the query that fails.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** Case-insensitive "contains" for search boxes: ILIKE on PostgreSQL, LIKE (ASCII-insensitive) on SQLite. */
export function containsInsensitive(dialect: DialectName, column: string, needle: string) {
  const pattern = `%${needle.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return dialect === 'postgres'
    ? sql<boolean>`${sql.ref(column)} ilike ${pattern} escape '\\'`
    : sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/** Checks the connection and returns the server version, for the health check and start-up. */
export async function databaseVersion(database: Database): Promise<string> {
  if (database.dialect === 'sqlite') {
    const r = await sql<{ v: string }>`select sqlite_version() as v`.execute(database.db);
    return `SQLite ${r.rows[0]?.v}`;
  }
  const r = await sql<{ v: string }>`show server_version`.execute(database.db);
  return `PostgreSQL ${(r.rows[0] as unknown as { server_version: string }).server_version}`;
}

/** Largest number of bound parameters one statement may carry (SQLite's default limit is 32766). */
export function maxBindParameters(dialect: DialectName): number {
  return dialect === 'sqlite' ? 32_000 : 60_000;
}

/**
 * True when a statement failed on a unique constraint: SQLite's SQLITE_CONSTRAINT_UNIQUE /
 * _PRIMARYKEY, PostgreSQL's SQLSTATE 23505. Lets services turn a lost race into a 409.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string } | null;
  return (
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    e?.code === '23505'
  );
}

/**
 * The column type for raw bytes (tip attachments): `blob` on SQLite, `bytea` on PostgreSQL;
 * both read back as a Buffer. Migrations only get a Kysely<unknown>, so the adapter tells.
 */
export function binaryColumnType(db: Kysely<unknown>): 'blob' | 'bytea' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
}
