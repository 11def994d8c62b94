import { DomainError } from '../errors/domain-error.ts';
import { createKeyFile, keyFileMissing, keyFileStamp, readKeyFile } from './key-file.ts';
import { newKeyRing, type KeyRing } from './key-ring.ts';
import { open, parseSealed, seal } from './sealed-value.ts';

// Encrypts personal data at rest (informants' identities, TOTP seeds) with a key that lives in
// a file outside the database (shared/DESIGN.md section 5.2). The key file is read on first
// use and read again whenever it changes on disk, so a server keeps working across an
// `antt vault rotate-key` run by the operator and encrypts new values with the new key at once.

/**
 * What happens when the key file does not exist. `create` is for demo mode and tests (a fresh
 * key is made and announced); `refuse` is for production, where a missing key means a wrong
 * ANTT_VAULT_KEY_FILE or a lost file, and making a new key would hide that until every
 * existing value turns out unreadable.
 */
export type KeyMissingPolicy = 'create' | 'refuse';

export type VaultOptions = {
  keyFile: string;
  whenMissing: KeyMissingPolicy;
  /** Told when a key file was created (never told the key). Default: one line on stderr. */
  onKeyCreated?: (file: string) => void;
};

const announceOnStderr = (file: string) =>
  process.stderr.write(`antt: đã tạo tệp khóa mã hóa mới / created a new vault key file: ${file}\n`);

export class Vault {
  private ring: KeyRing | null = null;
  private stamp: string | null = null;

  constructor(private readonly options: VaultOptions) {}

  get keyFile(): string {
    return this.options.keyFile;
  }

  /** `v<version>:<iv>:<ciphertext+tag>` for `plaintext`, bound to its place by `aad`. */
  encrypt(plaintext: string, aad: string): string {
    const ring = this.keyRing();
    return seal(ring.keys.get(ring.current)!, ring.current, plaintext, aad);
  }

  /** The plaintext of a stored value; fails when the value was moved, altered or its key is gone. */
  decrypt(text: string, aad: string): string {
    const parts = parseSealed(text);
    if (!parts) throw unreadable('không đúng định dạng của kho khóa', 'not in the vault format');
    const key = this.keyRing().keys.get(parts.version);
    if (!key) {
      throw unreadable(
        `khóa phiên bản ${parts.version} không còn trong tệp khóa`,
        `key version ${parts.version} is not in the key file`,
      );
    }
    const plain = open(key, parts, aad);
    if (plain === null) {
      throw unreadable(
        'sai khóa, bị chuyển chỗ hoặc đã bị sửa',
        'wrong key, moved to another place, or altered',
      );
    }
    return plain;
  }

  /** True when a stored value is not encrypted with the current key (or not encrypted at all). */
  needsRotation(text: string): boolean {
    return versionOf(text) !== this.keyRing().current;
  }

  currentVersion(): number {
    return this.keyRing().current;
  }

  /** The key ring as it is on disk now (created first under the `create` policy). */
  keyRing(): KeyRing {
    const file = this.options.keyFile;
    // Stamp first, read second: a change in between only causes one more read later.
    let stamp = keyFileStamp(file);
    if (this.ring && stamp !== null && stamp === this.stamp) return this.ring;
    if (stamp === null) {
      if (this.options.whenMissing === 'refuse') throw keyFileMissing(file);
      if (createKeyFile(file, newKeyRing())) (this.options.onKeyCreated ?? announceOnStderr)(file);
      stamp = keyFileStamp(file);
    }
    const ring = readKeyFile(file);
    if (!ring) throw keyFileMissing(file);
    this.ring = ring;
    this.stamp = stamp;
    return ring;
  }
}

/** The key version a stored value names, or null when it is not in the vault's format. */
export function versionOf(text: string): number | null {
  return parseSealed(text)?.version ?? null;
}

function unreadable(vi: string, en: string): DomainError {
  return new DomainError(
    'vault_value_unreadable',
    `Không giải mã được dữ liệu đã mã hóa: ${vi} / an encrypted value cannot be read: ${en}`,
  );
}
