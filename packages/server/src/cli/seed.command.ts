import { AppMetaRepository } from '../repositories/app-meta.repository.ts';
import { seedDemo } from '../seed/demo.ts';
import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { CliRefusal, CliUsageError, printResult } from './output.ts';

export const seedCommand: CommandModule = (program) => {
  const cmd = program
    .command('seed')
    .description('load the demo province (units, police units, demo accounts) into an empty database')
    .option('--demo', 'the demo data set (required: the only data set so far)');
  cmd.action(
    runAction(cmd, async (mode, opts: { demo?: boolean }) => {
      if (!opts.demo) throw new CliUsageError('say which data set: --demo');
      const report = await withCli(async ({ services, database }) => {
        if (!(await new AppMetaRepository(database.db).isUnconfigured())) {
          throw new CliRefusal(
            'Cơ sở dữ liệu đã có dữ liệu; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống / the database is not empty: the demo seed only goes into an empty database',
          );
        }
        return seedDemo(services, (step) => {
          if (!mode.json) process.stderr.write(`· ${step}\n`);
        });
      });
      printResult(
        mode,
        report,
        (r) =>
          `Demo data loaded: ${r.policeUnits} police units, ${r.accounts} demo accounts (${(r.ms / 1000).toFixed(1)} s).`,
      );
    }),
  );
};
