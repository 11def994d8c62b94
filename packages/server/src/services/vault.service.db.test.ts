import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTinyProvince, insertUser } from '../../test/fixtures.ts';
import { describeEachDialect } from '../../test/test-db.ts';
import { loadConfig } from '../config.ts';
import { DomainError } from '../errors/domain-error.ts';
import { ManualClock } from '../lib/clock.ts';
import { columnAad, columnLabel, ENCRYPTED_COLUMNS, USERS_TOTP_SECRET } from '../vault/encrypted-columns.ts';
import { parseKeyRing } from '../vault/key-ring.ts';
import { versionOf } from '../vault/vault.ts';
import { createServices, type Services } from './index.ts';

const operator = { kind: 'cli', label: 'test' } as const;
const aadOf = (userId: string) => columnAad(USERS_TOTP_SECRET, userId);
const TOTP = 'users.totp_secret';

/** Per-column counts where only users.totp_secret has values (other columns are empty here). */
function totpOnly(counts: Record<string, number>, expected: number): void {
  expect(counts[TOTP]).toBe(expected);
  expect(Object.entries(counts).filter(([c, n]) => c !== TOTP && n !== 0)).toEqual([]);
}

describeEachDialect('vault key rotation', (ctx) => {
  let dir: string;
  let keyFile: string;
  let services: Services;
  const secrets = new Map<string, string>();

  const storedSecrets = async () =>
    new Map(
      (await ctx().db.selectFrom('users').select(['id', 'totp_secret']).execute()).map((r) => [
        r.id,
        r.totp_secret,
      ]),
    );
  const setSecret = (id: string, value: string | null) =>
    ctx().db.updateTable('users').set({ totp_secret: value }).where('id', '=', id).execute();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-vault-db-'));
    keyFile = path.join(dir, 'vault.key');
    const config = loadConfig({}, { database: ctx().config, logLevel: 'silent', vaultKeyFile: keyFile });
    services = createServices(ctx(), new ManualClock(), config, { vaultKeyMissing: 'refuse' });
    const org = await buildTinyProvince(ctx().db);
    await services.vault.init(operator);
    // Seven users with an encrypted seed, small batches so rotation spans several transactions.
    for (let i = 1; i <= 7; i++) {
      const user = await insertUser(services.users, {
        username: `canbo${i}`,
        unitCode: org.police.communeA.code,
        roles: ['officer'],
      });
      const secret = `JBSWY3DPEHPK3PX${'ABCDEFG'[i - 1]}`;
      secrets.set(user.id, secret);
      await setSecret(user.id, services.deps.vault.encrypt(secret, aadOf(user.id)));
    }
    // One without a second factor (null stays null), one from before encryption (plaintext).
    await insertUser(services.users, {
      username: 'khong2fa',
      unitCode: org.police.communeA.code,
      roles: ['officer'],
    });
    const legacy = await insertUser(services.users, {
      username: 'canbocu',
      unitCode: org.police.communeB.code,
      roles: ['leader'],
    });
    secrets.set(legacy.id, 'GEZDGNBVGY3TQOJQ');
    await setSecret(legacy.id, 'GEZDGNBVGY3TQOJQ');
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('counts the values per key version, without reading any', async () => {
    const status = await services.vault.status();
    expect(status).toMatchObject({ keyFile, currentVersion: 1, versions: [1] });
    expect(status.columns.map((c) => c.column)).toEqual(ENCRYPTED_COLUMNS.map(columnLabel));
    expect(status.columns.find((c) => c.column === TOTP)).toEqual({
      column: TOTP,
      total: 8,
      byVersion: { '1': 7 },
      unknownVersion: 0,
      plaintext: 1,
    });
    for (const other of status.columns.filter((c) => c.column !== TOTP)) expect(other.total).toBe(0);
  });

  it('refuses to make a second key file over the first', async () => {
    const before = fs.readFileSync(keyFile, 'utf8');
    await expect(services.vault.init(operator)).rejects.toMatchObject({ code: 'conflict' });
    expect(fs.readFileSync(keyFile, 'utf8')).toBe(before);
  });

  it('re-encrypts every value with a new current key, keeping the old key in the file', async () => {
    const progress: [number, number][] = [];
    const report = await services.vault.rotateKey(operator, {
      batchSize: 3,
      onProgress: (done, total) => progress.push([done, total]),
    });
    const { reencrypted, ...rest } = report;
    expect(rest).toEqual({
      fromVersion: 1,
      toVersion: 2,
      encryptedPlaintext: 1,
      unreadable: [],
      unreadableCount: 0,
      retiredVersions: [],
    });
    totpOnly(reencrypted, 8);
    expect(progress.at(-1)).toEqual([8, 8]);
    const stored = await storedSecrets();
    for (const [id, secret] of secrets) {
      const value = stored.get(id)!;
      expect(versionOf(value)).toBe(2);
      expect(value).not.toContain(secret);
      expect(services.deps.vault.decrypt(value, aadOf(id))).toBe(secret);
    }
    expect([...stored.values()].filter((v) => v === null)).toHaveLength(1);
    expect([...parseKeyRing(fs.readFileSync(keyFile, 'utf8')).keys.keys()]).toEqual([1, 2]);

    const audit = await ctx()
      .db.selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'vault.key_rotated')
      .execute();
    expect(audit).toHaveLength(1);
    const details = JSON.parse(audit[0]!.details);
    expect(details).toEqual({
      fromVersion: 1,
      toVersion: 2,
      reencrypted: details.reencrypted,
      encryptedPlaintext: 1,
      unreadable: 0,
      retiredVersions: [],
    });
    totpOnly(details.reencrypted, 8);
  });

  it('leaves a value that does not decrypt as it is, reports it, and then retires nothing', async () => {
    const [first, second] = [...secrets.keys()] as [string, string];
    const stored = await storedSecrets();
    // A ciphertext copied onto another user's row: its AAD names the first user.
    await setSecret(second, stored.get(first)!);
    const report = await services.vault.rotateKey(operator, { retireOld: true });
    expect(report.toVersion).toBe(3);
    expect(report.unreadable).toEqual([{ column: 'users.totp_secret', id: second }]);
    expect(report.unreadableCount).toBe(1);
    totpOnly(report.reencrypted, 7);
    expect(report.retiredVersions).toEqual([]);
    expect((await storedSecrets()).get(second)).toBe(stored.get(first));
    expect([...parseKeyRing(fs.readFileSync(keyFile, 'utf8')).keys.keys()]).toEqual([1, 2, 3]);
    // Put it right for the next test.
    await setSecret(second, services.deps.vault.encrypt(secrets.get(second)!, aadOf(second)));
  });

  it('with --retire-old removes the versions no value uses any more, after re-encrypting', async () => {
    const report = await services.vault.rotateKey(operator, { retireOld: true });
    expect(report).toMatchObject({
      fromVersion: 3,
      toVersion: 4,
      retiredVersions: [1, 2, 3],
      unreadableCount: 0,
    });
    const ring = parseKeyRing(fs.readFileSync(keyFile, 'utf8'));
    expect(ring.current).toBe(4);
    expect([...ring.keys.keys()]).toEqual([4]);
    const stored = await storedSecrets();
    for (const [id, secret] of secrets)
      expect(services.deps.vault.decrypt(stored.get(id)!, aadOf(id))).toBe(secret);
    const status = await services.vault.status();
    expect(status.columns.find((c) => c.column === TOTP)).toEqual({
      column: TOTP,
      total: 8,
      byVersion: { '4': 8 },
      unknownVersion: 0,
      plaintext: 0,
    });
  });

  it('is for the operator only', async () => {
    const error = await services.vault
      .rotateKey({
        kind: 'user',
        userId: 'x',
        username: 'x',
        roles: ['admin'],
        unitId: 'x',
        provinceCode: '92',
        jurisdiction: { scope: 'nation' },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('forbidden');
  });
});
