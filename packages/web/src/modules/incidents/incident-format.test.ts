import { describe, expect, it } from 'vitest';
import { incidentDayTime, vndAmount } from './incident-format.ts';

describe('incident formats', () => {
  it('writes the occurrence as dd/MM/yyyy HH:mm in Vietnam’s time', () => {
    expect(incidentDayTime('2026-03-01T14:30:00Z', 'vi')).toBe('01/03/2026 21:30');
    expect(incidentDayTime('2026-02-28T17:05:00Z', 'en')).toBe('01/03/2026 00:05');
  });

  it('writes damage in đồng with dots between thousands', () => {
    expect(vndAmount(150_000_000, 'vi')).toBe('150.000.000 đ');
    expect(vndAmount(0, 'vi')).toBe('0 đ');
  });
});
