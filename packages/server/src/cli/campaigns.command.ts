import {
  PROJECT06_ELEMENTS,
  type CampaignProgressDto,
  type CampaignStatusDto,
  type CampaignSummary,
  type CampaignVerdict,
} from '@antt/shared';
import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { parseDayOption } from './day-option.ts';
import { printResult } from './output.ts';
import { formatTable } from './units.command.ts';

// `antt campaigns ...`: the campaigns and how each stands (shared/DESIGN.md section 5.4), from
// the same service as the web page: per-unit progress, the projection to the end date with its
// 90 % interval, and the verdict.

const whole = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const count = (v: number | null) => (v === null ? '—' : whole.format(v));
const percent = (share: number | null) => (share === null ? '—' : `${oneDecimal.format(share * 100)} %`);
/** '2026-10-01' → '01/10/2026'. */
const vnDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '—');

const VERDICT_VI: Record<CampaignVerdict, string> = {
  achieved: 'Đã đạt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ không đạt',
  off_track: 'Chậm tiến độ',
  no_target: 'Chưa có chỉ tiêu',
};

const elementName = (code: string) => PROJECT06_ELEMENTS.find((e) => e.code === code)?.nameVi ?? code;

function projectionText(p: CampaignProgressDto['projection']): string {
  return p ? `${count(p.mean)} (${count(p.lo)}–${count(p.hi)})` : '—';
}

function listText(items: CampaignSummary[]): string {
  if (items.length === 0) return 'Chưa có chiến dịch nào / no campaigns';
  return formatTable(
    ['Mã / id', 'Tên chiến dịch', 'Đơn vị', 'Từ ngày', 'Đến ngày', 'Còn (ngày)'],
    items.map((c) => [
      c.id,
      c.nameVi,
      c.unit.name,
      vnDate(c.startDate),
      vnDate(c.endDate),
      String(c.daysLeft),
    ]),
  );
}

function statusText(s: CampaignStatusDto): string {
  const c = s.campaign;
  const lines = [
    c.nameVi,
    `  đơn vị:        ${c.unit.name} (${c.unit.code})`,
    `  thời gian:     ${vnDate(c.startDate)} – ${vnDate(c.endDate)} (${c.daysTotal} ngày), còn ${c.daysLeft} ngày tính từ ${vnDate(s.asOf)}`,
  ];
  s.total.progress.forEach((total, i) => {
    const level = Math.round((total.projection?.level ?? 0.9) * 100);
    lines.push(
      '',
      `${elementName(total.element)} (${total.element})`,
      `  toàn đơn vị:   đạt ${count(total.value)} / chỉ tiêu ${count(total.target)} (${percent(total.share)}), số liệu đến ${vnDate(total.asOf)}`,
      `  dự báo ngày ${vnDate(c.endDate)}: ${projectionText(total.projection)}, khoảng tin cậy ${level} %; nhịp ${oneDecimal.format(total.projection?.perDay ?? 0)}/ngày${total.projection?.requiredPerDay != null ? `, cần ${oneDecimal.format(total.projection.requiredPerDay)}/ngày` : ''}`,
      `  đánh giá:      ${VERDICT_VI[total.verdict]}`,
      '',
      formatTable(
        ['Hạng', 'Mã', 'Đơn vị', 'Đạt', 'Chỉ tiêu', 'Tỷ lệ', `Dự báo cuối kỳ (${level} %)`, 'Đánh giá'],
        [...s.units]
          .sort(
            (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.code.localeCompare(b.unit.code),
          )
          .map((u) => {
            const p = u.progress[i]!;
            return [
              i === 0 && u.rank !== null ? String(u.rank) : '',
              u.unit.code,
              u.unit.name,
              count(p.value),
              count(p.target),
              percent(p.share),
              projectionText(p.projection),
              VERDICT_VI[p.verdict],
            ];
          }),
      ),
    );
  });
  return lines.join('\n');
}

export const campaignCommands: CommandModule = (program) => {
  const campaigns = program
    .command('campaigns')
    .description('campaigns (e.g. a 90-day e-ID peak) and their progress');

  const list = campaigns.command('list').description('the campaigns: ids, names, dates, days left');
  list.action(
    runAction(list, async (mode) => {
      const items = await withCli(({ services, actor }) => services.campaigns.list(actor));
      printResult(mode, { items }, () => listText(items));
    }),
  );

  const status = campaigns
    .command('status')
    .argument('<id>', 'campaign id (from `antt campaigns list`)')
    .option('--as-of <YYYY-MM-DD>', 'the day the status is for (default today in Vietnam)')
    .description(
      'progress per unit and in total, the projection to the end date with its interval, the verdict',
    );
  status.action(
    runAction(status, async (mode, id: string, opts: { asOf?: string }) => {
      if (opts.asOf !== undefined) parseDayOption(opts.asOf, '--as-of');
      const result = await withCli(({ services, actor }) =>
        services.campaigns.status(actor, id, { asOf: opts.asOf?.trim() }),
      );
      printResult(mode, result, () => statusText(result));
    }),
  );
};
