import type { CampaignStatusDto, CampaignVerdict } from '@antt/shared';

// A campaign status as the server answers it, built from a few numbers per unit, for the
// helpers' tests.

export type UnitFigures = {
  code: string;
  name: string;
  population: number | null;
  value: number;
  target: number | null;
  rank: number | null;
  verdict: CampaignVerdict;
  mean?: number;
};

/** `rankedUnits`: how many units the whole board has (more than `units` for a partial view). */
export function statusOf(units: readonly UnitFigures[], rankedUnits = units.length): CampaignStatusDto {
  const element = 'p06_eid2_activated_total';
  return {
    campaign: {
      id: 'c1',
      nameVi: 'Cao điểm 90 ngày đêm',
      nameEn: '90-day push',
      dataSet: 'p06_daily',
      unit: { id: 'u92', code: '92', name: 'Thành phố Cần Thơ' },
      startDate: '2026-10-01',
      endDate: '2026-12-29',
      populationElement: 'p06_population_14plus',
      elements: [{ element, targetRate: 0.8 }],
      daysTotal: 90,
      daysLeft: 32,
    },
    asOf: '2026-11-27',
    total: { progress: [] },
    rankedUnits,
    units: units.map((u) => ({
      unit: { id: `id-${u.code}`, code: u.code, name: u.name },
      population: u.population,
      rank: u.rank,
      progress: [
        {
          element,
          value: u.value,
          startValue: 0,
          asOf: '2026-11-27',
          target: u.target,
          share: u.target ? u.value / u.target : null,
          projection:
            u.mean === undefined
              ? null
              : {
                  mean: u.mean,
                  lo: u.mean * 0.9,
                  hi: u.mean * 1.1,
                  level: 0.9,
                  perDay: 1,
                  requiredPerDay: null,
                },
          verdict: u.verdict,
        },
      ],
    })),
    series: [],
  };
}
