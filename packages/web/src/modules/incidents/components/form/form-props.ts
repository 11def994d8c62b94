import type { IncidentCatalogueDto } from '@antt/shared';
import type { IncidentFormValues } from '../../incident-form-values.ts';

/** What every group of fields of the incident form receives. */
export type IncidentFieldsProps = {
  values: IncidentFormValues;
  set: <K extends keyof IncidentFormValues>(field: K, value: IncidentFormValues[K]) => void;
  /** The sentence to show under a field, when it has a problem. */
  problem: (field: string) => string | undefined;
  /** Catalogue in force on the occurrence day. */
  catalogue: IncidentCatalogueDto | undefined;
};

/** A number input's value as the form keeps it ('' while empty). */
export function numberValue(value: string | number): number | '' {
  if (value === '' || value === '-') return '';
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : '';
}
