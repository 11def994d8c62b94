import { CALENDAR_DAY_KINDS, dayFromIso, vnWeekdayName, type CalendarEntryDto } from '@antt/shared';
import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { parseNumberOption } from './day-option.ts';
import { CliRefusal, printResult } from './output.ts';
import { formatTable } from './units.command.ts';

// `antt holidays list | set | clear`: the holiday calendar the legal deadlines are computed on.
// `set` and `clear` act as the operator (an administrator's edit), audited like any write.

const KIND_TEXT: Record<CalendarEntryDto['kind'], string> = {
  day_off: 'nghỉ / day off',
  working_day: 'làm việc / working day',
};

function entryTable(entries: CalendarEntryDto[]): string {
  return formatTable(
    ['date', 'weekday', 'kind', 'origin', 'name'],
    entries.map((e) => [e.date, vnWeekdayName(dayFromIso(e.date)), KIND_TEXT[e.kind], e.origin, e.name]),
  );
}

export const holidayCommands: CommandModule = (program) => {
  const holidays = program
    .command('holidays')
    .description('days off and make-up working days used by legal deadlines (lịch ngày nghỉ)');

  const list = holidays
    .command('list')
    .description('every special day of a year: computed, official (data/holidays) and administrator edits')
    .requiredOption('--year <YYYY>', 'the year');
  list.action(
    runAction(list, async (mode, opts: { year: string }) => {
      const year = parseNumberOption(opts.year, '--year', 1901, 2199);
      if (!Number.isInteger(year)) {
        throw new CliRefusal(
          `--year: "${opts.year}" phải là một năm, ví dụ 2026 / must be a year, e.g. 2026`,
        );
      }
      const result = await withCli(({ services }) => services.holidays.listYear(year));
      printResult(mode, result, (r) =>
        [
          `Năm ${r.year}: thứ Bảy và Chủ nhật là ngày nghỉ trừ khi ghi khác / Saturdays and Sundays are off unless listed`,
          entryTable(r.entries),
        ].join('\n'),
      );
    }),
  );

  const set = holidays
    .command('set')
    .argument('<date>', 'the day, YYYY-MM-DD')
    .description('declare a day a day off or a working day, overriding the computed and official calendar')
    .requiredOption('--kind <kind>', `one of: ${CALENDAR_DAY_KINDS.join(', ')}`)
    .requiredOption('--name <text>', 'what the day is, e.g. "Nghỉ bù Quốc khánh"')
    .requiredOption('--source <text>', 'the decision it rests on, e.g. "Thông báo 9441/TB-BNV"');
  set.action(
    runAction(set, async (mode, date: string, opts: { kind: string; name: string; source: string }) => {
      const entry = await withCli(({ services, actor }) =>
        services.holidays.setDay(actor, {
          date,
          // Checked by the service against the list of kinds, which names a wrong one.
          kind: opts.kind as CalendarEntryDto['kind'],
          name: opts.name,
          source: opts.source,
        }),
      );
      printResult(
        mode,
        entry,
        (e) => `Đã ghi / set ${e.date}: ${KIND_TEXT[e.kind]} — ${e.name} (${e.source})`,
      );
    }),
  );

  const clear = holidays
    .command('clear')
    .argument('<date>', 'the day, YYYY-MM-DD')
    .description("remove an administrator's edit; the official or computed day applies again");
  clear.action(
    runAction(clear, async (mode, date: string) => {
      const result = await withCli(({ services, actor }) => services.holidays.clearDay(actor, date));
      printResult(mode, result, (r) =>
        r.now
          ? `Đã xóa điều chỉnh / edit removed; ${r.date} là / is now: ${KIND_TEXT[r.now.kind]} — ${r.now.name} (${r.now.origin})`
          : `Đã xóa điều chỉnh / edit removed; ${r.date} là ngày bình thường / is an ordinary day`,
      );
    }),
  );
};
