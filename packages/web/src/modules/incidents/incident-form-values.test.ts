import { describe, expect, it } from 'vitest';
import {
  checkIncidentEdit,
  checkNewIncident,
  EMPTY_INCIDENT_FORM,
  formFieldOf,
  formFromIncident,
  type IncidentFormValues,
} from './incident-form-values.ts';

const NOW = new Date('2026-03-02T03:00:00Z');

const accident: IncidentFormValues = {
  ...EMPTY_INCIDENT_FORM,
  type: 'traffic_accident',
  occurredAt: '2026-03-01T21:30',
  communeCode: '31507',
  category: 'road',
  deaths: 1,
  injuries: 2,
  vehicles: 2,
  road: 'Quốc lộ 1A',
  summary: 'Xe tải va chạm xe máy.',
};

describe('incident form', () => {
  it('sends a traffic accident in Vietnam time with only the fields of its type', () => {
    const result = checkNewIncident(accident, NOW);
    expect(result).toEqual({
      ok: true,
      request: expect.objectContaining({
        type: 'traffic_accident',
        occurredAt: '2026-03-01T21:30:00+07:00',
        communeCode: '31507',
        deaths: 1,
        road: 'Quốc lộ 1A',
      }),
    });
    if (result.ok) {
      expect(result.request).not.toHaveProperty('article');
      expect(result.request).not.toHaveProperty('siteName');
    }
  });

  it('names every field the shared schema refuses, before anything is sent', () => {
    const result = checkNewIncident(
      {
        ...accident,
        communeCode: '',
        deaths: -1,
        summary: ' ',
        cleared: true,
        occurredAt: '2026-03-05T08:00',
      },
      NOW,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toMatchObject({
        occurredAt: 'future',
        communeCode: 'custom',
        deaths: 'too_small',
        summary: 'too_small',
        clearedOn: 'custom',
      });
    }
  });

  it('says "commune or point" even while other fields are still empty', () => {
    const result = checkNewIncident({ ...EMPTY_INCIDENT_FORM, type: 'traffic_accident' }, NOW);
    expect(result.ok ? {} : result.issues).toMatchObject({
      occurredAt: 'required',
      communeCode: 'custom',
      category: 'too_small',
      summary: 'too_small',
    });
  });

  it('asks for the type first, and for article and clause of a crime', () => {
    const none = checkNewIncident({ ...accident, type: '' }, NOW);
    expect(none.ok || none.issues.type).toBe('required');
    const crime = checkNewIncident({ ...accident, type: 'crime' }, NOW);
    expect(crime.ok ? {} : crime.issues).toMatchObject({ article: 'invalid_type', clause: 'invalid_type' });
  });

  it('accepts a map point instead of the commune', () => {
    const result = checkNewIncident({ ...accident, communeCode: '', lon: 105.99187, lat: 9.62232 }, NOW);
    expect(result.ok).toBe(true);
  });

  it('edits keep the reporting unit, the tip and the version', () => {
    const values = formFromIncident({
      id: 'i1',
      type: 'fire',
      category: 'fire',
      occurredAt: '2026-02-28T14:05:00.000Z',
      occurredOn: '2026-02-28',
      commune: { id: 'u1', code: '31507', name: 'Phường Sóc Trăng' },
      address: null,
      lon: null,
      lat: null,
      reportingUnit: { id: 'p1', code: 'CAX-31507', name: 'Công an phường Sóc Trăng' },
      status: 'open',
      cleared: false,
      clearedOn: null,
      externalRef: null,
      summary: 'Cháy kho.',
      crime: null,
      deaths: 0,
      injuries: 0,
      vehicles: null,
      road: null,
      damageVnd: 150_000_000,
      fireCause: 'electrical',
      siteName: null,
      tip: { id: 't1', label: '3/2026' },
      version: 4,
      updatedAt: '2026-02-28T15:00:00.000Z',
      history: [],
      allowedActions: ['edit'],
    });
    expect(values.occurredAt).toBe('2026-02-28T21:05');
    const result = checkIncidentEdit(values, 4, NOW);
    expect(result.ok && result.request).toMatchObject({
      version: 4,
      reportingUnitId: 'p1',
      tipId: 't1',
      damageVnd: 150_000_000,
      cause: 'electrical',
    });
  });

  it('reads the server’s field paths as form fields', () => {
    expect(formFieldOf('body.deaths')).toBe('deaths');
    expect(formFieldOf('communeCode')).toBe('communeCode');
  });
});
