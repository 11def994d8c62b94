import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTinyProvince } from '../../test/fixtures.ts';
import { runAntt } from '../../test/run-cli.ts';
import { openDatabase } from '../db/dialect.ts';
import { verifyPassword } from '../services/password.ts';

// The real `antt` binary, as an operator runs it, against a scratch SQLite file. Each run
// starts Node and tsx (a few seconds on 2 busy cores), hence the generous timeout.

describe('antt user add / list / unlock', { timeout: 120_000 }, () => {
  let dir: string;
  let file: string;

  const antt = (args: string[], input?: string) => runAntt(file, args, input);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-user-'));
    file = path.join(dir, 'antt.db');
    expect(antt(['migrate']).code).toBe(0);
    const database = openDatabase({ dialect: 'sqlite', file });
    try {
      await buildTinyProvince(database.db);
    } finally {
      await database.close();
    }
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates a user with a generated password printed once, which then verifies', async () => {
    const r = antt([
      'user',
      'add',
      '--username',
      'chi',
      '--name',
      'Nguyễn Thị Chi',
      '--unit',
      'CAX-92001',
      '--role',
      'leader,officer',
      '--json',
    ]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.user).toMatchObject({
      username: 'chi',
      displayName: 'Nguyễn Thị Chi',
      roles: ['leader', 'officer'],
      unit: { code: 'CAX-92001' },
    });
    expect(out.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);

    const database = openDatabase({ dialect: 'sqlite', file });
    try {
      const row = await database.db
        .selectFrom('users')
        .select('password_hash')
        .where('username', '=', 'chi')
        .executeTakeFirstOrThrow();
      expect(await verifyPassword(row.password_hash, out.generatedPassword)).toBe(true);
    } finally {
      await database.close();
    }
  });

  it('takes a password from standard input and then lists both users as JSON', () => {
    const r = antt(
      [
        'user',
        'add',
        '--username',
        'duc',
        '--name',
        'Trần Đức',
        '--unit',
        'CA92',
        '--role',
        'admin',
        '--password-stdin',
      ],
      'mat-khau-2026\n',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('mat-khau-2026');
    const list = antt(['user', 'list', '--json']);
    expect(list.code).toBe(0);
    const users = JSON.parse(list.stdout).users as { username: string; roles: string[] }[];
    expect(users.map((u) => [u.username, u.roles])).toEqual([
      ['duc', ['admin']],
      ['chi', ['leader', 'officer']],
    ]);
    expect(antt(['user', 'list']).stdout).toMatch(/chi\s+Nguyễn Thị Chi\s+CAX-92001\s+leader,officer/);
  });

  it('refuses bad input with exit code 1 and a usage mistake with 2, creating nothing', async () => {
    const badRole = antt([
      'user',
      'add',
      '--username',
      'yen',
      '--name',
      'Em',
      '--unit',
      'CA92',
      '--role',
      'sheriff',
    ]);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain('roles');
    const badUnit = antt([
      'user',
      'add',
      '--username',
      'yen',
      '--name',
      'Em',
      '--unit',
      'CA00',
      '--role',
      'officer',
    ]);
    expect(badUnit.code).toBe(1);
    expect(badUnit.stderr).toContain('CA00');
    expect(antt(['user', 'add', '--username', 'yen', '--name', 'Em', '--role', 'officer']).code).toBe(2);
    const database = openDatabase({ dialect: 'sqlite', file });
    try {
      expect(
        await database.db.selectFrom('users').select('id').where('username', '=', 'yen').execute(),
      ).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('unlocks an account', () => {
    const r = antt(['user', 'unlock', 'chi', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ username: 'chi', wasLocked: false });
    expect(antt(['user', 'unlock', 'nobody']).code).toBe(1);
  });
});
