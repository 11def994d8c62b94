import { describe, expect, it } from 'vitest';
import { isInFuture, occurredAtInstant, vnLocalNow } from './vn-local-time.ts';

describe('the time a tip happened', () => {
  it('reads the input in Vietnam time, whatever the phone’s zone', () => {
    expect(occurredAtInstant('2026-03-01T21:30')).toBe('2026-03-01T21:30:00+07:00');
    expect(new Date(occurredAtInstant('2026-03-01T21:30')!).toISOString()).toBe('2026-03-01T14:30:00.000Z');
  });

  it('refuses text that is not a date and time', () => {
    expect(occurredAtInstant('')).toBeNull();
    expect(occurredAtInstant('2026-13-01T21:30')).toBeNull();
    expect(occurredAtInstant('01/03/2026 21:30')).toBeNull();
  });

  it('gives now in Vietnam for the input’s max, and spots a time in the future', () => {
    const now = new Date('2026-03-01T18:00:00Z'); // 01:00 on 2 March in Vietnam
    expect(vnLocalNow(now)).toBe('2026-03-02T01:00');
    expect(isInFuture('2026-03-02T01:00:00+07:00', now)).toBe(false);
    expect(isInFuture('2026-03-02T01:30:00+07:00', now)).toBe(true);
  });
});
