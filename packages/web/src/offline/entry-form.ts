import type { DataElement } from '@antt/shared/datasets/data-set.schemas';
import type { DataEntryDto } from '@antt/shared/datasets/data-value.schemas';
import type { ConfirmedValue, ServerValue } from './pending-queue.ts';

// The last form loaded from the server for one unit and day, kept on the phone so the page opens
// and can be filled without a network. Its values carry their versions: a change entered offline
// names the version it was made on.

export const OFFLINE_DATA_SET = 'p06_daily';

export type FormElement = Pick<DataElement, 'code' | 'nameVi' | 'nameEn' | 'valueType' | 'min' | 'max'>;

export type EntryForm = {
  unit: { code: string; name: string };
  period: string;
  elements: FormElement[];
  /** Values by element code. */
  values: Record<string, ServerValue>;
  /** Whether the server lets the signed-in user enter here (false once the day is approved). */
  canEnter: boolean;
  approvalState: string;
  /** When this copy came from the server; null for a day never loaded (filled from the elements only). */
  loadedAt: string | null;
};

export function formKey(unitCode: string, period: string): string {
  return `${unitCode}|${period}`;
}

/** The form of one day, from the entry answer and the set's elements in the set's order. */
export function entryFormOf(
  entry: DataEntryDto,
  elements: FormElement[],
  period: string,
  loadedAt: string,
): EntryForm {
  const values: Record<string, ServerValue> = {};
  for (const value of entry.values) {
    if (value.period !== period) continue;
    values[value.element] = {
      value: value.value,
      comment: value.comment,
      version: value.version,
      updatedAt: value.updatedAt,
      updatedBy: value.updatedBy,
    };
  }
  const approval = entry.approvals.find((a) => a.period === period);
  return {
    unit: { code: entry.unit.code, name: entry.unit.name },
    period,
    elements,
    values,
    canEnter: entry.canEnter && approval?.state !== 'approved',
    approvalState: approval?.state ?? 'open',
    loadedAt,
  };
}

/** A day never loaded: the elements are known, the server's values are not (base version 0). */
export function blankForm(
  unit: { code: string; name: string },
  period: string,
  elements: FormElement[],
): EntryForm {
  return { unit, period, elements, values: {}, canEnter: true, approvalState: 'open', loadedAt: null };
}

/** The elements of a data set in the set's order, from the element list. */
export function setElements(order: readonly string[], all: readonly FormElement[]): FormElement[] {
  const byCode = new Map(all.map((element) => [element.code, element]));
  return order.flatMap((code) => {
    const element = byCode.get(code);
    return element
      ? [
          {
            code: element.code,
            nameVi: element.nameVi,
            nameEn: element.nameEn,
            valueType: element.valueType,
            min: element.min,
            max: element.max,
          },
        ]
      : [];
  });
}

/** The form with the values the server confirmed (a sync, or a conflict settled). */
export function withConfirmed(form: EntryForm, confirmed: readonly ConfirmedValue[]): EntryForm {
  const mine = confirmed.filter((c) => c.unit === form.unit.code && c.period === form.period);
  if (mine.length === 0) return form;
  const values = { ...form.values };
  for (const { element, server } of mine) {
    if (server) values[element] = server;
    else delete values[element];
  }
  return { ...form, values };
}
