import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { EXIT_REFUSED, printResult } from './output.ts';
import { progressBar } from './progress.ts';

export const auditCommands: CommandModule = (program) => {
  const audit = program.command('audit').description('the hash-chained audit log');
  const verify = audit
    .command('verify')
    .description('check every row of the audit chain; reports the first broken row');
  verify.action(
    runAction(verify, async (mode) => {
      const result = await withCli(async ({ services }) => {
        const bar = progressBar(mode, 'audit rows');
        try {
          return await services.audit.verify((done, total) => bar.update(done, total));
        } finally {
          bar.stop();
        }
      });
      printResult(mode, result, (r) =>
        r.ok
          ? `Audit chain intact: ${r.rows} row(s) verified.`
          : `AUDIT CHAIN BROKEN at row ${r.brokenSeq}: ${r.reason} (${r.rows} row(s) verified before it).`,
      );
      return result.ok ? 0 : EXIT_REFUSED;
    }),
  );
};
