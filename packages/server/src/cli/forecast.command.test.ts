import { COUNT_MODELS, forecastSeries, seededRandom } from '@antt/analytics';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAntt } from '../../test/run-cli.ts';
import { splitCsvLine } from './forecast.command.ts';

// `antt forecast counts` as an operator runs it: a weekly and a monthly file generated here,
// bad files refused with the row and column and nothing written, and each series forecast from
// its own counts only (the same numbers forecastSeries gives on exactly that series).

const MODEL_NAMES = new Set<string>(COUNT_MODELS.map((m) => m.name));
const DAY_MS = 86_400_000;
const weekStart = (first: string, k: number) =>
  new Date(Date.parse(`${first}T00:00:00Z`) + 7 * k * DAY_MS).toISOString().slice(0, 10);
const monthStart = (year: number, month0: number, k: number) =>
  new Date(Date.UTC(year, month0 + k, 1)).toISOString().slice(0, 10);

/** Seasonal counts with noise, reproducible from the seed. */
function seasonalCounts(length: number, season: number, level: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length }, (_, t) =>
    random.poisson(level * (1 + 0.4 * Math.sin((2 * Math.PI * t) / season))),
  );
}

type OutputRow = {
  series: string;
  period: string;
  mean: number;
  lo80: number;
  hi80: number;
  lo95: number;
  hi95: number;
  model: string;
};

function readOutput(file: string): { header: string; rows: OutputRow[]; text: string } {
  const text = fs.readFileSync(file, 'utf8');
  const [header, ...lines] = text.trimEnd().split('\n');
  const rows = lines.map((line) => {
    const [series, period, mean, lo80, hi80, lo95, hi95, model] = splitCsvLine(line) as [string, ...string[]];
    for (const n of [mean, lo80, hi80, lo95, hi95]) expect(n).toMatch(/^\d+\.\d{2}$/);
    return {
      series,
      period: period!,
      mean: Number(mean),
      lo80: Number(lo80),
      hi80: Number(hi80),
      lo95: Number(lo95),
      hi95: Number(hi95),
      model: model!,
    };
  });
  return { header: header!, rows, text };
}

const csv = (rows: [string, string, number | string][]) =>
  `series,period,count\n${rows.map((r) => r.join(',')).join('\n')}\n`;

