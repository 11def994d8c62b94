import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTinyProvince } from '../../test/fixtures.ts';
import { runAntt } from '../../test/run-cli.ts';
import { openDatabase } from '../db/dialect.ts';

// The operator's check of the audit chain: someone with database access edits a row behind
// the application's back, and `antt audit verify` names that row and exits 1.

describe('antt audit verify', { timeout: 120_000 }, () => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-audit-'));
    file = path.join(dir, 'antt.db');
    expect(runAntt(file, ['migrate']).code).toBe(0);
    const database = openDatabase({ dialect: 'sqlite', file });
    await buildTinyProvince(database.db);
    await database.close();
    // Three audited writes through the CLI itself.
    for (const username of ['anh', 'binh', 'chau']) {
      const r = runAntt(file, [
        'user',
        'add',
        '--username',
        username,
        '--name',
        `Cán bộ ${username}`,
        '--unit',
        'CAX-92001',
        '--role',
        'officer',
      ]);
      expect(r.code, r.stderr).toBe(0);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports an intact chain and exits 0', () => {
    const r = runAntt(file, ['audit', 'verify', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, rows: 3 });
  });

  it('names the row edited behind its back and exits 1', async () => {
    const database = openDatabase({ dialect: 'sqlite', file });
    // Someone with database access rewrites who was created in row 2.
    await sql`update audit_log set details = replace(details, 'binh', 'mallory') where seq = 2`.execute(
      database.db,
    );
    await database.close();
    const json = runAntt(file, ['audit', 'verify', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, brokenSeq: 2, rows: 1 });
    const human = runAntt(file, ['audit', 'verify']);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('AUDIT CHAIN BROKEN at row 2');
  });
});
