import {
  DEFAULT_DEADLINE_RULES,
  explainDeadline,
  expiryOfLastDay,
  formatLimit,
  isoFromDay,
  parseLimit,
  vnInstantText,
  type DayDeadline,
  type DeadlineRules,
  type TimeLimit,
} from '@antt/shared';
import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { parseDayOption } from './day-option.ts';
import { CliRefusal, printResult } from './output.ts';

// `antt tips deadline`: the last day of a legal time limit (BLTTHS 2015 art. 134) on the
// holiday calendar of this installation (computed, official and administrator's days), with
// the two readings of art. 134 as switches (packages/shared/src/legal/deadline-rules.ts).

type DeadlineOptions = {
  received: string;
  limit: string;
  dayOffRuleForDays?: string;
  receiptDayCounts?: string;
};

function parseSwitch(value: string | undefined, flag: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const v = value.trim().toLowerCase();
  if (v === 'on') return true;
  if (v === 'off') return false;
  throw new CliRefusal(`${flag}: "${value}" phải là on hoặc off / must be on or off`);
}

function parseLimitOption(value: string): TimeLimit {
  let limit: TimeLimit;
  try {
    limit = parseLimit(value);
  } catch {
    throw new CliRefusal(
      `--limit: "${value}" không phải thời hạn (ví dụ 20d, 2m) / is not a time limit (e.g. 20d, 2m)`,
    );
  }
  if (limit.unit === 'hour') {
    throw new CliRefusal(
      '--limit: hạn tính theo giờ chạy từ thời điểm tiếp nhận, không theo ngày; dùng d hoặc m / an hour limit runs from the instant of receipt; give days (d) or months (m)',
    );
  }
  return limit;
}

export function presentDeadline(d: DayDeadline) {
  return {
    received: isoFromDay(d.startDay),
    limit: formatLimit(d.limit),
    rules: d.rules,
    countedLastDay: isoFromDay(d.countedLastDay),
    lastDay: isoFromDay(d.lastDay),
    expiresAt: vnInstantText(expiryOfLastDay(d.lastDay)),
    moved: d.lastDay !== d.countedLastDay,
    skippedDaysOff: d.skippedDaysOff.map((s) => ({ date: isoFromDay(s.day), reason: s.reason })),
    explanation: explainDeadline(d),
  };
}

export const tipCommands: CommandModule = (program) => {
  const tips = program.command('tips').description('tố giác, tin báo về tội phạm (crime tips)');
  const deadline = tips
    .command('deadline')
    .description('the last day of a legal time limit (BLTTHS 2015 art. 134) on the holiday calendar')
    .requiredOption('--received <YYYY-MM-DD>', 'the day the tip was received (the event the limit runs from)')
    .requiredOption('--limit <20d|2m|1m>', 'the limit: N days (d) or N months (m)')
    .option(
      '--day-off-rule-for-days <on|off>',
      `move a day limit that ends on a day off to the next working day (default ${DEFAULT_DEADLINE_RULES.dayOffRuleForDayLimits ? 'on' : 'off'})`,
    )
    .option(
      '--receipt-day-counts <on|off>',
      `count the day of receipt as day 1 of a day limit (default ${DEFAULT_DEADLINE_RULES.receiptDayCountsAsDayOne ? 'on' : 'off'})`,
    );
  deadline.action(
    runAction(deadline, async (mode, opts: DeadlineOptions) => {
      const startDay = parseDayOption(opts.received, '--received');
      const limit = parseLimitOption(opts.limit);
      const rules: DeadlineRules = {
        dayOffRuleForDayLimits: parseSwitch(
          opts.dayOffRuleForDays,
          '--day-off-rule-for-days',
          DEFAULT_DEADLINE_RULES.dayOffRuleForDayLimits,
        ),
        receiptDayCountsAsDayOne: parseSwitch(
          opts.receiptDayCounts,
          '--receipt-day-counts',
          DEFAULT_DEADLINE_RULES.receiptDayCountsAsDayOne,
        ),
      };
      const result = await withCli(({ services }) => services.holidays.deadline(startDay, limit, rules));
      printResult(mode, presentDeadline(result), (r) => `${r.lastDay}\n${r.explanation}`);
    }),
  );
};
