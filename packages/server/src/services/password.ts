import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

// Password hashing: argon2id (RFC 9106), the algorithm the OWASP Password Storage Cheat Sheet
// recommends first. Parameters: the cheat sheet's baseline m = 19 MiB, t = 2, p = 1. It lists
// equivalent pairs (46 MiB × 1 pass ... 7 MiB × 5 passes); we take the lower-memory end because
// the target machine has 2 cores and a login burst must not push it into swapping, and 19 MiB
// × 2 passes still costs an attacker a 19 MiB memory-hard computation per guess (about 30 ms of
// one core here). Hashes carry their parameters (PHC string), so raising them later only needs
// the rehash-on-login below.

// @node-rs/argon2 declares Algorithm as a `const enum`, which isolatedModules cannot read at
// run time; 2 is its Argon2id member.
const ARGON2ID = 2 as Algorithm;

export const PASSWORD_HASH_OPTIONS: Options = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/** False for a wrong password and for a stored value that is not an argon2 hash at all. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** True when a stored hash was made with other (older) parameters and should be redone. */
export function needsRehash(storedHash: string): boolean {
  try {
    const used = parseOptions(storedHash);
    return (
      used.algorithm !== PASSWORD_HASH_OPTIONS.algorithm ||
      used.memoryCost !== PASSWORD_HASH_OPTIONS.memoryCost ||
      used.timeCost !== PASSWORD_HASH_OPTIONS.timeCost ||
      used.parallelism !== PASSWORD_HASH_OPTIONS.parallelism
    );
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * A hash of a random password, made once per process with the same parameters. Sign-in checks
 * an unknown username against it, so the answer takes as long as for a real account and the
 * timing does not tell whether the username exists.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummyHash;
}

/**
 * A strong random password for `antt user add` without --password-stdin: 20 characters of
 * base64url (120 bits), with a letter and a digit as the password policy asks.
 */
export function generatePassword(username = ''): string {
  for (;;) {
    const candidate = randomBytes(15).toString('base64url');
    // Draw again until the policy accepts it, including "must not contain the username":
    // a short username such as "anh" does turn up inside random text now and then.
    const containsUsername = username !== '' && candidate.toLowerCase().includes(username.toLowerCase());
    if (/[A-Za-z]/.test(candidate) && /\d/.test(candidate) && !containsUsername) return candidate;
  }
}
