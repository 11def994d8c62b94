import type { IndicatorDefinition, IndicatorFigureDto, IndicatorValueDto } from '@antt/shared';
import ExcelJS from 'exceljs';

// The dashboard's figures as a workbook (shared/DESIGN.md section 5.5: "XLSX export of any view
// with the same numbers"): one row per indicator and unit with the value, the same period, the
// change, the band and the target, then a sheet that says how each figure is counted. Values
// are written as numbers with the precision the screen shows, never as text.

const HEADERS = {
  vi: [
    'Mã chỉ tiêu',
    'Chỉ tiêu',
    'Mã đơn vị',
    'Đơn vị',
    'Kỳ',
    'Tử số',
    'Mẫu số',
    'Giá trị',
    'Cùng kỳ',
    'Tăng, giảm',
    'Tỷ lệ tăng, giảm (%)',
    'Dải dưới',
    'Dải trên',
    'Ngoài dải',
    'Chỉ tiêu đề ra',
    'Đạt chỉ tiêu',
  ],
  en: [
    'Indicator code',
    'Indicator',
    'Unit code',
    'Unit',
    'Period',
    'Numerator',
    'Denominator',
    'Value',
    'Same period',
    'Change',
    'Change (%)',
    'Band low',
    'Band high',
    'Outside band',
    'Target',
    'Target met',
  ],
};

/** Rates show one decimal, counts none: the same rounding as the dashboard. */
export function displayRound(value: number | null, unit: string): number | null {
  if (value === null) return null;
  const digits = unit === 'percent' ? 1 : 0;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export async function renderIndicatorWorkbook(
  values: IndicatorValueDto[],
  defs: IndicatorDefinition[],
  lang: 'vi' | 'en',
): Promise<Buffer> {
  const vi = lang === 'vi';
  const book = new ExcelJS.Workbook();
  book.creator = 'ANTT';
  const sheet = book.addWorksheet(vi ? 'Chỉ tiêu' : 'Indicators');
  const first = values[0];
  if (first) {
    sheet.addRow([vi ? `Kỳ: ${first.period.label}` : `Period: ${first.period.label}`]);
    sheet.addRow([
      vi
        ? `Đơn vị: ${first.unit.name} (${first.unit.code}), theo đơn vị hành chính ngày ${first.hierarchyDate}; cùng kỳ: ${first.samePeriodRef?.label ?? '—'}`
        : `Unit: ${first.unit.name} (${first.unit.code}), units as of ${first.hierarchyDate}; same period: ${first.samePeriodRef?.label ?? '—'}`,
    ]);
    sheet.addRow([]);
  }
  const header = sheet.addRow(HEADERS[lang]);
  header.font = { bold: true };
  const row = (v: IndicatorValueDto, f: IndicatorFigureDto) => {
    const unit = v.indicator.unit;
    const r = sheet.addRow([
      v.indicator.code,
      v.indicator.name,
      f.unit.code,
      f.unit.name,
      v.period.code,
      f.numerator,
      f.denominator,
      displayRound(f.value, unit),
      displayRound(f.samePeriod?.value ?? null, unit),
      displayRound(f.change.absolute, unit),
      f.change.relative === null ? null : Math.round(f.change.relative * 1000) / 10,
      f.band ? displayRound(f.band.low, unit) : null,
      // A rate cannot pass 100 %: the band is cut there, as on the screen.
      f.band ? displayRound(unit === 'percent' ? Math.min(100, f.band.high) : f.band.high, unit) : null,
      f.flag === null ? '' : f.flag === 'above' ? (vi ? 'cao hơn' : 'above') : vi ? 'thấp hơn' : 'below',
      v.indicator.target
        ? `${v.indicator.target.op === 'at_least' ? '≥' : '≤'} ${v.indicator.target.value}`
        : '',
      f.meetsTarget === null ? '' : f.meetsTarget ? (vi ? 'đạt' : 'met') : vi ? 'chưa đạt' : 'not met',
    ]);
    const format = unit === 'percent' ? '0.0' : '#,##0';
    for (const col of [8, 9, 10, 12, 13]) r.getCell(col).numFmt = format;
    r.getCell(11).numFmt = '0.0';
  };
  for (const v of values) {
    row(v, v);
    for (const child of v.children ?? []) row(v, child);
  }
  sheet.columns.forEach((c, i) => (c.width = [16, 44, 10, 28, 14][i] ?? 13));

  const rules = book.addWorksheet(vi ? 'Cách tính' : 'How counted');
  rules.addRow(
    vi
      ? ['Mã', 'Chỉ tiêu', 'Cách tính', 'Chỉ tiêu đề ra', 'Nguồn']
      : ['Code', 'Indicator', 'Counting rule', 'Target', 'Source'],
  ).font = { bold: true };
  for (const v of values) {
    const d = defs.find((x) => x.code === v.indicator.code);
    rules.addRow([
      v.indicator.code,
      v.indicator.name,
      v.indicator.countingRule,
      d?.target ? `${d.target.op === 'at_least' ? '≥' : '≤'} ${d.target.value}` : '',
      d?.targetSource ?? '',
    ]);
  }
  rules.columns.forEach((c, i) => (c.width = [22, 44, 90, 14, 50][i] ?? 14));
  return Buffer.from(await book.xlsx.writeBuffer());
}
