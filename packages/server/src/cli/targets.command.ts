import type { TargetDto, TargetStatus } from '@antt/shared';
import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { printResult } from './output.ts';
import { formatTable } from './units.command.ts';

// `antt targets ...`: a resolution's targets and how each stands (shared/DESIGN.md section 5.6),
// from the same service as the API: the value so far, what the rest of the term needs, the best
// reporting year, and the status with its reason.

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const show = (v: number | null) => (v === null ? '—' : number.format(v));
/** '2026-10-01' → '01/10/2026'. */
const vnDate = (iso: string) => iso.split('-').reverse().join('/');

export const STATUS_VI: Record<TargetStatus, string> = {
  achieved: 'Đã đạt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ không đạt',
  off_track: 'Không đạt',
  not_started: 'Chưa bắt đầu',
  no_data: 'Chưa có số liệu',
};

const DIRECTION_VI: Record<TargetDto['direction'], string> = {
  at_least: '≥',
  at_most: '≤',
  reduce_by_percent: 'giảm',
};

/** The target as written: "≥ 75 %", "≤ 120", "giảm 5 % so với bc:2020". */
function targetText(t: TargetDto): string {
  if (t.direction === 'reduce_by_percent')
    return `giảm ${show(t.targetValue)} % so với ${t.baseline?.period.code ?? '—'}`;
  return `${DIRECTION_VI[t.direction]} ${show(t.targetValue)}${t.indicator.unit === 'percent' ? ' %' : ''}`;
}

function withUnit(t: TargetDto, v: number | null): string {
  if (v === null) return '—';
  return t.progress.paceUnit === 'rate' ? `${show(v)} %` : `${show(v)}/năm`;
}

function listText(items: TargetDto[]): string {
  if (items.length === 0) return 'Chưa có chỉ tiêu nào / no targets';
  return formatTable(
    ['Mã / id', 'Chỉ tiêu', 'Đơn vị', 'Nhiệm kỳ', 'Mức', 'Đến nay', 'Cần cho phần còn lại', 'Đánh giá'],
    items.map((t) => [
      t.id,
      t.indicator.code,
      t.unit.code,
      t.term.code,
      targetText(t),
      t.progress.paceUnit === 'rate' ? withUnit(t, t.progress.valueSoFar) : show(t.progress.valueSoFar),
      withUnit(t, t.progress.requiredPace),
      STATUS_VI[t.progress.status],
    ]),
  );
}

function statusText(t: TargetDto): string {
  const p = t.progress;
  const lines = [
    t.name ?? `${t.indicator.name} ${targetText(t)}`,
    `  chỉ tiêu:       ${t.indicator.name} (${t.indicator.code}) ${targetText(t)}`,
    ...(t.source ? [`  nguồn:          ${t.source}`] : []),
    `  đơn vị:         ${t.unit.name} (${t.unit.code})`,
    `  nhiệm kỳ:       ${t.term.label}, ${show(t.term.days)} ngày; năm báo cáo ${t.term.reportingYears.map((y) => y.code.slice(3)).join(', ')}`,
    ...(t.baseline
      ? [
          `  mốc so sánh:    ${p.paceUnit === 'rate' ? withUnit(t, t.baseline.value) : show(t.baseline.value)} (${t.baseline.period.label})`,
        ]
      : []),
    `  đã qua:         ${show(p.elapsedDays)} ngày (${show(p.elapsedShare * 100)} %), còn ${show(p.remainingDays)} ngày, số liệu đến ${vnDate(p.asOf)}`,
    `  đến nay:        ${p.paceUnit === 'rate' ? withUnit(t, p.valueSoFar) : show(p.valueSoFar)}${p.denominatorSoFar !== null ? ` (${show(p.numeratorSoFar)}/${show(p.denominatorSoFar)})` : ''}`,
    `  mức cả kỳ:      ${p.sense === 'at_least' ? '≥' : '≤'} ${p.paceUnit === 'rate' ? withUnit(t, p.level) : `${show(p.level)} (${withUnit(t, p.levelPace)})`}`,
    `  cần phần còn lại: ${withUnit(t, p.requiredPace)}${p.requiredValueForRest !== null && p.paceUnit !== 'rate' ? ` (${show(p.requiredValueForRest)} trong ${show(p.remainingDays)} ngày)` : ''}`,
    `  tốt nhất:       ${p.bestComparable ? `${withUnit(t, p.bestComparable.pace)} (${p.bestComparable.period.label})` : '—'}`,
    `  đánh giá:       ${STATUS_VI[p.status]}`,
    `  lý do:          ${p.reasonVi}`,
  ];
  if (p.comparable.length > 0) {
    lines.push(
      '',
      formatTable(
        ['Năm báo cáo', 'Giá trị', 'Nhịp'],
        p.comparable.map((c) => [
          c.period.code,
          p.paceUnit === 'rate' ? withUnit(t, c.value) : show(c.value),
          withUnit(t, c.pace),
        ]),
      ),
    );
  }
  return lines.join('\n');
}

export const targetCommands: CommandModule = (program) => {
  const targets = program
    .command('targets')
    .description("a resolution's targets over a term and how each stands");

  const list = targets
    .command('list')
    .description(
      'the targets: ids, indicators, units, terms, the value so far, what the rest needs, the status',
    );
  list.action(
    runAction(list, async (mode) => {
      const items = await withCli(({ services, actor }) => services.targets.list(actor));
      printResult(mode, { items }, () => listText(items));
    }),
  );

  const status = targets
    .command('status')
    .argument('<id>', 'target id (from `antt targets list`)')
    .description(
      'one target: the value so far, the pace the rest of the term needs, the best reporting year, the status and why',
    );
  status.action(
    runAction(status, async (mode, id: string) => {
      const result = await withCli(({ services, actor }) => services.targets.get(actor, id));
      printResult(mode, result, () => statusText(result));
    }),
  );
};
