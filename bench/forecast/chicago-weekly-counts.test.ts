import { describe, expect, it } from 'vitest';
import { weeklyDistrictCounts } from './chicago-weekly-counts.ts';

// The Chicago events become whole Monday weeks per district, zeros filled in, and nothing on
// or after the origin given with `until` reaches the counts.

const EVENTS = [
  'date,loc_cat,longitude,latitude,district',
  '2010-01-01 00:05,residence,-87.6,41.7,2', // Friday: its week is cut by the start, dropped
  '2010-01-04 10:00,street,-87.6,41.7,2',
  '2010-01-05 10:00,street,-87.6,41.7,2',
  '2010-01-12 10:00,street,-87.6,41.7,7',
  '2010-01-25 23:59,street,-87.6,41.7,2',
  '2010-02-01 00:01,street,-87.6,41.7,7', // Monday, the origin below
  '2010-02-08 00:01,street,-87.6,41.7,7',
].join('\n');

describe('chicago weekly counts', () => {
  it('counts whole weeks per district with zeros for empty weeks', () => {
    expect(weeklyDistrictCounts(EVENTS).trimEnd().split('\n')).toEqual([
      'series,period,count',
      '2,2010-01-04,2',
      '2,2010-01-11,0',
      '2,2010-01-18,0',
      '2,2010-01-25,1',
      '2,2010-02-01,0',
      '7,2010-01-04,0',
      '7,2010-01-11,1',
      '7,2010-01-18,0',
      '7,2010-01-25,0',
      '7,2010-02-01,1',
    ]);
  });

  it('keeps only weeks that end before the origin', () => {
    const rows = weeklyDistrictCounts(EVENTS, '2010-02-01').trimEnd().split('\n');
    expect(rows.at(-1)).toBe('7,2010-01-25,0');
    expect(rows.some((row) => row.includes('2010-02-01'))).toBe(false);
  });
});
