import { forecastSeries, type SeriesForecast } from '@antt/analytics';
import fs from 'node:fs';
import { runAction, type CommandModule } from './command.ts';
import { CliRefusal, CliUsageError, printResult } from './output.ts';
import { progressBar } from './progress.ts';
import { formatTable } from './units.command.ts';

// `antt forecast counts`: weekly or monthly counts per series in, forecasts with 80 % and 95 %
// intervals out (shared/DESIGN.md section 5.7), so the engine can be checked on public data.
// Every series is forecast from its own counts only, from the period after its last one: the
// input holds nothing at or after that origin. A file with one bad row is refused whole and
// nothing is written, so a half-read file never passes for a forecast.

const HEADER = ['series', 'period', 'count'] as const;
const OUTPUT_HEADER = 'series,period,mean,lo80,hi80,lo95,hi95,model';
const DAY_MS = 86_400_000;

export type PeriodStep = 'week' | 'month';

export type InputSeries = { name: string; periods: string[]; counts: number[] };

export type ParsedCounts = { step: PeriodStep; series: InputSeries[] };

const refuse = (line: number, column: string, reason: string) =>
  new CliRefusal(`dòng ${line}, cột ${column}: ${reason}`, { line, column });

/** Splits one CSV line; fields may be double-quoted (a quote inside doubled). */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** '2026-03-02' → days since 1970-01-01, or null when it is not a real ISO day. */
function dayOf(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The period `k` steps after `iso`. */
export function periodAfter(iso: string, step: PeriodStep, k = 1): string {
  const day = dayOf(iso)!;
  if (step === 'week') return isoOf(day + 7 * k);
  const date = new Date(day * DAY_MS);
  return isoOf(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + k, date.getUTCDate()) / DAY_MS);
}

/** The step from one period to the next: 7 days, or one calendar month between month starts. */
function stepBetween(first: string, second: string): PeriodStep | null {
  if (periodAfter(first, 'week') === second) return 'week';
  if (first.endsWith('-01') && periodAfter(first, 'month') === second) return 'month';
  return null;
}

const stepName = (step: PeriodStep) => (step === 'week' ? '7 ngày (tuần)' : 'một tháng');

/** Reads and checks the whole file; throws a refusal naming the first bad row and column. */
export function parseCounts(text: string): ParsedCounts {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim());
  if (header.length !== HEADER.length || HEADER.some((name, i) => header[i] !== name)) {
    throw refuse(1, 'header', `tiêu đề phải là "${HEADER.join(',')}", gặp "${lines[0] ?? ''}"`);
  }
  const byName = new Map<string, InputSeries>();
  let step: PeriodStep | null = null;
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    const fields = splitCsvLine(lines[i]!);
    if (fields.length !== HEADER.length) {
      throw refuse(line, 'series', `cần ${HEADER.length} cột, gặp ${fields.length}`);
    }
    const [name, period, countText] = fields.map((f) => f.trim()) as [string, string, string];
    if (name === '') throw refuse(line, 'series', 'tên chuỗi trống');
    if (dayOf(period) === null) throw refuse(line, 'period', `"${period}" không phải ngày dạng YYYY-MM-DD`);
    if (!/^\d+$/.test(countText) || !Number.isSafeInteger(Number(countText))) {
      throw refuse(line, 'count', `"${countText}" không phải số nguyên không âm`);
    }
    let series = byName.get(name);
    if (series === undefined) {
      series = { name, periods: [], counts: [] };
      byName.set(name, series);
    }
    const previous = series.periods[series.periods.length - 1];
    if (previous !== undefined) {
      if (period <= previous) {
        const reason = period === previous ? 'trùng kỳ' : 'không theo thứ tự thời gian';
        throw refuse(line, 'period', `${reason}: chuỗi "${name}" đã có kỳ ${previous}, gặp ${period}`);
      }
      if (series.periods.length === 1) {
        const seriesStep = stepBetween(previous, period);
        if (seriesStep === null) {
          throw refuse(
            line,
            'period',
            `từ ${previous} đến ${period} không phải bước 7 ngày hay một tháng (kỳ tháng bắt đầu ngày 01)`,
          );
        }
        if (step !== null && seriesStep !== step) {
          throw refuse(
            line,
            'period',
            `chuỗi "${name}" có bước ${stepName(seriesStep)}, các chuỗi trước có bước ${stepName(step)}`,
          );
        }
        step = seriesStep;
      } else {
        const expected = periodAfter(previous, step!);
        if (period !== expected) {
          throw refuse(line, 'period', `thiếu kỳ: sau ${previous} phải là ${expected}, gặp ${period}`);
        }
      }
    }
    series.periods.push(period);
    series.counts.push(Number(countText));
  }
  if (byName.size === 0) throw refuse(2, 'series', 'tệp không có dòng số liệu nào');
  if (step === null) throw refuse(2, 'period', 'không chuỗi nào có hai kỳ để suy ra bước tuần hay tháng');
  if (step === 'month') {
    for (const series of byName.values()) {
      if (!series.periods[0]!.endsWith('-01')) {
        throw refuse(2, 'period', `chuỗi "${series.name}": kỳ tháng phải bắt đầu ngày 01`);
      }
    }
  }
  return { step, series: [...byName.values()] };
}

