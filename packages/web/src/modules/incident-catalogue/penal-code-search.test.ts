import type { PenalCodeClauseDto } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import { filterClauses, searchTerms } from './penal-code-search.ts';

function clause(
  article: number,
  clauseNo: number,
  overrides: Partial<PenalCodeClauseDto> = {},
): PenalCodeClauseDto {
  return {
    article,
    clause: clauseNo,
    chapter: 'XVI',
    titleVi: 'Tội trộm cắp tài sản',
    titleEn: 'Theft of property',
    crimeGroup: 'social_order',
    maxPenalty: 'prison',
    maxPrisonYears: 3,
    seriousness: 'less_serious',
    validFrom: '2018-01-01',
    validTo: null,
    ...overrides,
  };
}

const CLAUSES = [
  clause(173, 2, { maxPrisonYears: 7, seriousness: 'serious' }),
  clause(173, 1),
  clause(17, 1, { titleVi: 'Tội giả định', titleEn: 'Made up' }),
  clause(1730, 1, { titleVi: 'Tội giả định khác', titleEn: 'Another made up' }),
  clause(249, 1, {
    chapter: 'XX',
    titleVi: 'Tội tàng trữ trái phép chất ma túy',
    titleEn: 'Illegally storing narcotic substances',
    crimeGroup: 'drugs',
    maxPrisonYears: 5,
    seriousness: 'serious',
  }),
];

const found = (search: string, more: Partial<Parameters<typeof filterClauses>[1]> = {}) =>
  filterClauses(CLAUSES, { search, crimeGroup: null, seriousness: null, ...more }).map(
    (c) => `${c.article}.${c.clause}`,
  );

describe('penal code search', () => {
  it('finds an article by its number only, not articles whose number contains it', () => {
    expect(found('173')).toEqual(['173.1', '173.2']);
    expect(found('Điều 173')).toEqual(['173.1', '173.2']);
  });

  it('narrows to a clause written as "khoản 2", "k2" or "173.2"', () => {
    expect(found('Điều 173 khoản 2')).toEqual(['173.2']);
    expect(found('173 k 2')).toEqual(['173.2']);
    expect(found('173.2')).toEqual(['173.2']);
    expect(searchTerms('điều 173 khoản 2')).toEqual({ article: 173, clause: 2, words: [] });
  });

  it('matches words of the Vietnamese or English title, accents optional', () => {
    expect(found('trom cap')).toEqual(['173.1', '173.2']);
    expect(found('ma túy')).toEqual(['249.1']);
    expect(found('narcotic')).toEqual(['249.1']);
    expect(found('trộm ma túy')).toEqual([]);
  });

  it('filters by crime group and seriousness', () => {
    expect(found('', { crimeGroup: 'drugs' })).toEqual(['249.1']);
    expect(found('', { seriousness: 'serious' })).toEqual(['173.2', '249.1']);
    expect(found('173', { seriousness: 'serious' })).toEqual(['173.2']);
  });

  it('lists everything in article then clause order when nothing is asked', () => {
    expect(found('')).toEqual(['17.1', '173.1', '173.2', '249.1', '1730.1']);
  });
});
