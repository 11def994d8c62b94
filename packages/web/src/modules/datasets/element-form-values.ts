import type { DataAggregation, DataElement, DataValueType } from '@antt/shared';

// What the element form holds while an administrator types: the range fields are '' when the
// side is open (no limit), and a number or the text being typed otherwise. The element is built
// from it and checked by the shared schema, the same object the server checks it with.

export type ElementFormValues = {
  code: string;
  nameVi: string;
  nameEn: string;
  shortVi: string;
  shortEn: string;
  valueType: DataValueType;
  aggregation: DataAggregation;
  cumulative: boolean;
  min: number | string;
  max: number | string;
  descriptionVi: string;
  descriptionEn: string;
};

/** The fields an administrator can change; the code names the element and stays. */
export const EDITABLE_ELEMENT_FIELDS = [
  'nameVi',
  'nameEn',
  'shortVi',
  'shortEn',
  'valueType',
  'aggregation',
  'cumulative',
  'min',
  'max',
  'descriptionVi',
  'descriptionEn',
] as const satisfies ReadonlyArray<keyof DataElement>;
export type EditableElementField = (typeof EDITABLE_ELEMENT_FIELDS)[number];

export function elementFormValues(element: DataElement): ElementFormValues {
  return { ...element, min: element.min ?? '', max: element.max ?? '' };
}

/**
 * A range side as typed: '' is no limit (null); Vietnamese write 1.234,5, so a comma is the
 * decimal mark when the text has one, and dots are then thousands. Text that is not a number
 * stays as it is, so the schema refuses it next to its field instead of it becoming "no limit".
 */
export function rangeSideOf(value: number | string): number | null | string {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (text === '') return null;
  const plain = text.includes(',') ? text.replaceAll('.', '').replace(',', '.') : text;
  const number = Number(plain);
  return Number.isFinite(number) ? number : text;
}

/** The element as typed; the shared schema then says what is missing or wrong. */
export function elementOf(values: ElementFormValues): Record<keyof DataElement, unknown> {
  return { ...values, min: rangeSideOf(values.min), max: rangeSideOf(values.max) };
}

/** Which fields a save changed, in the form's order, for the notice after it. */
export function changedElementFields(before: DataElement, after: DataElement): EditableElementField[] {
  return EDITABLE_ELEMENT_FIELDS.filter((field) => before[field] !== after[field]);
}

/** A running total can only be read at its latest value: ticking it sets the aggregation too. */
export function withCumulative(values: ElementFormValues, cumulative: boolean): ElementFormValues {
  return { ...values, cumulative, aggregation: cumulative ? 'last' : values.aggregation };
}
