import type { CampaignVerdict } from '@antt/shared';

// How a verdict looks: a colour people already read as good / fine / careful / bad, always
// next to the verdict's words and an icon (components/VerdictBadge.tsx), never alone.

export const VERDICT_COLOURS: Readonly<Record<CampaignVerdict, string>> = {
  achieved: 'green',
  on_track: 'blue',
  at_risk: 'orange',
  off_track: 'red',
  no_target: 'gray',
};

/** Worst first, so a table sorted by verdict starts with the units that need help. */
const SEVERITY: Readonly<Record<CampaignVerdict, number>> = {
  off_track: 0,
  at_risk: 1,
  on_track: 2,
  achieved: 3,
  no_target: 4,
};

export function compareVerdicts(a: CampaignVerdict, b: CampaignVerdict): number {
  return SEVERITY[a] - SEVERITY[b];
}

/** Behind the target's pace: the sentence then says what pace would still reach it. */
export function isBehind(verdict: CampaignVerdict): boolean {
  return verdict === 'at_risk' || verdict === 'off_track';
}
