import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { replaceKeyFile } from './key-file.ts';
import { newKeyRing, parseKeyRing, withNewVersion } from './key-ring.ts';
import { Vault, versionOf } from './vault.ts';

let dir: string;
let keyFile: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-vault-'));
  keyFile = path.join(dir, 'keys', 'vault.key');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const creating = () => new Vault({ keyFile, whenMissing: 'create', onKeyCreated: () => undefined });

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('vault values', () => {
  it('round-trips text, with a fresh IV each time, in the v<version>:<iv>:<data> form', () => {
    const vault = creating();
    const aad = 'users.totp_secret:0197a';
    const a = vault.encrypt('Nguyễn Văn An, 0912 345 678', aad);
    const b = vault.encrypt('Nguyễn Văn An, 0912 345 678', aad);
    expect(a).toMatch(/^v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Nguy');
    expect(vault.decrypt(a, aad)).toBe('Nguyễn Văn An, 0912 345 678');
    expect(vault.decrypt(vault.encrypt('', aad), aad)).toBe('');
    expect(versionOf(a)).toBe(1);
  });

  it('refuses a value moved to another place (different AAD)', () => {
    const vault = creating();
    const sealed = vault.encrypt('JBSWY3DPEHPK3PXP', 'users.totp_secret:user-a');
    const error = errorOf(() => vault.decrypt(sealed, 'users.totp_secret:user-b'));
    expect(error.code).toBe('vault_value_unreadable');
  });

  it('refuses a value whose ciphertext, tag or IV was altered', () => {
    const vault = creating();
    const aad = 'tips.informant_name:1';
    const sealed = vault.encrypt('Trần Thị Bình', aad);
    const [version, iv, body] = sealed.split(':') as [string, string, string];
    const data = Buffer.from(body, 'base64');
    for (const at of [0, data.length - 1]) {
      const altered = Buffer.from(data);
      altered[at]! ^= 0x01;
      expect(errorOf(() => vault.decrypt(`${version}:${iv}:${altered.toString('base64')}`, aad)).code).toBe(
        'vault_value_unreadable',
      );
    }
    const otherIv = Buffer.from(iv, 'base64');
    otherIv[0]! ^= 0x80;
    expect(errorOf(() => vault.decrypt(`${version}:${otherIv.toString('base64')}:${body}`, aad)).code).toBe(
      'vault_value_unreadable',
    );
    expect(errorOf(() => vault.decrypt('JBSWY3DPEHPK3PXP', aad)).code).toBe('vault_value_unreadable');
    expect(errorOf(() => vault.decrypt(sealed.replace(/^v1:/, 'v7:'), aad)).message).toContain('7');
  });

  it('follows a rotation made by another process: new values use the new key, old ones still open', () => {
    const vault = creating();
    const old = vault.encrypt('bí mật', 'x:1');
    const ring = parseKeyRing(fs.readFileSync(keyFile, 'utf8'));
    replaceKeyFile(keyFile, withNewVersion(ring));
    const fresh = vault.encrypt('bí mật', 'x:1');
    expect(versionOf(fresh)).toBe(2);
    expect(vault.needsRotation(old)).toBe(true);
    expect(vault.needsRotation(fresh)).toBe(false);
    expect(vault.needsRotation('plain text')).toBe(true);
    expect(vault.decrypt(old, 'x:1')).toBe('bí mật');
  });
});

describe('the key file', () => {
  it('is created when missing under the create policy: mode 0600, announced, and never logged', () => {
    const announced: string[] = [];
    const vault = new Vault({ keyFile, whenMissing: 'create', onKeyCreated: (f) => announced.push(f) });
    vault.encrypt('x', 'a');
    expect(announced).toEqual([keyFile]);
    if (process.platform !== 'win32') expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const ring = parseKeyRing(fs.readFileSync(keyFile, 'utf8'));
    expect(ring.current).toBe(1);
    expect(ring.keys.get(1)).toHaveLength(32);
    // A second process finds it and uses the same key.
    const other = creating();
    expect(other.decrypt(vault.encrypt('y', 'a'), 'a')).toBe('y');
    expect(announced).toHaveLength(1);
  });

  it('is required under the refuse policy, with a message naming the file and `antt vault init`', () => {
    const vault = new Vault({ keyFile, whenMissing: 'refuse' });
    const error = errorOf(() => vault.encrypt('x', 'a'));
    expect(error.code).toBe('vault_key_missing');
    expect(error.message).toContain(keyFile);
    expect(error.message).toContain('antt vault init');
    expect(fs.existsSync(keyFile)).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('is refused when group or others may read it', () => {
    creating().currentVersion();
    fs.chmodSync(keyFile, 0o644);
    const error = errorOf(() => new Vault({ keyFile, whenMissing: 'refuse' }).currentVersion());
    expect(error.code).toBe('vault_key_invalid');
    expect(error.message).toContain(keyFile);
    expect(error.message).toContain('chmod 600');
  });

  it('is refused when it is not the expected JSON, naming the file and what is wrong', () => {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true });
    const cases: [string, RegExp][] = [
      ['not json', /JSON/],
      ['{"current": 1}', /"keys"/],
      ['{"current": 1, "keys": {"1": "c2hvcnQ="}}', /32/],
      [`{"current": 2, "keys": {"1": "${Buffer.alloc(32).toString('base64')}"}}`, /current version 2/],
    ];
    for (const [text, why] of cases) {
      fs.writeFileSync(keyFile, text, { mode: 0o600 });
      const error = errorOf(() => new Vault({ keyFile, whenMissing: 'create' }).currentVersion());
      expect(error.code).toBe('vault_key_invalid');
      expect(error.message).toContain(keyFile);
      expect(error.message).toMatch(why);
      fs.rmSync(keyFile);
    }
  });

  it('keeps every version when serialised, so older backups stay readable', () => {
    const ring = withNewVersion(withNewVersion(newKeyRing()));
    replaceKeyFile(keyFile, ring);
    const back = parseKeyRing(fs.readFileSync(keyFile, 'utf8'));
    expect(back.current).toBe(3);
    expect([...back.keys.keys()]).toEqual([1, 2, 3]);
    expect(back.keys.get(2)!.equals(ring.keys.get(2)!)).toBe(true);
  });
});
