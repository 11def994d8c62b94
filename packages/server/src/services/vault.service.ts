import { DomainError } from '../errors/domain-error.ts';
import { VaultRepository } from '../repositories/vault.repository.ts';
import {
  columnAad,
  columnLabel,
  ENCRYPTED_COLUMNS,
  type EncryptedColumn,
} from '../vault/encrypted-columns.ts';
import { createKeyFile, readKeyFile, replaceKeyFile, withKeyFileLock } from '../vault/key-file.ts';
import { newKeyRing, withNewVersion, withoutVersions } from '../vault/key-ring.ts';
import { versionOf } from '../vault/vault.ts';
import type { Actor } from './actor.ts';
import type { ServiceDeps } from './service-deps.ts';

// The operator's side of the vault: make the key file, count what it protects, rotate the key.
// Counts only ever leave this service — never a key, never a decrypted value.

export type ColumnStatus = {
  column: string;
  /** Values present. */
  total: number;
  /** Values per key version, for every version in the key file. */
  byVersion: Record<string, number>;
  /** Values naming a key version the file no longer has (unreadable until it is restored). */
  unknownVersion: number;
  /** Values not encrypted at all (written before the column was encrypted). */
  plaintext: number;
};

export type VaultStatus = {
  keyFile: string;
  currentVersion: number;
  versions: number[];
  columns: ColumnStatus[];
};

export type RotationReport = {
  fromVersion: number;
  toVersion: number;
  /** Values re-encrypted with the new key, per column. */
  reencrypted: Record<string, number>;
  /** Of those, values that were stored unencrypted before. */
  encryptedPlaintext: number;
  /** Values that could not be decrypted and were left as they were (the first few named). */
  unreadable: { column: string; id: string }[];
  unreadableCount: number;
  /** Versions removed from the key file (--retire-old). */
  retiredVersions: number[];
};

export type RotationOptions = {
  retireOld?: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
};

/** The first unreadable values are named in the report; more are only counted. */
const UNREADABLE_LISTED = 20;

export class VaultService {
  private readonly values: VaultRepository;

  constructor(private readonly deps: ServiceDeps) {
    this.values = new VaultRepository(deps.db);
  }

  /** `antt vault init`: a new key file; refuses when one exists, so no key is ever overwritten. */
  async init(actor: Actor): Promise<{ keyFile: string; currentVersion: number }> {
    assertOperator(actor);
    const file = this.deps.vault.keyFile;
    if (!createKeyFile(file, newKeyRing())) {
      throw new DomainError(
        'conflict',
        `Tệp khóa ${file} đã có; không ghi đè (đổi khóa bằng "antt vault rotate-key") / key file ${file} already exists and is never overwritten (use "antt vault rotate-key")`,
        { file },
      );
    }
    await this.deps.audit.recordNow(actor, {
      action: 'vault.key_created',
      entityType: 'vault',
      details: { version: 1 },
    });
    return { keyFile: file, currentVersion: 1 };
  }

  async status(): Promise<VaultStatus> {
    const ring = this.deps.vault.keyRing();
    const versions = [...ring.keys.keys()].sort((a, b) => a - b);
    const columns: ColumnStatus[] = [];
    for (const column of ENCRYPTED_COLUMNS) {
      columns.push(await this.columnStatus(column, versions));
    }
    return { keyFile: this.deps.vault.keyFile, currentVersion: ring.current, versions, columns };
  }

