import { describe, expect, it } from 'vitest';
import { navItemsFor } from './navigation.ts';

const paths = (roles: Parameters<typeof navItemsFor>[0]) => navItemsFor(roles).map((item) => item.path);

describe('role-aware navigation', () => {
  it('shows users, the audit log and the holiday calendar to administrators and leaders only', () => {
    expect(paths(['admin'])).toEqual(expect.arrayContaining(['/users', '/holidays']));
    expect(paths(['leader'])).toEqual(expect.arrayContaining(['/users', '/audit', '/holidays']));
    for (const role of ['analyst', 'officer', 'procurator'] as const) {
      expect(paths([role])).not.toContain('/users');
      expect(paths([role])).not.toContain('/audit');
      expect(paths([role])).not.toContain('/holidays');
    }
  });

  it('gives every signed-in user home, tips, incidents, units, police units, catalogues and their account', () => {
    const everyone = [
      '/',
      '/tips',
      '/incidents',
      '/units',
      '/police-units',
      '/incident-catalogue',
      '/account',
    ];
    expect(paths(['officer'])).toEqual(everyone);
    expect(paths(['analyst'])).toEqual(everyone);
    expect(paths(['procurator'])).toEqual(everyone);
  });

  it('unions the screens of several roles', () => {
    expect(paths(['officer', 'leader'])).toContain('/audit');
  });
});
