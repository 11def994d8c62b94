import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from './search.ts';

describe('search without tone marks', () => {
  it('folds Vietnamese letters, including đ', () => {
    expect(foldForSearch('Phường Sóc Trăng')).toBe('phuong soc trang');
    expect(foldForSearch('Đặc khu Côn Đảo')).toBe('dac khu con dao');
  });

  it('matches every word across the fields, accents or not', () => {
    expect(matchesSearch('soc trang', 'Công an phường Sóc Trăng', 'CAX-31507')).toBe(true);
    expect(matchesSearch('Sóc 31507', 'Công an phường Sóc Trăng', 'CAX-31507')).toBe(true);
    expect(matchesSearch('hau giang', 'Công an phường Sóc Trăng')).toBe(false);
  });

  it('lets an empty search match everything', () => {
    expect(matchesSearch('  ', 'x')).toBe(true);
  });
});
