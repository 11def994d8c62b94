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
      '/campaigns',
      '/targets',
      '/units',
      '/police-units',
      '/incident-catalogue',
      '/account',
    ];
    for (const role of ['officer', 'analyst', 'procurator'] as const) {
      expect(paths([role]).filter((path) => !path.startsWith('/datasets/') && path !== '/reports')).toEqual(
        everyone,
      );
    }
  });

  it('lists review reports, after the targets, for those who write them: analysts, leaders and administrators', () => {
    for (const role of ['analyst', 'leader', 'admin'] as const) {
      const list = paths([role]);
      expect(list.indexOf('/reports')).toBe(list.indexOf('/targets') + 1);
    }
    for (const role of ['officer', 'procurator'] as const) expect(paths([role])).not.toContain('/reports');
  });

  it('gives Project 06 entry to commune staff and readers, and the approval list to leaders and readers', () => {
    expect(paths(['officer'])).toContain('/datasets/entry');
    expect(paths(['officer'])).not.toContain('/datasets/approvals');
    for (const role of ['leader', 'analyst', 'procurator'] as const) {
      expect(paths([role])).toEqual(expect.arrayContaining(['/datasets/entry', '/datasets/approvals']));
    }
    expect(paths(['admin'])).not.toContain('/datasets/entry');
  });

  it('gives the Project 06 catalogue to administrators alone', () => {
    expect(paths(['admin'])).toContain('/datasets/catalogue');
    for (const role of ['leader', 'analyst', 'officer', 'procurator'] as const) {
      expect(paths([role])).not.toContain('/datasets/catalogue');
    }
  });

  it('unions the screens of several roles', () => {
    expect(paths(['officer', 'leader'])).toContain('/audit');
  });
});
