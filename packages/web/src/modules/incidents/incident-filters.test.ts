import { describe, expect, it } from 'vitest';
import { exportUrl, filtersFromSearch, filterQueryString, withFilter } from './incident-filters.ts';

describe('incident filters in the URL', () => {
  it('reads the filters a shared link carries and drops values the API would refuse', () => {
    const params = new URLSearchParams(
      'type=traffic_accident&unit=31507&from=2026-01-01&to=2026-02-30&status=lost&q=+chợ+&page=3',
    );
    expect(filtersFromSearch(params)).toEqual({
      type: 'traffic_accident',
      unit: '31507',
      from: '2026-01-01',
      q: 'chợ',
    });
  });

  it('goes back to the first page and clears the category of another type when the type changes', () => {
    const params = new URLSearchParams('type=crime&category=drugs&seriousness=serious&page=4&q=x');
    const next = withFilter(params, 'type', 'fire');
    expect(Object.fromEntries(next)).toEqual({ type: 'fire', q: 'x' });
    expect(Object.fromEntries(withFilter(params, 'q', ''))).toEqual({
      type: 'crime',
      category: 'drugs',
      seriousness: 'serious',
    });
  });

  it('exports exactly the filtered incidents', () => {
    const filters = { type: 'traffic_accident', from: '2026-03-01', q: 'quốc lộ' } as const;
    expect(filterQueryString(filters)).toBe(
      'type=traffic_accident&from=2026-03-01&q=qu%E1%BB%91c+l%E1%BB%99',
    );
    expect(exportUrl('csv', filters)).toBe(
      '/api/incidents/export?format=csv&type=traffic_accident&from=2026-03-01&q=qu%E1%BB%91c+l%E1%BB%99',
    );
    expect(exportUrl('xlsx', {})).toBe('/api/incidents/export?format=xlsx');
  });
});
