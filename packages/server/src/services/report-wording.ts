import type { TargetDto, TargetStatus } from '@antt/shared';
import type { FigureLog, FigureSource } from './report-figures.ts';

// The words a generated report is written with: dates as the decree writes them, target
// statuses, and how each indicator reads in a sentence ("Tai nạn giao thông làm chết 12 người").

/** '2023-06-04' → '04/6/2023': day with two digits, months 1 and 2 with a leading 0 (Decree 30, Annex I). */
export function viDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${String(day).padStart(2, '0')}/${month <= 2 ? String(month).padStart(2, '0') : month}/${year}`;
}

export const STATUS_VI: Record<TargetStatus, string> = {
  achieved: 'Đã đạt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ không đạt',
  off_track: 'Không đạt',
  not_started: 'Chưa bắt đầu',
  no_data: 'Chưa có số liệu',
};

export const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi-VN') + text.slice(1);
export const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);

/** The target as written: "≥ 75 %", "≤ 120", "giảm 5 % so với kỳ 15/12/2019 – 14/12/2020". */
export function targetText(t: TargetDto, log: FigureLog): string {
  const source: FigureSource = {
    indicator: t.indicator.code,
    period: t.term.code,
    unitCode: t.unit.code,
    unitName: t.unit.name,
  };
  if (t.direction === 'reduce_by_percent') {
    const value = log.level(t.targetValue, 'percent', source, 'targetValue', t.id);
    const base = t.baseline
      ? ` so với kỳ ${viDate(t.baseline.period.start)} – ${viDate(t.baseline.period.end)}`
      : '';
    return `giảm ${value}${base}`;
  }
  const sign = t.direction === 'at_least' ? '≥' : '≤';
  return `${sign}\u00a0${log.level(t.targetValue, t.indicator.unit, source, 'targetValue', t.id)}`;
}

/**
 * How a count reads: the words before the number, what it counts, and what its change counts
 * ("Trên địa bàn xảy ra 243 vụ phạm tội, giảm 12 vụ").
 */
export type CountPhrase = { lead: string; noun: string; changeNoun: string };

const CRIME_NOUN = { noun: 'vụ', changeNoun: 'vụ' };
const PHRASES: Record<string, CountPhrase> = {
  crimes: { lead: 'Trên địa bàn xảy ra', noun: 'vụ phạm tội', changeNoun: 'vụ' },
  tips_received: { lead: 'Tiếp nhận', noun: 'tố giác, tin báo về tội phạm', changeNoun: 'tin' },
  tips_resolved: { lead: 'Đã giải quyết', noun: 'tố giác, tin báo về tội phạm', changeNoun: 'tin' },
  traffic_accidents: { lead: 'Tai nạn giao thông xảy ra', ...CRIME_NOUN },
  traffic_deaths: { lead: 'Tai nạn giao thông làm chết', noun: 'người', changeNoun: 'người' },
  traffic_injuries: { lead: 'Tai nạn giao thông làm bị thương', noun: 'người', changeNoun: 'người' },
  fires: { lead: 'Cháy, nổ xảy ra', ...CRIME_NOUN },
  fire_deaths: { lead: 'Cháy, nổ làm chết', noun: 'người', changeNoun: 'người' },
  fire_injuries: { lead: 'Cháy, nổ làm bị thương', noun: 'người', changeNoun: 'người' },
  fire_damage: { lead: 'Cháy, nổ gây thiệt hại', noun: 'đồng', changeNoun: 'đồng' },
};

/** The phrase of a count; crime groups and other counts read "<name> xảy ra N vụ". */
export function countPhrase(code: string, name: string): CountPhrase {
  return PHRASES[code] ?? { lead: `${name} xảy ra`, ...CRIME_NOUN };
}
