import '../zod-setup.ts';
import { describe, expect, it } from 'vitest';
import { buildSubmission, EMPTY_TIP_FORM, type TipFormValues } from './tip-form-values.ts';

const now = new Date('2026-03-02T03:00:00Z'); // 10:00 in Vietnam
const filled: TipFormValues = {
  ...EMPTY_TIP_FORM,
  kind: 'denunciation',
  category: 'theft',
  description: '  Hai người lấy trộm xe máy trước chợ.  ',
  occurredAt: '2026-03-01T21:30',
  communeCode: '31507',
};

describe('building the portal submission', () => {
  it('sends an anonymous tip with no identity and the time in Vietnam', () => {
    const built = buildSubmission(filled, '92', now);
    expect(built).toEqual({
      ok: true,
      data: expect.objectContaining({
        kind: 'denunciation',
        category: 'theft',
        description: 'Hai người lấy trộm xe máy trước chợ.',
        occurredAt: '2026-03-01T21:30:00+07:00',
        communeCode: '31507',
        keepLocation: false,
      }),
    });
    if (built.ok) {
      expect(built.data.informant).toBeUndefined();
      // A commune is given: the province is not needed to route it.
      expect(built.data.provinceCode).toBeUndefined();
    }
  });

  it('names each missing field, next to which the form says what to do', () => {
    const built = buildSubmission({ ...EMPTY_TIP_FORM, description: '   ' }, '92', now);
    expect(built).toEqual({
      ok: false,
      issues: { kind: 'kind', category: 'category', description: 'descriptionMissing' },
    });
  });

  it('refuses a time in the future', () => {
    const built = buildSubmission({ ...filled, occurredAt: '2026-03-02T12:00' }, '92', now);
    expect(built).toEqual({ ok: false, issues: { occurredAt: 'occurredAtFuture' } });
  });

  it('asks an informant who chose to give an identity for a name, a phone or an e-mail', () => {
    const none = buildSubmission({ ...filled, identity: 'identified' }, '92', now);
    expect(none).toEqual({ ok: false, issues: { fullName: 'identityMissing' } });
    const badPhone = buildSubmission(
      {
        ...filled,
        identity: 'identified',
        informant: { ...filled.informant, phone: 'call me', idNumber: '123' },
      },
      '92',
      now,
    );
    expect(badPhone.ok === false && badPhone.issues).toEqual({ phone: 'phone', idNumber: 'idNumber' });
  });

  it('routes a tip with no place to the province’s duty desk', () => {
    const built = buildSubmission({ ...filled, communeCode: '' }, '92', now);
    expect(built.ok && built.data.provinceCode).toBe('92');
  });

  it('keeps a map point as lon and lat', () => {
    const built = buildSubmission(
      { ...filled, communeCode: '', point: { lon: 105.97, lat: 9.6 } },
      '92',
      now,
    );
    expect(built.ok && [built.data.lon, built.data.lat, built.data.provinceCode]).toEqual([
      105.97,
      9.6,
      undefined,
    ]);
  });
});
