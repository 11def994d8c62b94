import {
  TIP_CATEGORY_LABELS,
  TIP_CHANNEL_LABELS,
  TIP_DECISION_LABELS,
  TIP_KIND_LABELS,
  type TipCategory,
  type TipChannel,
  type TipDecision,
  type TipEventDto,
  type TipKind,
} from '@antt/shared';
import type { TFunction } from 'i18next';
import type { Bilingual } from '@/i18n/label.ts';

type Tools = {
  t: TFunction;
  label: (l: Bilingual) => string;
  day: (iso: string) => string;
  /** A police unit's name from its code (the timeline records codes). */
  unitName?: (code: string) => string;
};

/** Why the portal routed a tip where it did (services/tip-routing.ts on the server). */
const ROUTING_REASONS = ['commune_police', 'duty_desk_no_place', 'duty_desk_no_commune_police'];

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

function pick<K extends string>(labels: Record<K, Bilingual>, value: unknown): Bilingual | null {
  return typeof value === 'string' && value in labels ? labels[value as K] : null;
}

/**
 * The lines of a timeline event an officer reads: the decision and its number, the new limit,
 * the ground, the note. Bookkeeping fields (article references, counters) stay out.
 */
export function eventDetailLines(
  event: TipEventDto,
  { t, label, day, unitName = (c) => c }: Tools,
): string[] {
  const d = event.details;
  const lines: string[] = [];
  const push = (line: string | null | false) => {
    if (line) lines.push(line);
  };
  switch (event.type) {
    case 'received': {
      const channel = pick<TipChannel>(TIP_CHANNEL_LABELS, d.channel);
      push(channel && t('events.channel', { value: label(channel) }));
      push(d.anonymous === true ? t('events.anonymous') : d.anonymous === false && t('events.identified'));
      push(
        typeof d.attachments === 'number' &&
          d.attachments > 0 &&
          t('events.attachments', { count: d.attachments }),
      );
      const reason = text(d.routedBecause);
      push(reason && ROUTING_REASONS.includes(reason) && t(`events.routedBecause.${reason}`));
      break;
    }
    case 'classified': {
      const kind = pick<TipKind>(TIP_KIND_LABELS, d.kind);
      const category = pick<TipCategory>(TIP_CATEGORY_LABELS, d.category);
      push(kind && category && t('events.classified', { kind: label(kind), category: label(category) }));
      break;
    }
    case 'routed':
    case 'handed_over':
      push(text(d.to) && t('events.to', { value: unitName(d.to as string) }));
      push(text(d.limitLastDate) && t('events.limitLastDate', { date: day(d.limitLastDate as string) }));
      break;
    case 'assigned':
      push(text(d.assignee) && t('events.assignee', { value: d.assignee }));
      break;
    case 'procuracy_notified':
      push(text(d.noticeNo) && t('events.noticeNo', { value: d.noticeNo }));
      break;
    case 'extended':
    case 'procuracy_extended':
      push(
        text(d.from) &&
          text(d.until) &&
          t('events.extended', { from: day(d.from as string), until: day(d.until as string) }),
      );
      push(text(d.reason) && t('events.reason', { value: d.reason }));
      break;
    case 'suspended':
      push(text(d.groundLabel) && t('events.ground', { value: d.groundLabel }));
      break;
    case 'resumed':
      push(text(d.until) && t('events.until', { date: day(d.until as string) }));
      break;
    case 'suspension_cancelled':
      push(text(d.reason) && t('events.reason', { value: d.reason }));
      break;
    case 'decided': {
      const decision = pick<TipDecision>(TIP_DECISION_LABELS, d.decision);
      push(decision && label(decision));
      const no = text(d.decisionNo);
      const date = text(d.decisionDate);
      push(
        no &&
          [t('events.decisionNo', { no }), date ? t('events.decisionDate', { date: day(date) }) : '']
            .filter(Boolean)
            .join(' '),
      );
      push(text(d.penalCodeArticle) && t('events.penalCodeArticle', { value: d.penalCodeArticle }));
      push(text(d.agencyName) && t('events.agencyName', { value: d.agencyName }));
      push(text(d.duplicateOfRegistration) && t('events.duplicateOf', { value: d.duplicateOfRegistration }));
      break;
    }
    case 'informant_revealed':
      push(text(d.reason) && t('events.reason', { value: d.reason }));
      break;
    default:
      break;
  }
  push(text(d.note) && t('events.note', { value: d.note }));
  return lines;
}

/** True when the step was taken after its time limit (hand-over, classification, notice). */
export function eventWasLate(event: TipEventDto): boolean {
  return event.details.late === true;
}
