import { penalCodeClauseRequestSchema, type PenalCodeClauseDto } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import { clauseFormValues, clauseRequestOf, resultingSeriousness } from './clause-form-values.ts';

const THEFT_1: PenalCodeClauseDto = {
  article: 173,
  clause: 1,
  chapter: 'XVI',
  titleVi: 'Tội trộm cắp tài sản',
  titleEn: 'Theft of property',
  crimeGroup: 'social_order',
  maxPenalty: 'prison',
  maxPrisonYears: 3,
  seriousness: 'less_serious',
  validFrom: '2018-01-01',
  validTo: null,
};

describe('clause form values', () => {
  it('starts a new version from the clause as it stands, valid for the shared schema', () => {
    const request = clauseRequestOf(clauseFormValues(THEFT_1, '2027-01-01'));
    expect(penalCodeClauseRequestSchema.parse(request)).toEqual({
      article: 173,
      clause: 1,
      chapter: 'XVI',
      titleVi: 'Tội trộm cắp tài sản',
      titleEn: 'Theft of property',
      crimeGroup: 'social_order',
      maxPenalty: 'prison',
      maxPrisonYears: 3,
      validFrom: '2027-01-01',
    });
  });

  it('reads a prison term typed with a decimal comma, and drops it for a fine', () => {
    const values = { ...clauseFormValues(THEFT_1, '2027-01-01'), maxPrisonYears: '0,5' };
    expect(clauseRequestOf(values).maxPrisonYears).toBe(0.5);
    expect(clauseRequestOf({ ...values, maxPenalty: 'fine' }).maxPrisonYears).toBeNull();
  });

  it('leaves a blank form for the schema to refuse field by field', () => {
    const result = penalCodeClauseRequestSchema.safeParse(clauseRequestOf(clauseFormValues(null, '')));
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((issue) => issue.path[0]));
    for (const field of [
      'article',
      'clause',
      'chapter',
      'titleVi',
      'crimeGroup',
      'maxPenalty',
      'validFrom',
    ]) {
      expect(fields).toContain(field);
    }
  });

  it('tells the class the chosen maximum gives as it is typed', () => {
    const values = clauseFormValues(THEFT_1, '2027-01-01');
    expect(resultingSeriousness(values)).toBe('less_serious');
    expect(resultingSeriousness({ ...values, maxPrisonYears: 5 })).toBe('serious');
    expect(resultingSeriousness({ ...values, maxPrisonYears: '12' })).toBe('very_serious');
    expect(resultingSeriousness({ ...values, maxPrisonYears: '' })).toBeNull();
    expect(resultingSeriousness({ ...values, maxPenalty: 'life', maxPrisonYears: '' })).toBe(
      'especially_serious',
    );
    expect(resultingSeriousness({ ...values, maxPenalty: 'fine' })).toBe('less_serious');
  });
});
