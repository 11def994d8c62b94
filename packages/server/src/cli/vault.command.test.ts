import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTinyProvince, insertUser } from '../../test/fixtures.ts';
import { runAntt } from '../../test/run-cli.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/dialect.ts';
import { systemClock } from '../lib/clock.ts';
import { createServices } from '../services/index.ts';
import { columnAad, USERS_TOTP_SECRET } from '../vault/encrypted-columns.ts';
import { parseKeyRing } from '../vault/key-ring.ts';
import { Vault, versionOf } from '../vault/vault.ts';

// The real `antt vault …` commands, as an operator runs them, against a scratch SQLite file
// and a key file in a temporary folder.
describe('antt vault init / status / rotate-key', { timeout: 180_000 }, () => {
  let dir: string;
  let file: string;
  let keyFile: string;
  const secrets = new Map<string, string>();
  const vaultEnv = () => ({ ANTT_VAULT_KEY_FILE: keyFile, ANTT_DEMO: 'false' });
  const antt = (args: string[]) => runAntt(file, args, '', vaultEnv());

  const withDatabase = async <T>(fn: (db: ReturnType<typeof openDatabase>) => Promise<T>) => {
    const database = openDatabase({ dialect: 'sqlite', file });
    try {
      return await fn(database);
    } finally {
      await database.close();
    }
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-vault-'));
    file = path.join(dir, 'antt.db');
    keyFile = path.join(dir, 'keys', 'vault.key');
    expect(antt(['migrate']).code).toBe(0);
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('without a key file, refuses and says to run `antt vault init`; so does `antt serve`', () => {
    const status = antt(['vault', 'status']);
    expect(status.code).toBe(1);
    expect(status.stderr).toContain(keyFile);
    expect(status.stderr).toContain('antt vault init');
    const serve = antt(['serve', '--port', '0']);
    expect(serve.code).toBe(1);
    expect(serve.stderr).toContain('antt vault init');
    expect(fs.existsSync(keyFile)).toBe(false);
  });

  it('init creates the key file, readable by its owner only, and never overwrites it', () => {
    const r = antt(['vault', 'init', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ keyFile, currentVersion: 1 });
    if (process.platform !== 'win32') expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = fs.readFileSync(keyFile, 'utf8');
    const again = antt(['vault', 'init']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('antt vault rotate-key');
    expect(fs.readFileSync(keyFile, 'utf8')).toBe(key);
    // The key itself is never printed.
    const keyBase64 = parseKeyRing(key).keys.get(1)!.toString('base64');
    expect(r.stdout + r.stderr + again.stdout + again.stderr).not.toContain(keyBase64);
  });

  it('rotate-key re-encrypts every TOTP seed with a new key; status counts them; --retire-old drops old keys', async () => {
    await withDatabase(async (database) => {
      const org = await buildTinyProvince(database.db);
      const config = loadConfig(
        {},
        { database: { dialect: 'sqlite', file }, logLevel: 'silent', vaultKeyFile: keyFile },
      );
      const services = createServices(database, systemClock, config, { vaultKeyMissing: 'refuse' });
      for (const [i, username] of ['an', 'binh', 'chau'].map((u, i) => [i, `canbo.${u}`] as const)) {
        const user = await insertUser(services.users, {
          username,
          unitCode: org.police.communeA.code,
          roles: ['officer'],
        });
        const secret = `JBSWY3DPEHPK3PX${'ABC'[i]}`;
        secrets.set(user.id, secret);
        await database.db
          .updateTable('users')
          .set({ totp_secret: services.deps.vault.encrypt(secret, columnAad(USERS_TOTP_SECRET, user.id)) })
          .where('id', '=', user.id)
          .execute();
      }
    });

    const rotated = antt(['vault', 'rotate-key', '--json']);
    expect(rotated.code, rotated.stderr).toBe(0);
    const rotation = JSON.parse(rotated.stdout);
    expect(rotation).toMatchObject({ fromVersion: 1, toVersion: 2, unreadableCount: 0, retiredVersions: [] });
    expect(rotation.reencrypted['users.totp_secret']).toBe(3);

    const status = antt(['vault', 'status', '--json']);
    expect(status.code, status.stderr).toBe(0);
    const counts = JSON.parse(status.stdout);
    expect(counts).toMatchObject({ keyFile, currentVersion: 2, versions: [1, 2] });
    expect(counts.columns.find((c: { column: string }) => c.column === 'users.totp_secret')).toEqual({
      column: 'users.totp_secret',
      total: 3,
      byVersion: { '1': 0, '2': 3 },
      unknownVersion: 0,
      plaintext: 0,
    });
    expect(antt(['vault', 'status']).stdout).toMatch(/users\.totp_secret\s+3\s+v1: 0, v2: 3/);

    const retired = antt(['vault', 'rotate-key', '--retire-old']);
    expect(retired.code, retired.stderr).toBe(0);
    expect(retired.stdout).toContain('v3');
    expect(retired.stdout).toMatch(/v1, v2/);
    expect([...parseKeyRing(fs.readFileSync(keyFile, 'utf8')).keys.keys()]).toEqual([3]);

    const vault = new Vault({ keyFile, whenMissing: 'refuse' });
    await withDatabase(async (database) => {
      const rows = await database.db.selectFrom('users').select(['id', 'totp_secret']).execute();
      expect(rows).toHaveLength(3);
      for (const row of rows) {
        expect(versionOf(row.totp_secret!)).toBe(3);
        expect(vault.decrypt(row.totp_secret!, columnAad(USERS_TOTP_SECRET, row.id))).toBe(
          secrets.get(row.id),
        );
      }
      const audit = await database.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_type', '=', 'vault')
        .orderBy('seq')
        .execute();
      expect(audit.map((a) => a.action)).toEqual([
        'vault.key_created',
        'vault.key_rotated',
        'vault.key_rotated',
      ]);
    });
  });
});
