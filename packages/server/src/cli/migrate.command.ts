import { migrateToLatest } from '../db/migrate.ts';
import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { printResult } from './output.ts';

export const migrateCommand: CommandModule = (program) => {
  const cmd = program
    .command('migrate')
    .description('bring the database schema up to date (safe to run again)');
  cmd.action(
    runAction(cmd, async (mode) => {
      const report = await withCli(({ database }) => migrateToLatest(database), { migrate: false });
      printResult(mode, report, (r) =>
        r.applied.length
          ? `Applied ${r.applied.length} migration(s): ${r.applied.join(', ')}`
          : `Schema is up to date (${r.alreadyApplied} migration(s) already applied).`,
      );
    }),
  );
};
