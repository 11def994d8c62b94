import type { TargetDirection, TargetDto, TargetProgressDto, TargetStatus } from '@antt/shared';
// Relative, not '@/': the unit tests run without the Vite alias.
import { intlLocale } from '../../i18n/languages.ts';
import {
  formatNumber,
  formatTarget,
  formatValue,
  withUnitSign,
  type IndicatorUnit,
} from '../dashboard/indicator-format.ts';

// A target's figures as the dashboard writes them (modules/dashboard/indicator-format.ts):
// rates with one decimal, "81,1 %"; counts whole, "1.234"; targets as people write them, "≥ 75 %".

/** The target itself: "≥ 75 %", "≤ 1.200"; for a cut, the cut alone ("5 %"), the words are the caller's. */
export function formatTargetValue(
  direction: TargetDirection,
  value: number,
  unit: IndicatorUnit,
  language: string,
): string {
  if (direction === 'reduce_by_percent')
    return withUnitSign(plainNumber(value, language), 'percent', language);
  return formatTarget({ op: direction, value }, unit, language);
}

/** A number with as many decimals as it has, up to one: 75 → "75", 82.5 → "82,5". */
function plainNumber(value: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(value);
}

/** A whole number of days or cases: "1.477". */
export function formatWhole(value: number, language: string): string {
  return formatNumber(value, 'count', language);
}

/** The share of the term gone by (0.191) as a percentage with one decimal: "19,1 %". */
export function formatElapsedShare(share: number, language: string): string {
  return formatValue(Math.max(0, Math.min(1, share)) * 100, 'percent', language);
}

/** What the rest of the term needs, as the list and the detail word it. */
export type PaceNeeded =
  /** The term is over or has not started: nothing is asked of a rest. */
  | { kind: 'none' }
  /** A rate already sure to land on the right side whatever the rest brings. */
  | { kind: 'assured' }
  | { kind: 'rate'; sense: 'at_least' | 'at_most'; rate: string; impossible: boolean }
  | { kind: 'count'; sense: 'at_least' | 'at_most'; amount: string; perYear: string };

export function paceNeeded(progress: TargetProgressDto, unit: IndicatorUnit, language: string): PaceNeeded {
  const required = progress.requiredValueForRest;
  if (progress.remainingDays === 0 || progress.elapsedDays === 0 || required === null)
    return { kind: 'none' };
  const atLeast = progress.sense === 'at_least';
  if (progress.paceUnit === 'rate') {
    const ceiling = unit === 'percent' ? 100 : Number.POSITIVE_INFINITY;
    if (atLeast ? required <= 0 : required >= ceiling) return { kind: 'assured' };
    return {
      kind: 'rate',
      sense: progress.sense,
      rate: formatValue(required, unit, language),
      impossible: required > ceiling || required < 0,
    };
  }
  return {
    kind: 'count',
    sense: progress.sense,
    amount: formatValue(Math.max(0, required), unit, language),
    perYear: formatValue(Math.max(0, progress.requiredPace ?? 0), unit, language),
  };
}

/** Worst first, so the targets that need attention lead the list. */
const SEVERITY: Readonly<Record<TargetStatus, number>> = {
  off_track: 0,
  at_risk: 1,
  on_track: 2,
  no_data: 3,
  not_started: 4,
  achieved: 5,
};

/** Running terms before finished ones, then the worst status first, then by indicator name. */
export function sortTargets(targets: readonly TargetDto[]): TargetDto[] {
  const finished = (t: TargetDto) => (t.progress.remainingDays === 0 && t.progress.elapsedDays > 0 ? 1 : 0);
  return [...targets].sort(
    (a, b) =>
      finished(a) - finished(b) ||
      b.term.start.localeCompare(a.term.start) ||
      SEVERITY[a.progress.status] - SEVERITY[b.progress.status] ||
      a.indicator.name.localeCompare(b.indicator.name, 'vi'),
  );
}
