import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { printResult } from './output.ts';

// `antt tips scan-deadlines`: one run of the deadline scan the server makes every 10 minutes
// (due-soon and overdue alerts to assignees and leaders, with their outbox rows). Safe to run
// any number of times: an alert is made once per tip, kind and last day.

export const tipScanCommands: CommandModule = (program) => {
  const tips =
    program.commands.find((c) => c.name() === 'tips') ??
    program.command('tips').description('tố giác, tin báo về tội phạm (crime tips)');
  const scan = tips
    .command('scan-deadlines')
    .description(
      'create the due-soon and overdue alerts of every open tip (the server does this every 10 minutes)',
    );
  scan.action(
    runAction(scan, async (mode) => {
      const report = await withCli(({ services }) => services.tips.alerts.scanDeadlines());
      printResult(
        mode,
        report,
        (r) =>
          `Tin báo sắp đến hạn hoặc quá hạn / tips due soon or overdue: ${r.tipsDue}\n` +
          `Cảnh báo mới / new alerts: ${r.alertsCreated}; thư chờ gửi / notifications queued: ${r.notificationsQueued}`,
      );
    }),
  );
};
