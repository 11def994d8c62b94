import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../errors/domain-error.ts';
import { KeyRingFormatError, parseKeyRing, serializeKeyRing, type KeyRing } from './key-ring.ts';

// The key file on disk: outside the database (so a copied database or backup reveals nothing),
// readable by its owner only (mode 0600), always replaced whole (write a temporary file, then
// rename), so a crash never leaves half a key ring behind.

const isWindows = process.platform === 'win32';

export function keyFileMissing(file: string): DomainError {
  return new DomainError(
    'vault_key_missing',
    `Không tìm thấy tệp khóa mã hóa ${file}; tạo bằng lệnh "antt vault init" hoặc đặt ANTT_VAULT_KEY_FILE trỏ tới tệp khóa đang dùng / vault key file ${file} not found: run "antt vault init", or point ANTT_VAULT_KEY_FILE at the key file in use`,
    { file },
  );
}

export function keyFileUnusable(file: string, vi: string, en: string): DomainError {
  return new DomainError(
    'vault_key_invalid',
    `Tệp khóa mã hóa ${file} không dùng được: ${vi} / vault key file ${file} is unusable: ${en}`,
    { file },
  );
}

/** What identifies one version of the file, so a long-running process notices a rotation. */
export function keyFileStamp(file: string): string | null {
  try {
    const s = fs.statSync(file, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw keyFileUnusable(
      file,
      `không đọc được (${errorCode(error)})`,
      `cannot be read (${errorCode(error)})`,
    );
  }
}

/** Reads and checks the key file; null when there is none. */
export function readKeyFile(file: string): KeyRing | null {
  let stat: fs.Stats;
  let text: string;
  try {
    stat = fs.statSync(file);
    if (!stat.isFile()) throw keyFileUnusable(file, 'không phải một tệp thường', 'not a regular file');
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw keyFileUnusable(
      file,
      `không đọc được (${errorCode(error)})`,
      `cannot be read (${errorCode(error)})`,
    );
  }
  // A key others can read is a key others may have copied: refuse rather than use it.
  if (!isWindows && (stat.mode & 0o077) !== 0) {
    const mode = (stat.mode & 0o777).toString(8).padStart(4, '0');
    throw keyFileUnusable(
      file,
      `nhóm hoặc người dùng khác đọc được (quyền ${mode}); chạy: chmod 600 ${file}`,
      `readable by group or others (mode ${mode}); run: chmod 600 ${file}`,
    );
  }
  try {
    return parseKeyRing(text);
  } catch (error) {
    if (error instanceof KeyRingFormatError) throw keyFileUnusable(file, error.vi, error.en);
    throw error;
  }
}

/**
 * Creates the key file holding `ring`, only if no file is there yet: returns false (and
 * writes nothing) when one already exists, so two processes starting at once end up sharing
 * one key instead of overwriting each other's.
 */
export function createKeyFile(file: string, ring: KeyRing): boolean {
  const tmp = writeTemporary(file, serializeKeyRing(ring));
  try {
    try {
      // link() fails when the target exists: an atomic "create if absent" of a complete file.
      fs.linkSync(tmp, file);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
      // A file system without hard links: exclusive create, then write.
      try {
        fs.writeFileSync(file, serializeKeyRing(ring), { flag: 'wx', mode: 0o600 });
        return true;
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw inner;
      }
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Replaces the key file with `ring` in one step (rename is atomic on the same file system). */
export function replaceKeyFile(file: string, ring: KeyRing): void {
  const tmp = writeTemporary(file, serializeKeyRing(ring));
  try {
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Holds `<file>.lock` while `fn` runs, so two rotations never race (each would add its own
 * "next" version and one of the two keys would be lost with the values it encrypted).
 */
export async function withKeyFileLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  let fd: number;
  try {
    fd = fs.openSync(lock, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new DomainError(
      'conflict',
      `Một lần đổi khóa khác đang chạy (tệp khóa ${lock}); nếu chắc chắn không có, xóa tệp đó rồi chạy lại / another key rotation is running (lock ${lock}); if you are sure none is, remove that file and run again`,
      { lock },
    );
  }
  try {
    try {
      fs.writeSync(fd, `${process.pid}\n`);
    } finally {
      fs.closeSync(fd);
    }
    return await fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

function writeTemporary(file: string, text: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return tmp;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
