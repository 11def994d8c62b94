import type { IndicatorFigureDto, IndicatorValueDto, ReportSectionKey, TargetDto } from '@antt/shared';
import { sourceOf, type ReportData } from './report-data.ts';
import type { FigureLog } from './report-figures.ts';
import { countPhrase, lowerFirst, STATUS_VI, targetText, viDate } from './report-wording.ts';

// The narrative sections of a generated report, pre-filled with sentences built from the data:
// what got better (results), what got worse or falls short of its target (shortcomings), where
// the worsening is concentrated (causes), and what to work on (solutions). People edit them.

/** How many units are named where a change is concentrated. */
const TOP_UNITS = 3;

type Judged = { v: IndicatorValueDto; sentence: string; worse: boolean };

function countSentence(v: IndicatorValueDto, log: FigureLog): string {
  const source = sourceOf(v);
  const phrase = countPhrase(v.indicator.code, v.indicator.name);
  const text = `${phrase.lead} ${log.value(v.value as number, v.indicator.unit, source)} ${phrase.noun}`;
  const change = v.change.absolute;
  if (v.samePeriod === null || change === null) return `${text}.`;
  if (change === 0 || log.isZero(change, v.indicator.unit)) return `${text}, bằng cùng kỳ.`;
  const word = change > 0 ? 'tăng' : 'giảm';
  const relative = v.change.relative === null ? '' : ` (${log.relative(v.change.relative, source)})`;
  return `${text}, ${word} ${log.magnitude(v, v.indicator.unit, source)} ${phrase.changeNoun}${relative} so với cùng kỳ.`;
}

function rateSentence(v: IndicatorValueDto, log: FigureLog): string {
  const source = sourceOf(v);
  let text = `${v.indicator.name} đạt ${log.value(v.value as number, 'percent', source)}`;
  const change = v.change.absolute;
  if (v.samePeriod?.value != null && change !== null) {
    text += log.isZero(change, 'percent')
      ? ', bằng cùng kỳ'
      : `, ${change > 0 ? 'tăng' : 'giảm'} ${log.magnitude(v, 'percent', source)} điểm phần trăm so với cùng kỳ`;
  }
  const target = v.indicator.target;
  if (target && v.meetsTarget !== null) {
    const level = log.level(target.value, 'percent', source, 'indicatorTarget');
    const beyond = target.op === 'at_least' ? v.value! > target.value : v.value! < target.value;
    const verdict = v.meetsTarget ? (beyond ? 'vượt chỉ tiêu' : 'đạt chỉ tiêu') : 'chưa đạt chỉ tiêu';
    text += `, ${verdict} ${target.op === 'at_least' ? 'trên' : 'dưới'} ${level}`;
  }
  return `${text}.`;
}

function judge(v: IndicatorValueDto, log: FigureLog): Judged | null {
  if (v.value === null) return null;
  if (v.indicator.unit === 'percent') {
    const worse = v.meetsTarget === false || v.judgement === 'worse';
    return { v, sentence: rateSentence(v, log), worse };
  }
  // Nothing counted now or then (e.g. a register not yet in use): nothing to say.
  if (log.isZero(v.value, v.indicator.unit) && log.isZero(v.samePeriod?.value ?? 0, v.indicator.unit))
    return null;
  return { v, sentence: countSentence(v, log), worse: v.judgement === 'worse' };
}

