import { describe, expect, it } from 'vitest';
import { routeOfPath } from './portal-routes.ts';

describe('portal paths', () => {
  it('names each screen, with or without a trailing slash', () => {
    expect(routeOfPath('/portal/')).toBe('home');
    expect(routeOfPath('/portal')).toBe('home');
    expect(routeOfPath('/portal/gui-tin')).toBe('submit');
    expect(routeOfPath('/portal/tra-cuu/')).toBe('track');
  });

  it('shows the landing page for a path it does not know', () => {
    expect(routeOfPath('/portal/khong-co')).toBe('home');
  });
});
