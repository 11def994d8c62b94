import { PROJECT06_DATA_SET, PROJECT06_ELEMENTS } from '@antt/shared/datasets/project06';
import type { DataEntryDto } from '@antt/shared/datasets/data-value.schemas';
import { describe, expect, it } from 'vitest';
import { entryFormOf, setElements, withConfirmed } from './entry-form.ts';

const DAY = '2026-03-02';
const elements = setElements(PROJECT06_DATA_SET.elements, PROJECT06_ELEMENTS);

function entry(overrides: Partial<DataEntryDto> = {}): DataEntryDto {
  return {
    dataSet: 'p06_daily',
    unit: { id: 'u-1', code: '31507', name: 'Phường Sóc Trăng', level: 'commune' },
    periods: [{ code: DAY, start: DAY, end: DAY, label: '02/03/2026' }],
    values: [
      {
        element: 'p06_cc_applications',
        unit: '31507',
        period: DAY,
        value: 12,
        comment: null,
        version: 3,
        updatedAt: '2026-03-02T03:00:00.000Z',
        updatedBy: 'canbo',
      },
    ],
    approvals: [
      { unit: '31507', period: DAY, state: 'open', comment: null, changedAt: null, changedBy: null },
    ],
    canEnter: true,
    canApprove: false,
    ...overrides,
  };
}

describe('the form kept on the phone', () => {
  it('lists the set’s elements in the set’s order, and only those', () => {
    expect(elements.map((e) => e.code)).toEqual(PROJECT06_DATA_SET.elements);
    expect(
      setElements(['p06_dossiers_total', 'no_such_element'], PROJECT06_ELEMENTS).map((e) => e.code),
    ).toEqual(['p06_dossiers_total']);
  });

  it('keeps each value with its version, for the changes entered offline to name', () => {
    const form = entryFormOf(entry(), elements, DAY, '2026-03-02T04:00:00.000Z');
    expect(form.values).toEqual({
      p06_cc_applications: {
        value: 12,
        comment: null,
        version: 3,
        updatedAt: '2026-03-02T03:00:00.000Z',
        updatedBy: 'canbo',
      },
    });
    expect(form).toMatchObject({ canEnter: true, approvalState: 'open', unit: { code: '31507' } });
  });

  it('closes an approved day to entry', () => {
    const approved = entry({
      approvals: [
        { unit: '31507', period: DAY, state: 'approved', comment: null, changedAt: null, changedBy: null },
      ],
    });
    expect(entryFormOf(approved, elements, DAY, DAY)).toMatchObject({
      canEnter: false,
      approvalState: 'approved',
    });
  });

  it('takes confirmed values of its own day only; a cleared value leaves the form', () => {
    const form = entryFormOf(entry(), elements, DAY, DAY);
    const server = { value: 30, comment: null, version: 1, updatedAt: DAY, updatedBy: 'canbo' };
    const next = withConfirmed(form, [
      { element: 'p06_dossiers_total', unit: '31507', period: DAY, server },
      { element: 'p06_cc_applications', unit: '31507', period: DAY, server: null },
      { element: 'p06_dossiers_online', unit: '31507', period: '2026-03-01', server },
    ]);
    expect(next.values).toEqual({ p06_dossiers_total: server });
    expect(withConfirmed(form, [])).toBe(form);
  });
});