describe('antt forecast counts', { timeout: 240_000 }, () => {
  let dir: string;
  let db: string;
  const weekly = {
    'quận 1': seasonalCounts(130, 52, 20, 1),
    'quận 2': seasonalCounts(130, 52, 60, 2),
  };
  const monthly = { 'huyện A': seasonalCounts(60, 12, 30, 3), 'huyện B': seasonalCounts(48, 12, 8, 4) };
  const weeklyRows = (counts: Record<string, number[]>) =>
    Object.entries(counts).flatMap(([name, values]) =>
      values.map((v, k): [string, string, number] => [name, weekStart('2022-01-03', k), v]),
    );

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-forecast-'));
    db = path.join(dir, 'antt.db');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('forecasts each weekly series H weeks after its last week, nested intervals, from its own counts only', () => {
    const input = path.join(dir, 'weekly.csv');
    const out = path.join(dir, 'weekly-out.csv');
    fs.writeFileSync(input, csv(weeklyRows(weekly)));
    const horizon = 6;
    const r = runAntt(db, [
      'forecast',
      'counts',
      '--input',
      input,
      '--horizon',
      String(horizon),
      '--out',
      out,
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ step: 'week', season: 52, horizon });
    const { header, rows } = readOutput(out);
    expect(header).toBe('series,period,mean,lo80,hi80,lo95,hi95,model');
    expect(rows).toHaveLength(2 * horizon);
    for (const [name, counts] of Object.entries(weekly)) {
      const mine = rows.filter((row) => row.series === name);
      // The origin is the week after the last one given.
      expect(mine.map((row) => row.period)).toEqual(
        Array.from({ length: horizon }, (_, h) => weekStart('2022-01-03', counts.length + h)),
      );
      for (const row of mine) {
        expect(row.lo95).toBeLessThanOrEqual(row.lo80);
        expect(row.lo80).toBeLessThanOrEqual(row.mean);
        expect(row.mean).toBeLessThanOrEqual(row.hi80);
        expect(row.hi80).toBeLessThanOrEqual(row.hi95);
        expect(MODEL_NAMES.has(row.model)).toBe(true);
      }
      // Nothing but this series' counts reaches its forecast: the library on exactly them agrees.
      const expected = forecastSeries(counts, { season: 52, horizon });
      expect(mine.map((row) => row.mean)).toEqual(expected.forecast.mean.map((v) => Number(v.toFixed(2))));
      expect(mine.map((row) => row.hi95)).toEqual(expected.forecast.hi95.map((v) => Number(v.toFixed(2))));
      expect(mine[0]!.model).toBe(expected.model);
      const s = summary.series.find((x: { series: string }) => x.series === name);
      expect(s).toMatchObject({ model: expected.model, periods: counts.length, backtested: true });
      expect(s.mase).toBeCloseTo(expected.mase, 10);
      expect(s.coverage80).toBeCloseTo(expected.coverage80, 10);
    }

    // Two series do not influence each other: the first alone gives the same rows.
    const aloneInput = path.join(dir, 'weekly-alone.csv');
    const aloneOut = path.join(dir, 'weekly-alone-out.csv');
    fs.writeFileSync(aloneInput, csv(weeklyRows({ 'quận 1': weekly['quận 1'] })));
    const alone = runAntt(db, [
      'forecast',
      'counts',
      '--input',
      aloneInput,
      '--horizon',
      String(horizon),
      '--out',
      aloneOut,
    ]);
    expect(alone.code, alone.stderr).toBe(0);
    expect(alone.stdout).toContain('quận 1');
    expect(readOutput(aloneOut).rows).toEqual(rows.filter((row) => row.series === 'quận 1'));
  });

  it('forecasts monthly series with season 12 and calendar-month periods', () => {
    const input = path.join(dir, 'monthly.csv');
    const out = path.join(dir, 'monthly-out.csv');
    const rows = Object.entries(monthly).flatMap(([name, values]) =>
      values.map((v, k): [string, string, number] => [name, monthStart(2020, 0, k), v]),
    );
    fs.writeFileSync(input, csv(rows));
    const r = runAntt(db, ['forecast', 'counts', '--input', input, '--horizon', '3', '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ step: 'month', season: 12, horizon: 3 });
    const output = readOutput(out).rows;
    expect(output.filter((row) => row.series === 'huyện A').map((row) => row.period)).toEqual([
      '2025-01-01',
      '2025-02-01',
      '2025-03-01',
    ]);
    expect(output.filter((row) => row.series === 'huyện B').map((row) => row.period)).toEqual([
      '2024-01-01',
      '2024-02-01',
      '2024-03-01',
    ]);
    const expected = forecastSeries(monthly['huyện B'], { season: 12, horizon: 3 });
    expect(output.filter((row) => row.series === 'huyện B').map((row) => row.model)).toEqual([
      expected.model,
      expected.model,
      expected.model,
    ]);
  });

  it('refuses a gap, a duplicate, a negative count and a bad date with the row and column, writing nothing', () => {
    const good = weeklyRows({ x: seasonalCounts(20, 52, 10, 5) });
    const cases: { name: string; rows: [string, string, number | string][]; message: string }[] = [
      // Row 6 of the data is line 7 of the file (the header is line 1).
      { name: 'gap', rows: good.filter((_, i) => i !== 5), message: 'dòng 7, cột period: thiếu kỳ' },
      {
        name: 'duplicate',
        rows: [...good.slice(0, 6), good[5]!, ...good.slice(6)],
        message: 'dòng 8, cột period: trùng kỳ',
      },
      {
        name: 'negative',
        rows: good.map((row, i): [string, string, number | string] => (i === 3 ? [row[0], row[1], -2] : row)),
        message: 'dòng 5, cột count',
      },
      {
        name: 'bad-date',
        rows: good.map((row, i): [string, string, number | string] =>
          i === 9 ? [row[0], '2022-02-30', 4] : row,
        ),
        message: 'dòng 11, cột period',
      },
    ];
    for (const c of cases) {
      const input = path.join(dir, `${c.name}.csv`);
      const out = path.join(dir, `${c.name}-out.csv`);
      fs.writeFileSync(input, csv(c.rows));
      const r = runAntt(db, ['forecast', 'counts', '--input', input, '--horizon', '4', '--out', out]);
      expect(r.code, c.name).toBe(1);
      expect(r.stderr, c.name).toContain(c.message);
      expect(fs.existsSync(out), c.name).toBe(false);
    }
  });
});
