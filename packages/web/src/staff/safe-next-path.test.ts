import { describe, expect, it } from 'vitest';
import { isOwnBundlePath, safeNextPath } from './safe-next-path.ts';

describe('safeNextPath', () => {
  it('keeps a path inside the staff app', () => {
    expect(safeNextPath('/units?date=2024-01-01')).toBe('/units?date=2024-01-01');
  });

  it.each(['https://evil.example', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null])(
    'sends %s home instead of off-site',
    (next) => {
      expect(safeNextPath(next)).toBe('/');
    },
  );

  it('does not loop back to the sign-in page', () => {
    expect(safeNextPath('/sign-in?next=/users')).toBe('/');
  });
});

describe('isOwnBundlePath', () => {
  it('tells the offline entry page, loaded by the browser, from the staff screens', () => {
    expect(safeNextPath('/nhap-lieu/')).toBe('/nhap-lieu/');
    expect(isOwnBundlePath('/nhap-lieu/')).toBe(true);
    expect(isOwnBundlePath('/units')).toBe(false);
    expect(isOwnBundlePath('/nhap-lieu-gia/')).toBe(false);
  });
});
