import type { CampaignProgressDto } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import { campaignOutlook, type OutlookInput } from './campaign-outlook.ts';

const NBSP = '\u00a0';

const progress = (over: Partial<CampaignProgressDto> = {}): CampaignProgressDto => ({
  element: 'p06_eid2_activated_total',
  value: 700_000,
  startValue: 600_000,
  asOf: '2026-11-27',
  target: 800_000,
  share: 0.875,
  projection: { mean: 812_000, lo: 780_000, hi: 845_000, level: 0.9, perDay: 1234.4, requiredPerDay: 3125 },
  verdict: 'on_track',
  ...over,
});

const input = (over: Partial<OutlookInput> = {}): OutlookInput => ({
  progress: progress(),
  targetRate: 0.8,
  population: 1_000_000,
  endDate: '2026-12-29',
  asOf: '2026-11-27',
  language: 'vi',
  ...over,
});

describe('the sentence under a campaign chart', () => {
  it('speaks in coverage of the population when the target is a rate of it', () => {
    expect(campaignOutlook(input())).toEqual({
      kind: 'projected',
      perDay: '1.234',
      endDate: '29/12/2026',
      expected: `81,2${NBSP}%`,
      interval: `78,0–84,5${NBSP}%`,
      target: `80${NBSP}%`,
      verdict: 'on_track',
      requiredPerDay: null,
    });
  });

  it('adds the pace still needed only when the unit is behind', () => {
    const behind = campaignOutlook(input({ progress: progress({ verdict: 'at_risk' }), language: 'en' }));
    expect(behind).toMatchObject({ kind: 'projected', requiredPerDay: '3,125', verdict: 'at_risk' });
  });

  it('speaks in counts when the target is not a rate of a known population', () => {
    expect(campaignOutlook(input({ targetRate: null }))).toMatchObject({
      kind: 'projected',
      expected: '812.000',
      interval: '780.000–845.000',
      target: '800.000',
    });
    expect(campaignOutlook(input({ population: null }))).toMatchObject({ target: '800.000' });
  });

  it('says the target is reached, the campaign is over, or there is nothing to project yet', () => {
    expect(campaignOutlook(input({ progress: progress({ verdict: 'achieved', value: 810_000 }) }))).toEqual({
      kind: 'achieved',
      reached: `81,0${NBSP}%`,
      target: `80${NBSP}%`,
    });
    expect(
      campaignOutlook(input({ asOf: '2026-12-29', progress: progress({ verdict: 'off_track' }) })),
    ).toEqual({
      kind: 'ended',
      endDate: '29/12/2026',
      reached: `70,0${NBSP}%`,
      target: `80${NBSP}%`,
      verdict: 'off_track',
    });
    expect(campaignOutlook(input({ progress: progress({ projection: null }) }))).toEqual({ kind: 'no_data' });
    expect(campaignOutlook(input({ progress: progress({ target: null, verdict: 'no_target' }) }))).toEqual({
      kind: 'no_target',
    });
  });
});
