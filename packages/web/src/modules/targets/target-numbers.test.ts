import type { TargetDto, TargetProgressDto, TargetStatus } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import { formatElapsedShare, formatTargetValue, paceNeeded, sortTargets } from './target-numbers.ts';

const NBSP = '\u00a0';

const progress = (over: Partial<TargetProgressDto> = {}): TargetProgressDto => ({
  asOf: '2026-11-28',
  elapsedDays: 349,
  remainingDays: 1477,
  elapsedShare: 349 / 1826,
  periodSoFar: '2025-12-15..2026-11-28',
  numeratorSoFar: 1433,
  denominatorSoFar: 1768,
  valueSoFar: 81.05,
  level: 75,
  sense: 'at_least',
  expectedDenominatorForRest: 7482.4,
  requiredValueForRest: 73.57,
  paceUnit: 'rate',
  paceSoFar: 81.05,
  requiredPace: 73.57,
  levelPace: 75,
  comparable: [],
  bestComparable: null,
  status: 'on_track',
  reasonVi: '',
  reasonEn: '',
  ...over,
});

describe('target figures', () => {
  it('writes the target as people do: ≥ 75 %, ≤ 1.200, a cut as its percentage', () => {
    expect(formatTargetValue('at_least', 75, 'percent', 'vi')).toBe(`≥${NBSP}75${NBSP}%`);
    expect(formatTargetValue('at_most', 1200, 'count', 'vi')).toBe(`≤${NBSP}1.200`);
    expect(formatTargetValue('reduce_by_percent', 5, 'count', 'vi')).toBe(`5${NBSP}%`);
    expect(formatTargetValue('at_least', 82.5, 'percent', 'en')).toBe(`≥${NBSP}82.5%`);
  });

  it('writes the share of the term gone by with one decimal, never past 100 %', () => {
    expect(formatElapsedShare(349 / 1826, 'vi')).toBe(`19,1${NBSP}%`);
    expect(formatElapsedShare(1.2, 'vi')).toBe(`100,0${NBSP}%`);
  });

  it('says the rate the rest of the term needs, and when it cannot be reached', () => {
    expect(paceNeeded(progress(), 'percent', 'vi')).toEqual({
      kind: 'rate',
      sense: 'at_least',
      rate: `73,6${NBSP}%`,
      impossible: false,
    });
    expect(paceNeeded(progress({ requiredValueForRest: 106.02 }), 'percent', 'vi')).toMatchObject({
      rate: `106,0${NBSP}%`,
      impossible: true,
    });
    expect(paceNeeded(progress({ requiredValueForRest: -3 }), 'percent', 'vi')).toEqual({ kind: 'assured' });
  });

  it('asks nothing of a term that is over or has not started', () => {
    expect(paceNeeded(progress({ remainingDays: 0, requiredValueForRest: null }), 'percent', 'vi')).toEqual({
      kind: 'none',
    });
    expect(paceNeeded(progress({ elapsedDays: 0 }), 'percent', 'vi')).toEqual({ kind: 'none' });
  });

  it('gives a count what the rest may add and its pace a year', () => {
    const count = progress({
      paceUnit: 'per_year',
      sense: 'at_most',
      requiredValueForRest: 3120.4,
      requiredPace: 771.2,
    });
    expect(paceNeeded(count, 'count', 'vi')).toEqual({
      kind: 'count',
      sense: 'at_most',
      amount: '3.120',
      perYear: '771',
    });
  });

  it('lists running terms first, the worst status first within a term', () => {
    const target = (id: string, status: TargetStatus, start: string, remainingDays: number) =>
      ({
        id,
        indicator: { code: id, name: id, unit: 'percent' },
        term: { start },
        progress: progress({ status, remainingDays }),
      }) as unknown as TargetDto;
    const sorted = sortTargets([
      target('old-achieved', 'achieved', '2020-12-15', 0),
      target('new-on-track', 'on_track', '2025-12-15', 1477),
      target('new-off-track', 'off_track', '2025-12-15', 1477),
      target('new-at-risk', 'at_risk', '2025-12-15', 1477),
    ]);
    expect(sorted.map((t) => t.id)).toEqual(['new-off-track', 'new-at-risk', 'new-on-track', 'old-achieved']);
  });
});
