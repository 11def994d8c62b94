import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// One encrypted value as it is stored: `v<key version>:<base64 IV>:<base64 ciphertext+tag>`.
// AES-256-GCM (NIST SP 800-38D) with a fresh random 96-bit IV per value — the IV length the
// standard recommends (section 8.2.2), and with at most a few million values per key far below
// its 2^32 random-IV limit. The additional authenticated data (AAD) names the value's place,
// e.g. "users.totp_secret:<id>": a ciphertext copied to another row or column fails to open.

const IV_BYTES = 12;
const TAG_BYTES = 16;
const ALGORITHM = 'aes-256-gcm';

const SEALED_PATTERN = /^v([1-9][0-9]{0,8}):([A-Za-z0-9+/]{16}):([A-Za-z0-9+/]*={0,2})$/;

export type SealedParts = { version: number; iv: Buffer; body: Buffer };

/** The parts of a stored value, or null when it is not in the vault's format. */
export function parseSealed(text: string): SealedParts | null {
  const m = SEALED_PATTERN.exec(text);
  if (!m) return null;
  const body = Buffer.from(m[3]!, 'base64');
  if (body.length < TAG_BYTES) return null;
  return { version: Number(m[1]), iv: Buffer.from(m[2]!, 'base64'), body };
}

export function seal(key: Buffer, version: number, plaintext: string, aad: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `v${version}:${iv.toString('base64')}:${body.toString('base64')}`;
}

/** The plaintext, or null when the tag does not verify (wrong key, wrong AAD, altered bytes). */
export function open(key: Buffer, parts: SealedParts, aad: string): string | null {
  const decipher = createDecipheriv(ALGORITHM, key, parts.iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(parts.body.subarray(parts.body.length - TAG_BYTES));
  try {
    const plain = Buffer.concat([
      decipher.update(parts.body.subarray(0, parts.body.length - TAG_BYTES)),
      decipher.final(),
    ]);
    return plain.toString('utf8');
  } catch {
    return null;
  }
}
