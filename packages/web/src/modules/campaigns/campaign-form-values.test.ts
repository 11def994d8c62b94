import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import {
  checkCampaign,
  rateFromPercentText,
  serverProblems,
  type CampaignFormValues,
} from './campaign-form-values.ts';

const values = (over: Partial<CampaignFormValues> = {}): CampaignFormValues => ({
  nameVi: 'Cao điểm 90 ngày đêm',
  nameEn: '90-day push',
  dataSet: 'p06_daily',
  unit: '92',
  startDate: '2026-10-01',
  endDate: '2026-12-29',
  populationElement: 'p06_population_14plus',
  elements: [{ element: 'p06_eid2_activated_total', targetRatePercent: '80' }],
  ...over,
});

describe('the new-campaign form', () => {
  it('reads target rates typed as percentages, with a comma or a point', () => {
    expect(rateFromPercentText('80')).toBe(0.8);
    expect(rateFromPercentText('82,5')).toBe(0.825);
    expect(rateFromPercentText(' 70.5 % ')).toBe(0.705);
    expect(rateFromPercentText('')).toBeNull();
    expect(rateFromPercentText('tám mươi')).toBeNaN();
  });

  it('gives the shared CampaignInput when everything is filled in', () => {
    const checked = checkCampaign(values());
    expect(checked).toEqual({
      ok: true,
      input: { ...values(), elements: [{ element: 'p06_eid2_activated_total', targetRate: 0.8 }] },
    });
  });

  it('names each wrong field by its path, the end before the start included', () => {
    const checked = checkCampaign(
      values({
        nameVi: ' ',
        startDate: '2026-12-29',
        endDate: '2026-10-01',
        elements: [
          { element: 'p06_eid2_activated_total', targetRatePercent: 'abc' },
          { element: 'p06_eid2_activated_total', targetRatePercent: '' },
        ],
      }),
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.problems).sort()).toEqual([
      'elements.0.targetRate',
      'elements.1.element',
      'endDate',
      'nameVi',
    ]);
    expect(checked.problems.endDate).toEqual({ code: 'endBeforeStart' });
    expect(checked.problems['elements.1.element']).toEqual({ code: 'duplicate' });
  });

  it('asks for a day when a date is left empty or half typed', () => {
    const checked = checkCampaign(values({ startDate: '' }));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.problems)).toEqual(['startDate']);
  });

  it("puts the server's refusal beside the field it names, in the user's language", () => {
    const refused = new ApiError(422, 'validation_failed', 'Dữ liệu không hợp lệ / invalid input', {
      fields: [
        { path: 'body.unit', message: 'Đơn vị không thuộc địa bàn / the unit is outside your jurisdiction' },
        { path: 'elements.0.element', message: 'not in the data set' },
      ],
    });
    expect(serverProblems(refused, 'en')).toEqual({
      unit: { message: 'the unit is outside your jurisdiction' },
      'elements.0.element': { message: 'not in the data set' },
    });
    expect(serverProblems(refused, 'vi').unit).toEqual({ message: 'Đơn vị không thuộc địa bàn' });
    expect(serverProblems(new Error('boom'), 'vi')).toEqual({});
  });
});
