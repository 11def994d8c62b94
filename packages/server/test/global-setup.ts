import pg from 'pg';
import type { TestProject } from 'vitest/node';

// Decides once, before any test file runs, which dialects the database suites cover.
// ANTT_TEST_DIALECTS=sqlite,postgres forces the list; otherwise PostgreSQL is used when it
// answers, and CI (CI=true) fails when it does not, so a green CI always means both ran.

export const DEFAULT_TEST_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

declare module 'vitest' {
  // Module augmentation only works on interfaces.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    dialects: ('sqlite' | 'postgres')[];
    postgresUrl: string;
  }
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.ANTT_TEST_POSTGRES_URL || DEFAULT_TEST_POSTGRES_URL;
  const forced = process.env.ANTT_TEST_DIALECTS?.split(',').map((s) => s.trim());
  const isCi = process.env.CI === 'true' || process.env.CI === '1';
  let dialects: ('sqlite' | 'postgres')[];
  if (forced?.length) {
    dialects = forced.filter((d): d is 'sqlite' | 'postgres' => d === 'sqlite' || d === 'postgres');
  } else {
    dialects = ['sqlite'];
    if (await postgresAnswers(url)) dialects.push('postgres');
    else if (isCi) throw new Error(`CI needs PostgreSQL for the database tests, and ${url} does not answer`);
    else console.warn(`[antt tests] PostgreSQL at ${url} does not answer: database tests run on SQLite only`);
  }
  if (dialects.includes('postgres') && !(await postgresAnswers(url))) {
    throw new Error(`PostgreSQL tests were asked for, and ${url} does not answer`);
  }
  console.log(`[antt tests] database dialects: ${dialects.join(', ')}`);
  project.provide('dialects', dialects);
  project.provide('postgresUrl', url);
}
