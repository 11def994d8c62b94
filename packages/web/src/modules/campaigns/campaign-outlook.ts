import type { CampaignProgressDto, CampaignVerdict } from '@antt/shared';
import { dayText } from '../../ui/forms/day-text.ts';
import {
  formatCount,
  formatCountRange,
  formatPace,
  formatRate,
  formatShare,
  formatShareRange,
} from './campaign-numbers.ts';

// The plain sentence under a campaign's chart: what the pace so far leads to by the end date,
// against the target, and the pace still needed when it falls short. The figures are those of
// the target itself: a coverage rate when the target is a share of the population ("81,2 %,
// chỉ tiêu 80 %"), otherwise a count against a count.

export type OutlookInput = {
  progress: CampaignProgressDto;
  /** The element's default target rate (0.8), or null when its targets are counts. */
  targetRate: number | null;
  /** The eligible population of the same area, when known. */
  population: number | null;
  endDate: string;
  asOf: string;
  language: string;
};

/** Which sentence, with its figures already written for the language. */
export type CampaignOutlook =
  | { kind: 'no_target' }
  | { kind: 'no_data' }
  | { kind: 'ended'; endDate: string; reached: string; target: string; verdict: CampaignVerdict }
  | { kind: 'achieved'; reached: string; target: string }
  | {
      kind: 'projected';
      perDay: string;
      endDate: string;
      expected: string;
      interval: string;
      target: string;
      verdict: CampaignVerdict;
      /** The pace that would still reach the target, when the unit is behind it. */
      requiredPerDay: string | null;
    };

export function campaignOutlook({
  progress,
  targetRate,
  population,
  endDate,
  asOf,
  language,
}: OutlookInput): CampaignOutlook {
  if (progress.target === null || progress.verdict === 'no_target') return { kind: 'no_target' };
  const byRate = targetRate !== null && population !== null && population > 0;
  // A figure on the target's own scale: a share of the population, or a count.
  const figure = (value: number) =>
    byRate ? formatShare(value / population!, language) : formatCount(value, language);
  const target = byRate ? formatRate(targetRate!, language) : formatCount(progress.target, language);

  if (asOf >= endDate) {
    return {
      kind: 'ended',
      endDate: dayText(endDate),
      reached: figure(progress.value),
      target,
      verdict: progress.verdict,
    };
  }
  if (progress.verdict === 'achieved') return { kind: 'achieved', reached: figure(progress.value), target };
  const projection = progress.projection;
  if (projection === null) return { kind: 'no_data' };
  const behind = progress.verdict === 'at_risk' || progress.verdict === 'off_track';
  return {
    kind: 'projected',
    perDay: formatPace(projection.perDay, language),
    endDate: dayText(endDate),
    expected: figure(projection.mean),
    interval: byRate
      ? formatShareRange(projection.lo / population!, projection.hi / population!, language)
      : formatCountRange(projection.lo, projection.hi, language),
    target,
    verdict: progress.verdict,
    requiredPerDay:
      behind && projection.requiredPerDay !== null ? formatPace(projection.requiredPerDay, language) : null,
  };
}
