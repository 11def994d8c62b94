import type { TargetDto } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import {
  checkTarget,
  fieldOfPath,
  formValuesOf,
  newTargetValues,
  serverProblems,
  termChoices,
  type TargetFormValues,
} from './target-form-values.ts';

const values = (over: Partial<TargetFormValues> = {}): TargetFormValues => ({
  ...newTargetValues('92', 'term:2025-2030'),
  indicator: 'clearance_rate',
  targetValue: '75',
  ...over,
});

describe('the target form', () => {
  it('gives the shared TargetInput for a rate over a term, numbers typed the Vietnamese way', () => {
    const checked = checkTarget(values({ targetValue: '82,5', baselinePeriod: 'bc:2025' }), 'vi');
    expect(checked).toEqual({
      ok: true,
      input: {
        indicator: 'clearance_rate',
        unit: '92',
        direction: 'at_least',
        targetValue: 82.5,
        term: 'term:2025-2030',
        baseline: { period: 'bc:2025', value: null },
        name: null,
        source: null,
      },
    });
  });

  it('sends the dates instead of the term when the term is given by its days', () => {
    const checked = checkTarget(
      values({ termMode: 'dates', termFrom: '2026-01-01', termTo: '2026-12-31', term: 'term:2025-2030' }),
      'vi',
    );
    expect(checked.ok && checked.input).toMatchObject({ termFrom: '2026-01-01', termTo: '2026-12-31' });
    expect(checked.ok && 'term' in checked.input && checked.input.term).toBeFalsy();
  });

  it('names the empty target, a word for a number and the end before the start beside their fields', () => {
    expect(checkTarget(values({ targetValue: '' }), 'vi')).toEqual({
      ok: false,
      problems: { targetValue: { code: 'invalid_type' } },
    });
    expect(checkTarget(values({ targetValue: 'bảy lăm' }), 'vi')).toMatchObject({
      ok: false,
      problems: { targetValue: {} },
    });
    const dates = checkTarget(
      values({ termMode: 'dates', termFrom: '2026-12-31', termTo: '2026-01-01' }),
      'vi',
    );
    expect(dates).toEqual({ ok: false, problems: { termTo: { code: 'endBeforeStart' } } });
  });

  it('asks a reduction for its baseline, and at most a 100 % cut', () => {
    expect(checkTarget(values({ direction: 'reduce_by_percent', targetValue: '5' }), 'vi')).toEqual({
      ok: false,
      problems: { baselinePeriod: { code: 'reductionNeedsBaseline' } },
    });
    expect(
      checkTarget(
        values({ direction: 'reduce_by_percent', targetValue: '120', baselinePeriod: 'bc:2025' }),
        'vi',
      ),
    ).toEqual({ ok: false, problems: { targetValue: { code: 'cutAbove100' } } });
  });

  it('keeps a baseline value without its period, so the period is named as missing', () => {
    const checked = checkTarget(values({ baselineValue: '80' }), 'vi');
    expect(checked.ok).toBe(false);
    expect(!checked.ok && Object.keys(checked.problems)).toEqual(['baselinePeriod']);
  });

  it('maps request paths to the form fields', () => {
    expect(fieldOfPath('body.targetValue')).toBe('targetValue');
    expect(fieldOfPath('baseline.value')).toBe('baselineValue');
    expect(fieldOfPath('body.baseline')).toBe('baselinePeriod');
    expect(fieldOfPath('body.somethingElse')).toBeNull();
  });

  it('puts the server’s refusals beside their fields, in the user’s language', () => {
    const schemaRefusal = new ApiError(400, 'validation_failed', 'invalid', {
      fields: [
        { path: 'body.targetValue', message: 'Invalid input: expected number, received undefined' },
        { path: 'baseline.value', message: 'no figure for bc:2020: give the baseline value' },
        { path: 'unit', message: 'Đơn vị ngoài địa bàn của bạn / the unit is outside your jurisdiction' },
      ],
    });
    expect(serverProblems(schemaRefusal, 'vi')).toEqual({
      targetValue: { code: 'server' },
      baselineValue: { code: 'server' },
      unit: { message: 'Đơn vị ngoài địa bàn của bạn' },
    });
    expect(serverProblems(schemaRefusal, 'en')).toEqual({
      targetValue: { message: 'Invalid input: expected number, received undefined' },
      baselineValue: { message: 'no figure for bc:2020: give the baseline value' },
      unit: { message: 'the unit is outside your jurisdiction' },
    });
    expect(serverProblems(new Error('network'), 'vi')).toEqual({});
  });

  it('reads a saved target back, its numbers written the language’s way', () => {
    const saved = {
      indicator: { code: 'clearance_rate', name: 'x', unit: 'percent' },
      unit: { id: 'u', code: '92', name: 'Thành phố Cần Thơ', level: 'province' },
      direction: 'at_least',
      targetValue: 82.5,
      term: {
        code: 'term:2025-2030',
        label: '',
        start: '2025-12-15',
        end: '2030-12-14',
        days: 1826,
        reportingYears: [],
      },
      baseline: { period: { code: 'bc:2025', label: '', start: '', end: '' }, value: 1234.5 },
      name: null,
      source: 'NQ 96',
    } as unknown as TargetDto;
    expect(formValuesOf(saved, 'vi')).toMatchObject({
      targetValue: '82,5',
      termMode: 'term',
      term: 'term:2025-2030',
      baselinePeriod: 'bc:2025',
      baselineValue: '1234,5',
      name: '',
      source: 'NQ 96',
    });
    const custom = {
      ...saved,
      term: { ...saved.term, code: '2026-01-01..2026-12-31', start: '2026-01-01', end: '2026-12-31' },
    };
    expect(formValuesOf(custom, 'en')).toMatchObject({
      targetValue: '82.5',
      termMode: 'dates',
      termFrom: '2026-01-01',
      termTo: '2026-12-31',
    });
  });

  it('offers the five-year terms around today', () => {
    expect(termChoices(2026)).toEqual([
      'term:2015-2020',
      'term:2020-2025',
      'term:2025-2030',
      'term:2030-2035',
    ]);
    expect(termChoices(2030)[2]).toBe('term:2030-2035');
  });
});
