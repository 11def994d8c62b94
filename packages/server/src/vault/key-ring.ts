import { randomBytes } from 'node:crypto';
import { z } from 'zod';

// The vault's keys: every version ever made and still needed, and the one new values use.
// On disk it is a small JSON document, `{"current": 2, "keys": {"1": "<base64>", "2": "..."}}`:
// old versions stay so that values (and backups) written before a rotation can still be read.

/** AES-256: 32-byte keys. */
export const KEY_BYTES = 32;

export type KeyRing = {
  current: number;
  keys: ReadonlyMap<number, Buffer>;
};

/** Why a key file cannot be used, in Vietnamese and English (the caller names the file). */
export class KeyRingFormatError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const keyFileSchema = z
  .object({
    current: z.number().int().positive(),
    keys: z.record(z.string().regex(/^[1-9][0-9]*$/), z.string()),
  })
  .strict();

export function parseKeyRing(text: string): KeyRing {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeyRingFormatError('không phải JSON', 'not JSON');
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new KeyRingFormatError(
      'không đúng dạng {"current": số, "keys": {"1": "base64", …}}',
      'not of the form {"current": number, "keys": {"1": "base64", …}}',
    );
  }
  const keys = new Map<number, Buffer>();
  for (const [version, encoded] of Object.entries(parsed.data.keys)) {
    const key = Buffer.from(encoded, 'base64');
    // Round-tripping rejects stray characters that Buffer.from would silently skip.
    if (key.length !== KEY_BYTES || key.toString('base64') !== encoded) {
      throw new KeyRingFormatError(
        `khóa phiên bản ${version} không phải ${KEY_BYTES} byte mã base64`,
        `key version ${version} is not ${KEY_BYTES} bytes of base64`,
      );
    }
    keys.set(Number(version), key);
  }
  if (!keys.has(parsed.data.current)) {
    throw new KeyRingFormatError(
      `phiên bản hiện hành ${parsed.data.current} không có trong "keys"`,
      `the current version ${parsed.data.current} is not among the keys`,
    );
  }
  return { current: parsed.data.current, keys };
}

export function serializeKeyRing(ring: KeyRing): string {
  const keys = Object.fromEntries(
    [...ring.keys.entries()].sort(([a], [b]) => a - b).map(([v, k]) => [String(v), k.toString('base64')]),
  );
  return `${JSON.stringify({ current: ring.current, keys }, null, 2)}\n`;
}

/** A first key ring: version 1, from the operating system's random source. */
export function newKeyRing(): KeyRing {
  return { current: 1, keys: new Map([[1, randomBytes(KEY_BYTES)]]) };
}

/** The ring with one more version, made current. Older versions stay. */
export function withNewVersion(ring: KeyRing): KeyRing {
  const next = Math.max(...ring.keys.keys()) + 1;
  const keys = new Map(ring.keys);
  keys.set(next, randomBytes(KEY_BYTES));
  return { current: next, keys };
}

/** The ring without the given versions; the current one is never removed. */
export function withoutVersions(ring: KeyRing, versions: readonly number[]): KeyRing {
  const keys = new Map(ring.keys);
  for (const v of versions) if (v !== ring.current) keys.delete(v);
  return { current: ring.current, keys };
}
