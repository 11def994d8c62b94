// The receipt a citizen keeps (shared/DESIGN.md section 5.2): a tracking code that names the tip
// and a secret that proves the holder submitted it. Both are written in Crockford's base32
// (https://www.crockford.com/base32.html): digits and capitals without I, L, O and U, so they
// can be read aloud, typed on a phone and copied by hand without confusing 1/I/L or 0/O; when
// reading, the confusable letters are taken as the digits they look like.

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 10 symbols = 50 random bits: unguessable by enumeration, short enough to type. */
export const TRACKING_CODE_LENGTH = 10;
/**
 * 28 symbols = 140 random bits. A secret this strong cannot be guessed, so the server keeps a
 * plain SHA-256 of it (a slow password hash protects low-entropy secrets, not this one).
 */
export const TIP_SECRET_LENGTH = 28;

/** Upper-cases, drops spaces and dashes, and reads I/L as 1 and O as 0. Null when anything else is left. */
export function normalizeCrockford(text: string): string | null {
  const cleaned = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  for (const ch of cleaned) if (!CROCKFORD_ALPHABET.includes(ch)) return null;
  return cleaned;
}

/** "ABCDE12345" → "ABCDE-12345". */
export function formatTrackingCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Groups of four: "ABCD-EFGH-…". */
export function formatTipSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join('-') ?? secret;
}

/** The canonical tracking code, or null when the text cannot be one. */
export function parseTrackingCode(text: string): string | null {
  const code = normalizeCrockford(text);
  return code && code.length === TRACKING_CODE_LENGTH ? code : null;
}

/** The canonical secret, or null when the text cannot be one. */
export function parseTipSecret(text: string): string | null {
  const secret = normalizeCrockford(text);
  return secret && secret.length === TIP_SECRET_LENGTH ? secret : null;
}
