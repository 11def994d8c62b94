import { describe, expect, it } from 'vitest';
import { formatTipSecret, formatTrackingCode, parseTipSecret, parseTrackingCode } from './tracking-code.ts';

describe('tracking codes and secrets (Crockford base32)', () => {
  it('reads a code typed in any case, with or without the dash, confusable letters as digits', () => {
    expect(parseTrackingCode('ab1cd-ef2gh')).toBe('AB1CDEF2GH');
    expect(parseTrackingCode('AB1CD EF2GH')).toBe('AB1CDEF2GH');
    expect(parseTrackingCode('oBlCD-EF2Gi')).toBe('0B1CDEF2G1');
  });

  it('refuses symbols outside the alphabet and wrong lengths', () => {
    expect(parseTrackingCode('AB1CD-EF2GU')).toBeNull();
    expect(parseTrackingCode('AB1CD-EF2G')).toBeNull();
    expect(parseTipSecret('ABCD-EFGH')).toBeNull();
  });

  it('groups for reading and parses its own grouping back', () => {
    expect(formatTrackingCode('AB1CDEF2GH')).toBe('AB1CD-EF2GH');
    const secret = 'ABCDEFGHJKMNPQRSTVWXYZ012345';
    expect(formatTipSecret(secret)).toBe('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345');
    expect(parseTipSecret(formatTipSecret(secret))).toBe(secret);
  });
});