  /**
   * `antt vault rotate-key`: adds a key version and makes it current (first, so a crash
   * half-way leaves every value readable), then re-encrypts every registered column in
   * batches, one transaction each. Running it again after an interruption finishes the job.
   */
  async rotateKey(actor: Actor, options: RotationOptions = {}): Promise<RotationReport> {
    assertOperator(actor);
    const file = this.deps.vault.keyFile;
    return withKeyFileLock(file, async () => {
      const before = this.deps.vault.keyRing();
      const after = withNewVersion(before);
      replaceKeyFile(file, after);
      const to = this.deps.vault.currentVersion();
      if (to !== after.current) throw new Error(`the key file did not take version ${after.current}`);

      const report: RotationReport = {
        fromVersion: before.current,
        toVersion: to,
        reencrypted: {},
        encryptedPlaintext: 0,
        unreadable: [],
        unreadableCount: 0,
        retiredVersions: [],
      };
      const prefix = `v${to}:`;
      let total = 0;
      for (const column of ENCRYPTED_COLUMNS) {
        total += (await this.values.count(column)) - (await this.values.countMatching(column, `${prefix}%`));
      }
      let done = 0;
      options.onProgress?.(done, total);
      for (const column of ENCRYPTED_COLUMNS) {
        const label = columnLabel(column);
        report.reencrypted[label] = 0;
        let afterId = '';
        for (;;) {
          const page = await this.values.page(column, prefix, afterId, options.batchSize ?? 500);
          if (page.length === 0) break;
          afterId = page[page.length - 1]!.id;
          await this.deps.db.transaction().execute(async (trx) => {
            const repo = new VaultRepository(trx);
            for (const row of page) {
              const aad = columnAad(column, row.id);
              let plaintext: string;
              try {
                plaintext =
                  versionOf(row.value) === null ? row.value : this.deps.vault.decrypt(row.value, aad);
              } catch (error) {
                if (!(error instanceof DomainError && error.code === 'vault_value_unreadable')) throw error;
                report.unreadableCount += 1;
                if (report.unreadable.length < UNREADABLE_LISTED)
                  report.unreadable.push({ column: label, id: row.id });
                continue;
              }
              if (await repo.replace(column, row.id, row.value, this.deps.vault.encrypt(plaintext, aad))) {
                report.reencrypted[label]! += 1;
                if (versionOf(row.value) === null) report.encryptedPlaintext += 1;
              }
            }
          });
          done += page.length;
          options.onProgress?.(done, total);
        }
      }

      // Only after every value was re-encrypted: a version still used must stay readable.
      if (options.retireOld && report.unreadableCount === 0) {
        const versions = [...after.keys.keys()].filter((v) => v !== to);
        const unused: number[] = [];
        for (const v of versions) {
          let uses = 0;
          for (const column of ENCRYPTED_COLUMNS) uses += await this.values.countMatching(column, `v${v}:%`);
          if (uses === 0) unused.push(v);
        }
        if (unused.length > 0) {
          const current = readKeyFile(file);
          if (!current) throw new Error(`the key file ${file} vanished during rotation`);
          replaceKeyFile(file, withoutVersions(current, unused));
          report.retiredVersions = unused;
        }
      }

      await this.deps.audit.recordNow(actor, {
        action: 'vault.key_rotated',
        entityType: 'vault',
        details: {
          fromVersion: report.fromVersion,
          toVersion: report.toVersion,
          reencrypted: report.reencrypted,
          encryptedPlaintext: report.encryptedPlaintext,
          unreadable: report.unreadableCount,
          retiredVersions: report.retiredVersions,
        },
      });
      return report;
    });
  }

  private async columnStatus(column: EncryptedColumn, versions: number[]): Promise<ColumnStatus> {
    const total = await this.values.count(column);
    const byVersion: Record<string, number> = {};
    let known = 0;
    for (const v of versions) {
      byVersion[String(v)] = await this.values.countMatching(column, `v${v}:%`);
      known += byVersion[String(v)]!;
    }
    // Vault values look like v<n>:<iv>:<body>. Plaintext of that shape would be miscounted, but
    // the plaintext that can be found here (TOTP seeds from before encryption) is base32, with
    // no colon. (SQLite's LIKE ignores letter case, hence the two colons.)
    const formatted = await this.values.countMatching(column, 'v%:%:%');
    return {
      column: columnLabel(column),
      total,
      byVersion,
      unknownVersion: formatted - known,
      plaintext: total - formatted,
    };
  }
}

function assertOperator(actor: Actor): void {
  if (actor.kind !== 'cli' && actor.kind !== 'system') {
    throw new DomainError(
      'forbidden',
      'Chỉ người vận hành máy chủ quản lý khóa mã hóa / only the server operator manages the vault key',
    );
  }
}
