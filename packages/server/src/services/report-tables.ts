import type { IndicatorFigureDto, IndicatorValueDto, ReportTable, TargetDto } from '@antt/shared';
import { STATUS_VI, targetText, viDate } from './report-wording.ts';
import { sourceOf, type ReportData } from './report-data.ts';
import type { FigureLog } from './report-figures.ts';

// The tables of a generated report: every indicator against the same period, each key indicator
// unit by unit, and the unit's targets. Cells are printed text; every number in them is logged.

const DASH = '—';
const CHANGE_LABEL = 'Tăng (+), giảm (−)';

function figureCells(v: IndicatorValueDto, figure: IndicatorFigureDto, log: FigureLog): string[] {
  const unit = v.indicator.unit;
  const source = sourceOf(v, figure.unit);
  const same = figure.samePeriod?.value ?? null;
  return [
    figure.value === null ? DASH : log.value(figure.value, unit, source),
    same === null ? DASH : log.value(same, unit, source, 'samePeriod'),
    figure.change.absolute === null ? DASH : log.signedChange(figure.change.absolute, unit, source),
  ];
}

export function indicatorTable(data: ReportData, caption: string, log: FigureLog): ReportTable {
  return {
    kind: 'table',
    caption,
    columns: [
      { label: 'Chỉ tiêu', align: 'left' },
      { label: 'Kỳ báo cáo', align: 'right' },
      { label: 'Cùng kỳ', align: 'right' },
      { label: CHANGE_LABEL, align: 'right' },
      { label: 'Tỷ lệ tăng, giảm', align: 'right' },
    ],
    rows: data.values.map((v) => [
      v.indicator.name,
      ...figureCells(v, v, log),
      v.indicator.unit === 'percent' || v.change.relative === null
        ? DASH
        : log.relative(v.change.relative, sourceOf(v)),
    ]),
    note:
      `Số liệu của hệ thống, tính theo địa giới hành chính ngày ${viDate(data.hierarchyDate)}; cùng kỳ là cùng khoảng ngày của năm trước. ` +
      'Với các tỷ lệ, mức tăng, giảm tính bằng điểm phần trăm.',
  };
}

export function unitTable(v: IndicatorValueDto, caption: string, log: FigureLog): ReportTable {
  const children = v.children ?? [];
  return {
    kind: 'table',
    caption,
    columns: [
      { label: 'Đơn vị', align: 'left' },
      { label: 'Kỳ báo cáo', align: 'right' },
      { label: 'Cùng kỳ', align: 'right' },
      { label: CHANGE_LABEL, align: 'right' },
    ],
    rows: [
      ...children.map((child) => [child.unit.name, ...figureCells(v, child, log)]),
      [`Toàn ${v.unit.name}`, ...figureCells(v, v, log)],
    ],
    note:
      v.indicator.unit === 'percent'
        ? 'Mức tăng, giảm tính bằng điểm phần trăm.'
        : 'Số vụ việc của xã, phường cũ được quy đổi về đơn vị hiện nay theo tỷ lệ kế thừa.',
  };
}

export function targetTable(data: ReportData, caption: string, log: FigureLog): ReportTable {
  return {
    kind: 'table',
    caption,
    columns: [
      { label: 'Chỉ tiêu', align: 'left' },
      { label: 'Nhiệm kỳ', align: 'center' },
      { label: 'Mục tiêu', align: 'right' },
      { label: 'Kết quả trong kỳ báo cáo', align: 'right' },
      { label: 'Đánh giá tiến độ', align: 'left' },
    ],
    rows: data.targets.map((t) => {
      const v = valueFor(data, t);
      return [
        t.indicator.name,
        `${viDate(t.term.start)} – ${viDate(t.term.end)}`,
        targetText(t, log),
        v.value === null ? DASH : log.value(v.value, v.indicator.unit, sourceOf(v)),
        `${STATUS_VI[t.progress.status]} (đến ngày ${viDate(t.progress.asOf)})`,
      ];
    }),
    note: 'Đánh giá tiến độ tính trên cả nhiệm kỳ, từ ngày đầu nhiệm kỳ đến ngày đánh giá.',
  };
}

/** The report-period value of a target's indicator (the data holds one for each). */
export function valueFor(data: ReportData, t: TargetDto): IndicatorValueDto {
  const found =
    data.values.find((v) => v.indicator.code === t.indicator.code) ??
    data.extraValues.find((v) => v.indicator.code === t.indicator.code);
  if (!found) throw new Error(`no value of ${t.indicator.code} was read for the report`);
  return found;
}
