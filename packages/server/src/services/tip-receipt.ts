import { CROCKFORD_ALPHABET, TIP_SECRET_LENGTH, TRACKING_CODE_LENGTH } from '@antt/shared';
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

// The citizen's receipt: a tracking code and a secret, both uniformly random symbols of
// Crockford's base32 (packages/shared/src/tips/tracking-code.ts). The secret carries 140 bits,
// so nobody can guess it or brute-force its hash: a plain SHA-256 is stored, which also lets a
// wrong secret be compared in constant time without the cost of a password hash.

function randomSymbols(length: number): string {
  let out = '';
  // randomInt is uniform (no modulo bias) and comes from the operating system's CSPRNG.
  for (let i = 0; i < length; i++) out += CROCKFORD_ALPHABET[randomInt(CROCKFORD_ALPHABET.length)];
  return out;
}

export function newTrackingCode(): string {
  return randomSymbols(TRACKING_CODE_LENGTH);
}

export function newTipSecret(): string {
  return randomSymbols(TIP_SECRET_LENGTH);
}

/** SHA-256 (hex) of the canonical secret (as parseTipSecret returns it). */
export function hashTipSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares two hex hashes of equal length in constant time. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
