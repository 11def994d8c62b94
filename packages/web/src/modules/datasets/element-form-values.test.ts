import { dataElementSchema, PROJECT06_ELEMENTS, type DataElement } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import { validate } from '../../ui/forms/validate.ts';
import {
  changedElementFields,
  elementFormValues,
  elementOf,
  rangeSideOf,
  withCumulative,
} from './element-form-values.ts';

const applications = PROJECT06_ELEMENTS.find((e) => e.code === 'p06_cc_applications')!;

describe('element form values', () => {
  it('gives back every shipped element unchanged when nothing is typed', () => {
    for (const element of PROJECT06_ELEMENTS) {
      expect(dataElementSchema.parse(elementOf(elementFormValues(element)))).toEqual(element);
    }
  });

  it('shows an open side of the range as an empty field and reads it back as no limit', () => {
    const open: DataElement = { ...applications, min: null, max: null };
    const values = elementFormValues(open);
    expect([values.min, values.max]).toEqual(['', '']);
    expect(elementOf(values)).toMatchObject({ min: null, max: null });
  });

  it('reads Vietnamese and plain numbers, and keeps text that is not one for the schema to refuse', () => {
    expect(rangeSideOf('1.234,5')).toBe(1234.5);
    expect(rangeSideOf(' 2500 ')).toBe(2500);
    expect(rangeSideOf('12,5')).toBe(12.5);
    expect(rangeSideOf(7)).toBe(7);
    expect(rangeSideOf('  ')).toBeNull();
    expect(rangeSideOf('nhiều')).toBe('nhiều');
    const checked = validate(
      dataElementSchema,
      elementOf({ ...elementFormValues(applications), max: 'nhiều' }),
    );
    expect(checked.ok).toBe(false);
    expect(!checked.ok && Object.keys(checked.issues)).toEqual(['max']);
  });

  it('refuses a maximum below the minimum on the max field', () => {
    const values = { ...elementFormValues(applications), min: 100, max: 50 };
    const checked = validate(dataElementSchema, elementOf(values));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.issues).toEqual({ max: 'custom' });
  });

  it('makes a running total aggregate by its last value, and leaves the aggregation when unticked', () => {
    const ticked = withCumulative({ ...elementFormValues(applications), aggregation: 'sum' }, true);
    expect(ticked).toMatchObject({ cumulative: true, aggregation: 'last' });
    expect(withCumulative(ticked, false)).toMatchObject({ cumulative: false, aggregation: 'last' });
  });

  it('names the fields a save changed, in the form order', () => {
    const after: DataElement = {
      ...applications,
      max: 5000,
      nameVi: 'Hồ sơ thẻ căn cước',
      cumulative: false,
    };
    expect(changedElementFields(applications, after)).toEqual(['nameVi', 'max']);
    expect(changedElementFields(applications, applications)).toEqual([]);
  });
});
