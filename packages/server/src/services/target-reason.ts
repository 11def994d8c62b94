import type { TargetAssessment } from '@antt/analytics';

// The reason under a target's status, in Vietnamese and in English, with the numbers that
// decide it (packages/analytics/src/targets/target-pace.ts has the rules). Numbers follow each
// language's format: 95,01 % in Vietnamese, 95.01 % in English.

export type ReasonContext = {
  isRate: boolean;
  /** A rate's highest possible value (100 for a percent); null: none. */
  ceiling: number | null;
  lang: 'vi' | 'en';
  numerator: number | null;
  denominator: number | null;
  /** The term's first day, dd/MM/yyyy or YYYY-MM-DD by language. */
  termStart: string;
  /** The best comparable period's label in the language. */
  bestLabel: string | null;
};

export function targetReason(a: TargetAssessment, c: ReasonContext): string {
  const vi = c.lang === 'vi';
  const format = new Intl.NumberFormat(vi ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 });
  const n = (v: number) => format.format(v);
  const rate = (v: number) => `${n(v)} %`;
  const value = (v: number) => (c.isRate ? rate(v) : n(v));
  const perYear = (v: number) => (vi ? `${n(v)}/năm` : `${n(v)} a year`);
  const atLeast = a.sense === 'at_least';
  const days = () => n(a.remainingDays);
  const levelText = vi
    ? `${atLeast ? 'ít nhất' : 'không quá'} ${value(a.level)}`
    : `${atLeast ? 'at least' : 'at most'} ${value(a.level)}`;
  const best = a.bestComparable
    ? `${c.isRate ? rate(a.bestComparable.value) : perYear(a.bestComparable.pace)}, ${c.bestLabel ?? a.bestComparable.period}`
    : '';

  const soFar = (): string => {
    if (a.valueSoFar === null)
      return vi ? 'Chưa có trường hợp nào để tính tỷ lệ' : 'Nothing to compute the rate on yet';
    if (c.isRate) {
      const parts = c.denominator !== null ? ` (${n(c.numerator ?? 0)}/${n(c.denominator)})` : '';
      return vi ? `Đến nay đạt ${rate(a.valueSoFar)}${parts}` : `So far ${rate(a.valueSoFar)}${parts}`;
    }
    return vi
      ? `Đến nay ${n(a.valueSoFar)} trong ${n(a.elapsedDays)} ngày (bình quân ${perYear(a.paceSoFar ?? 0)})`
      : `So far ${n(a.valueSoFar)} in ${n(a.elapsedDays)} days (${perYear(a.paceSoFar ?? 0)})`;
  };
  /** What the rest of the term needs, in words. */
  const need = (): string => {
    const r = a.requiredValueForRest ?? 0;
    const days = n(a.remainingDays);
    if (c.isRate) {
      // Already assured whatever the rest brings: no rate below 0 % (or above the ceiling) is asked for.
      if (atLeast ? r <= 0 : c.ceiling !== null && r >= c.ceiling) {
        return vi
          ? `cả nhiệm kỳ vẫn đạt ${levelText} với bất kỳ kết quả nào trong ${days} ngày còn lại`
          : `the term reaches ${levelText} whatever the ${days} days left bring`;
      }
      return vi
        ? `để cả nhiệm kỳ đạt ${levelText}, ${days} ngày còn lại cần tỷ lệ ${atLeast ? 'ít nhất' : 'không quá'} ${rate(r)}`
        : `for the term to reach ${levelText}, the ${days} days left need ${atLeast ? 'at least' : 'at most'} ${rate(r)}`;
    }
    const pace = perYear(a.requiredPace ?? 0);
    return vi
      ? `để cả nhiệm kỳ ${levelText} (${perYear(a.levelPace)}), ${days} ngày còn lại ${atLeast ? `cần thêm ít nhất ${n(r)}` : `chỉ được thêm tối đa ${n(r)}`} (${pace})`
      : `for the term to total ${levelText} (${perYear(a.levelPace)}), the ${days} days left ${atLeast ? `need at least ${n(r)} more` : `may add at most ${n(r)}`} (${pace})`;
  };

  switch (a.finding) {
    case 'not_started':
      return vi
        ? `Nhiệm kỳ bắt đầu từ ngày ${c.termStart}; chưa có số liệu để đánh giá.`
        : `The term starts on ${c.termStart}; there is nothing to assess yet.`;
    case 'term_met':
      return vi
        ? `Nhiệm kỳ đã kết thúc với ${value(a.valueSoFar!)}, đạt chỉ tiêu ${levelText}.`
        : `The term ended at ${value(a.valueSoFar!)}, meeting the target of ${levelText}.`;
    case 'term_missed':
      return vi
        ? `Nhiệm kỳ đã kết thúc với ${value(a.valueSoFar!)}, không đạt chỉ tiêu ${levelText}.`
        : `The term ended at ${value(a.valueSoFar!)}, missing the target of ${levelText}.`;
    case 'term_without_cases':
      return vi
        ? 'Nhiệm kỳ đã kết thúc mà không có trường hợp nào để tính tỷ lệ: không có số liệu để đánh giá.'
        : 'The term ended with nothing to compute the rate on: there is no figure to judge.';
    case 'already_met':
      return vi
        ? `Đã đạt ${n(a.valueSoFar!)}, bảo đảm chỉ tiêu ${levelText} của cả nhiệm kỳ.`
        : `Already ${n(a.valueSoFar!)}: the term's target of ${levelText} is reached.`;
    case 'already_exceeded':
      return vi
        ? `Đã có ${n(a.valueSoFar!)}, vượt mức ${levelText} của cả nhiệm kỳ: không còn khả năng đạt chỉ tiêu.`
        : `Already ${n(a.valueSoFar!)}, above the term's ${levelText}: the target can no longer be met.`;
    case 'impossible': {
      const r = a.requiredValueForRest!;
      const bound = r < 0 ? (vi ? 'dưới 0 %' : 'below 0 %') : vi ? 'trên 100 %' : 'above 100 %';
      return vi
        ? `${soFar()}; ${need()}, ${bound}: không thể đạt chỉ tiêu.`
        : `${soFar()}; ${need()}, ${bound}: the target cannot be met.`;
    }
    case 'pace_meets':
      return vi
        ? `${soFar()}, đúng tiến độ chỉ tiêu ${levelText}; ${need()}.`
        : `${soFar()}, on pace for ${levelText}; ${need()}.`;
    case 'no_cases_yet':
      return vi
        ? `Chưa có trường hợp nào để tính tỷ lệ trong nhiệm kỳ và cũng chưa có năm báo cáo nào trước đây để so sánh; ${days()} ngày còn lại cần đạt ${levelText}.`
        : `Nothing to compute the rate on in the term yet, and no past reporting year to compare with; the ${days()} days left need ${levelText}.`;
    case 'no_comparable':
      return vi
        ? `${soFar()}; ${need()}, và chưa có năm báo cáo nào trước đây để so sánh.`
        : `${soFar()}; ${need()}, and no past reporting year to compare with.`;
    case 'beyond_best':
      return vi
        ? `${soFar()}; ${need()}, ${atLeast ? 'cao hơn' : 'thấp hơn'} mức tốt nhất đơn vị từng đạt trong một năm báo cáo (${best}).`
        : `${soFar()}; ${need()}, ${atLeast ? 'above' : 'below'} the best the unit has reached in a reporting year (${best}).`;
    case 'within_best':
      return vi
        ? `${soFar()}, chưa đạt ${levelText}; ${need()}, mức đơn vị đã từng đạt (${best}).`
        : `${soFar()}, short of ${levelText}; ${need()}, which the unit has reached before (${best}).`;
  }
}
