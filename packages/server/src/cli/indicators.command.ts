import type { IndicatorValueDto } from '@antt/shared';
import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { CliUsageError, printResult } from './output.ts';
import { formatTable } from './units.command.ts';

// `antt indicators ...`: the figures of the dashboard at the command line (shared/DESIGN.md
// section 5.5), computed by the same service from the same rollups.

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const show = (v: number | null) => (v === null ? '—' : number.format(v));
const percent = (r: number | null) => (r === null ? '—' : `${r > 0 ? '+' : ''}${number.format(r * 100)} %`);

function human(v: IndicatorValueDto): string {
  const pct = v.indicator.unit === 'percent' ? ' %' : '';
  const lines = [
    `${v.indicator.name} (${v.indicator.code})`,
    `  kỳ / period:            ${v.period.label}`,
    `  đơn vị / unit:          ${v.unit.name} (${v.unit.code}), theo đơn vị hành chính ngày ${v.hierarchyDate}`,
    `  tử số / numerator:      ${show(v.numerator)}`,
    ...(v.denominator === null ? [] : [`  mẫu số / denominator:   ${show(v.denominator)}`]),
    `  giá trị / value:        ${show(v.value)}${pct}`,
  ];
  if (v.samePeriodRef && v.samePeriod) {
    lines.push(
      `  cùng kỳ / same period:  ${show(v.samePeriod.value)}${pct} (${v.samePeriodRef.label})`,
      `  thay đổi / change:      ${show(v.change.absolute)} (${percent(v.change.relative)})${v.judgement ? `, ${v.judgement}` : ''}`,
    );
  }
  if (v.band)
    lines.push(
      `  dải / band:             ${show(v.band.low)} – ${show(v.band.high)}${v.flag ? `  ⚠ ${v.flag}` : ''}`,
    );
  if (v.indicator.target) {
    lines.push(
      `  chỉ tiêu / target:      ${v.indicator.target.op === 'at_least' ? '≥' : '≤'} ${v.indicator.target.value} → ${v.meetsTarget ? 'đạt' : 'chưa đạt'}`,
    );
  }
  if (v.children) {
    lines.push(
      '',
      formatTable(
        ['code', 'name', 'value', 'same period', 'change'],
        v.children.map((c) => [
          c.unit.code,
          c.unit.name,
          show(c.value),
          show(c.samePeriod?.value ?? null),
          show(c.change.absolute),
        ]),
      ),
    );
  }
  return lines.join('\n');
}

export const indicatorCommands: CommandModule = (program) => {
  const indicators = program.command('indicators').description('indicator values, as on the dashboard');

  const list = indicators.command('list').description('the indicator catalogue');
  list.action(
    runAction(list, async (mode) => {
      const items = await withCli(({ services }) => services.indicators.definitions());
      printResult(mode, { items }, () =>
        formatTable(
          ['code', 'name', 'target'],
          items.map((d) => [
            d.code,
            d.nameVi,
            d.target ? `${d.target.op === 'at_least' ? '≥' : '≤'} ${d.target.value}` : '',
          ]),
        ),
      );
    }),
  );

  const target = indicators
    .command('target')
    .argument('<code>', 'indicator code, e.g. clearance_rate')
    .option('--at-least <n>', 'the value must reach at least n')
    .option('--at-most <n>', 'the value must stay at or below n')
    .option('--none', 'the indicator has no target')
    .option('--source <text>', 'where the target comes from (a resolution, a plan)')
    .description("set an indicator's target (kept in the audit log)");
  target.action(
    runAction(
      target,
      async (
        mode,
        code: string,
        opts: { atLeast?: string; atMost?: string; none?: boolean; source?: string },
      ) => {
        const given = [opts.atLeast, opts.atMost, opts.none].filter((v) => v !== undefined);
        if (given.length !== 1)
          throw new CliUsageError('give exactly one of --at-least, --at-most or --none');
        const number = Number(opts.atLeast ?? opts.atMost);
        if (!opts.none && !Number.isFinite(number)) throw new CliUsageError('the target must be a number');
        const saved = await withCli(async ({ services }) => {
          const def = await services.indicators.definition(code);
          return services.indicators.setDefinition({ kind: 'cli', label: 'indicators' }, code, {
            ...def,
            target: opts.none
              ? null
              : { op: opts.atLeast !== undefined ? 'at_least' : 'at_most', value: number },
            targetSource: opts.none ? null : (opts.source ?? def.targetSource),
          });
        });
        printResult(mode, saved, () =>
          saved.target
            ? `${saved.code}: chỉ tiêu ${saved.target.op === 'at_least' ? '≥' : '≤'} ${saved.target.value}${saved.targetSource ? ` (${saved.targetSource})` : ''}`
            : `${saved.code}: không có chỉ tiêu / no target`,
        );
      },
    ),
  );

  const value = indicators
    .command('value')
    .argument('<code>', 'indicator code, e.g. clearance_rate')
    .requiredOption('--period <period>', 'e.g. 2025, bc:2025-Q1, r28:2025-03-14, term:2020-2025')
    .requiredOption('--unit <code>', 'administrative unit code, e.g. 92')
    .option('--hierarchy-date <YYYY-MM-DD>', 'whose units the figure is for (default today)')
    .option('--children', 'also give the figure of each unit directly under it')
    .description('one indicator for a period and a unit, with the same period last year');
  value.action(
    runAction(
      value,
      async (
        mode,
        code: string,
        opts: { period: string; unit: string; hierarchyDate?: string; children?: boolean },
      ) => {
        const result = await withCli(({ services }) =>
          services.indicators.value({ kind: 'cli', label: 'indicators' }, code, {
            period: opts.period,
            unit: opts.unit,
            hierarchyDate: opts.hierarchyDate,
            breakdown: opts.children ? 'children' : undefined,
          }),
        );
        printResult(mode, result, () => human(result));
      },
    ),
  );
};
