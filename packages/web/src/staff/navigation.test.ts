import { describe, expect, it } from 'vitest';
import { navItemsFor } from './navigation.ts';

const paths = (roles: Parameters<typeof navItemsFor>[0]) => navItemsFor(roles).map((item) => item.path);

describe('role-aware navigation', () => {
  it('shows users and the audit log to administrators and leaders only', () => {
    expect(paths(['admin'])).toContain('/users');
    expect(paths(['leader'])).toEqual(expect.arrayContaining(['/users', '/audit']));
    for (const role of ['analyst', 'officer', 'procurator'] as const) {
      expect(paths([role])).not.toContain('/users');
      expect(paths([role])).not.toContain('/audit');
    }
  });

  it('gives every signed-in user home, units, police units and their account', () => {
    expect(paths(['officer'])).toEqual(['/', '/units', '/police-units', '/account']);
  });

  it('unions the screens of several roles', () => {
    expect(paths(['officer', 'leader'])).toContain('/audit');
  });
});
