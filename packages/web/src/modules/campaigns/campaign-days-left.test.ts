import { describe, expect, it } from 'vitest';
import { campaignTime } from './campaign-days-left.ts';

describe('where a campaign stands in time', () => {
  it('counts the days left after the day asked about, up to the end date', () => {
    expect(campaignTime('2026-10-01', '2026-12-29', '2026-11-27')).toEqual({
      phase: 'running',
      daysLeft: 32,
    });
    expect(campaignTime('2026-10-01', '2026-12-29', '2026-10-01')).toEqual({
      phase: 'running',
      daysLeft: 89,
    });
    expect(campaignTime('2026-10-01', '2026-12-29', '2026-12-28')).toEqual({ phase: 'running', daysLeft: 1 });
  });

  it('has no day left on the last day, is over after it, and not begun before the start', () => {
    expect(campaignTime('2026-10-01', '2026-12-29', '2026-12-29')).toEqual({ phase: 'running', daysLeft: 0 });
    expect(campaignTime('2026-10-01', '2026-12-29', '2027-01-05')).toEqual({ phase: 'over' });
    expect(campaignTime('2026-10-01', '2026-12-29', '2026-09-28')).toEqual({
      phase: 'before',
      daysToStart: 3,
    });
  });
});