/** The children whose count rose most, or whose rate is lowest, each with its figure. */
function concentration(v: IndicatorValueDto, log: FigureLog): string | null {
  const children = v.children ?? [];
  const unit = v.indicator.unit;
  const named = (c: IndicatorFigureDto, figure: string) => `${c.unit.name} (${figure})`;
  if (unit === 'percent') {
    const lowest = children
      .filter((c) => c.value !== null && c.meetsTarget === false)
      .sort((a, b) => a.value! - b.value!)
      .slice(0, TOP_UNITS);
    if (lowest.length === 0) return null;
    const list = lowest.map((c) => named(c, log.value(c.value!, unit, sourceOf(v, c.unit))));
    return `${v.indicator.name} thấp nhất tại ${list.join(', ')}.`;
  }
  const rising = children
    .filter(
      (c) => c.change.absolute !== null && !log.isZero(c.change.absolute, unit) && c.change.absolute > 0,
    )
    .sort((a, b) => b.change.absolute! - a.change.absolute!)
    .slice(0, TOP_UNITS);
  if (rising.length === 0) return null;
  const phrase = countPhrase(v.indicator.code, v.indicator.name);
  const list = rising.map((c) =>
    named(c, `tăng ${log.magnitude(c, unit, sourceOf(v, c.unit))} ${phrase.changeNoun}`),
  );
  return `${v.indicator.name} tăng tập trung tại ${list.join(', ')}.`;
}

const atRisk = (t: TargetDto) => t.progress.status === 'at_risk' || t.progress.status === 'off_track';

function targetSentence(t: TargetDto, log: FigureLog): string {
  return `Chỉ tiêu ${lowerFirst(t.indicator.name)} ${targetText(t, log)} trong nhiệm kỳ từ ngày ${viDate(t.term.start)} đến ngày ${viDate(t.term.end)}: ${lowerFirst(STATUS_VI[t.progress.status])} (đánh giá đến ngày ${viDate(t.progress.asOf)}).`;
}

/** The four narrative sections, paragraphs separated by line breaks. */
export function narrativeSections(data: ReportData, log: FigureLog): Record<ReportSectionKey, string> {
  const judged = data.values.map((v) => judge(v, log)).filter((j): j is Judged => j !== null);
  const better = judged.filter((j) => !j.worse);
  const worse = judged.filter((j) => j.worse);
  const targetsAtRisk = data.targets.filter(atRisk);
  const targetsFine = data.targets.filter((t) => !atRisk(t) && t.progress.status !== 'no_data');

  const results = [...better.map((j) => j.sentence), ...targetsFine.map((t) => targetSentence(t, log))];
  const shortcomings = [...worse.map((j) => j.sentence), ...targetsAtRisk.map((t) => targetSentence(t, log))];
  const causes = worse.map((j) => concentration(j.v, log)).filter((s): s is string => s !== null);
  const solutions = [
    ...worse.map((j) =>
      j.v.indicator.unit === 'percent'
        ? `Nâng cao ${lowerFirst(j.v.indicator.name)}, tập trung vào các đơn vị có tỷ lệ thấp.`
        : `Tập trung các giải pháp kéo giảm ${lowerFirst(j.v.indicator.name)}, trước hết tại các đơn vị có số vụ tăng.`,
    ),
    ...targetsAtRisk.map(
      (t) =>
        `Có giải pháp cụ thể bảo đảm hoàn thành chỉ tiêu ${lowerFirst(t.indicator.name)} trong thời gian còn lại của nhiệm kỳ.`,
    ),
    'Tiếp tục duy trì các kết quả đã đạt được; cập nhật số liệu đầy đủ, kịp thời trên hệ thống để theo dõi sát tiến độ các chỉ tiêu.',
  ];

  return {
    results: (results.length > 0
      ? results
      : ['Trong kỳ, không có chỉ tiêu nào chuyển biến tốt hơn so với cùng kỳ.']
    ).join('\n'),
    shortcomings: (shortcomings.length > 0
      ? shortcomings
      : ['Trong kỳ, không có chỉ tiêu nào giảm sút so với cùng kỳ; các chỉ tiêu có mục tiêu đều đạt.']
    ).join('\n'),
    causes: (causes.length > 0
      ? causes
      : worse.length > 0
        ? ['Các chỉ tiêu giảm sút không tập trung ở đơn vị nào; cần các đơn vị rà soát, phân tích thêm.']
        : ['Không có chỉ tiêu nào giảm sút so với cùng kỳ.']
    ).join('\n'),
    solutions: solutions.join('\n'),
  };
}