export type SeriesSummary = {
  series: string;
  periods: number;
  lastPeriod: string;
  model: string;
  backtested: boolean;
  /** Backtest MASE of the chosen model; null when the series was too short to backtest. */
  mase: number | null;
  coverage80: number | null;
  coverage95: number | null;
};

const finiteOrNull = (v: number) => (Number.isFinite(v) ? v : null);
const fixed2 = (v: number) => v.toFixed(2);

function outputRows(series: InputSeries, step: PeriodStep, result: SeriesForecast): string[] {
  const last = series.periods[series.periods.length - 1]!;
  const f = result.forecast;
  return f.mean.map((mean, h) =>
    [
      csvField(series.name),
      periodAfter(last, step, h + 1),
      fixed2(mean),
      fixed2(f.lo80[h]!),
      fixed2(f.hi80[h]!),
      fixed2(f.lo95[h]!),
      fixed2(f.hi95[h]!),
      f.model,
    ].join(','),
  );
}

function positiveInteger(text: string, option: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) {
    throw new CliUsageError(`${option} phải là số nguyên dương / must be a positive integer: ${text}`);
  }
  return Number(text);
}

const percentText = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);

function summaryText(s: {
  out: string;
  step: PeriodStep;
  season: number;
  horizon: number;
  series: SeriesSummary[];
}): string {
  return [
    `Đã ghi ${s.series.length * s.horizon} dòng dự báo (${s.series.length} chuỗi × ${s.horizon} kỳ, bước ${stepName(s.step)}, mùa ${s.season}) vào ${s.out}`,
    '',
    formatTable(
      ['Chuỗi / series', 'Số kỳ', 'Kỳ cuối', 'Mô hình / model', 'MASE (backtest)', 'Phủ 80 %', 'Phủ 95 %'],
      s.series.map((r) => [
        r.series,
        String(r.periods),
        r.lastPeriod,
        r.model,
        r.mase === null ? '— (chuỗi quá ngắn)' : r.mase.toFixed(3),
        percentText(r.coverage80),
        percentText(r.coverage95),
      ]),
    ),
  ].join('\n');
}

export const forecastCommands: CommandModule = (program) => {
  const forecast = program
    .command('forecast')
    .description('forecasts of counts with 80 % and 95 % prediction intervals (dự báo)');

  const counts = forecast
    .command('counts')
    .description(
      'forecast each series of a series,period,count CSV (weekly or monthly, no gaps); the model is chosen per series by rolling-origin backtest on its own past',
    )
    .requiredOption(
      '--input <FILE.csv>',
      'columns series,period,count; period = ISO date of the week or month start',
    )
    .requiredOption('--horizon <H>', 'how many periods to forecast after each series’ last period')
    .option('--season <M>', 'season length (default 52 for weekly, 12 for monthly)')
    .requiredOption('--out <OUT.csv>', 'columns series,period,mean,lo80,hi80,lo95,hi95,model');
  counts.action(
    runAction(
      counts,
      async (mode, opts: { input: string; horizon: string; season?: string; out: string }) => {
        const horizon = positiveInteger(opts.horizon, '--horizon');
        const seasonOption = opts.season === undefined ? undefined : positiveInteger(opts.season, '--season');
        if (!fs.existsSync(opts.input)) throw new CliRefusal(`Không có tệp / no such file: ${opts.input}`);
        const parsed = parseCounts(fs.readFileSync(opts.input, 'utf8'));
        const season = seasonOption ?? (parsed.step === 'week' ? 52 : 12);
        const progress = progressBar(mode, 'chuỗi / series');
        const rows: string[] = [OUTPUT_HEADER];
        const summaries: SeriesSummary[] = [];
        try {
          parsed.series.forEach((series, i) => {
            let result: SeriesForecast;
            try {
              result = forecastSeries(series.counts, { season, horizon });
            } catch (error) {
              if (!(error instanceof RangeError)) throw error;
              throw new CliRefusal(`chuỗi "${series.name}" (${series.counts.length} kỳ): ${error.message}`);
            }
            rows.push(...outputRows(series, parsed.step, result));
            summaries.push({
              series: series.name,
              periods: series.counts.length,
              lastPeriod: series.periods[series.periods.length - 1]!,
              model: result.model,
              backtested: result.backtested,
              mase: finiteOrNull(result.mase),
              coverage80: finiteOrNull(result.coverage80),
              coverage95: finiteOrNull(result.coverage95),
            });
            progress.update(i + 1, parsed.series.length);
          });
        } finally {
          progress.stop();
        }
        fs.writeFileSync(opts.out, `${rows.join('\n')}\n`);
        const result = { out: opts.out, step: parsed.step, season, horizon, series: summaries };
        printResult(mode, result, summaryText);
      },
    ),
  );
};
