import type { IncidentEventDto } from '@antt/shared';
import { incidentDayTime, vndAmount } from './incident-format.ts';

// An edit's history entry says, in words, what changed: "Trạng thái: Mới tiếp nhận → Đang điều
// tra, xác minh". The server records columns and raw values (codes, ids, YYYYMMDD days); this
// turns each into its label and the value a person reads.

/** The recorded fields in the order of the form, each with how its values read. */
const FIELDS = [
  'type',
  'category',
  'crime_article',
  'crime_clause',
  'seriousness',
  'occurred_at',
  'admin_unit_id',
  'address',
  'lon',
  'lat',
  'reporting_unit_id',
  'status',
  'cleared',
  'cleared_day',
  'deaths',
  'injuries',
  'vehicles',
  'road',
  'damage_vnd',
  'fire_cause',
  'site_name',
  'tip_id',
  'external_ref',
  'summary',
] as const;
type Field = (typeof FIELDS)[number];

export type HistoryWords = {
  /** Translates a key of the incidents namespace. */
  t: (key: string) => string;
  language: string;
  categoryName: (code: string) => string;
  communeName: (id: string) => string | undefined;
  policeUnitName: (id: string) => string | undefined;
  /** A YYYYMMDD day as the UI writes it. */
  day: (day: number | string) => string;
  number: (value: number) => string;
};

export type ChangeLine = { field: Field; label: string; before: string; after: string };

/** Events that list changes; a creation or an import is the record itself, shown above. */
const EDITS: ReadonlySet<IncidentEventDto['type']> = new Set(['updated', 'reimported', 'bulk_updated']);

function valueText(field: Field, value: unknown, w: HistoryWords): string {
  if (value === null || value === undefined || value === '') return w.t('history.empty');
  const text = String(value);
  switch (field) {
    case 'type':
      return w.t(`types.${text}`);
    case 'category':
      return w.categoryName(text);
    case 'seriousness':
      return w.t(`seriousness.${text}`);
    case 'status':
      return w.t(`statuses.${text}`);
    case 'fire_cause':
      return w.t(`fireCauses.${text}`);
    case 'occurred_at':
      return incidentDayTime(text, w.language);
    case 'cleared_day':
      return w.day(text);
    case 'cleared':
      return w.t(value === 1 || value === true ? 'history.yes' : 'history.no');
    case 'admin_unit_id':
      return w.communeName(text) ?? w.t('history.formerCommune');
    case 'reporting_unit_id':
      return w.policeUnitName(text) ?? w.t('history.otherUnit');
    case 'tip_id':
      return w.t('history.tipLinked');
    case 'damage_vnd':
      return vndAmount(Number(value), w.language);
    case 'deaths':
    case 'injuries':
    case 'vehicles':
    case 'crime_article':
    case 'crime_clause':
      return typeof value === 'number' ? w.number(value) : text;
    default:
      return text;
  }
}

/** The changed fields of one history entry, before → after, in the UI language. */
export function changeLines(
  event: Pick<IncidentEventDto, 'type' | 'changes'>,
  w: HistoryWords,
): ChangeLine[] {
  if (!EDITS.has(event.type)) return [];
  return FIELDS.filter((field) => field in event.changes).map((field) => {
    const [before, after] = event.changes[field]!;
    return {
      field,
      label: w.t(`history.fields.${field}`),
      before: valueText(field, before, w),
      after: valueText(field, after, w),
    };
  });
}
