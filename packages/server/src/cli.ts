import { Command, CommanderError } from 'commander';
import { auditCommands } from './cli/audit.command.ts';
import { campaignCommands } from './cli/campaigns.command.ts';
import { forecastCommands } from './cli/forecast.command.ts';
import { holidayCommands } from './cli/holidays.command.ts';
import { importCommands } from './cli/import.command.ts';
import { incidentCommands } from './cli/incidents.command.ts';
import { indicatorCommands } from './cli/indicators.command.ts';
import { migrateCommand } from './cli/migrate.command.ts';
import { open311Commands } from './cli/open311.command.ts';
import { rollupCommands } from './cli/rollups.command.ts';
import { EXIT_USAGE } from './cli/output.ts';
import { reportCommands } from './cli/report.command.ts';
import { seedCommand } from './cli/seed.command.ts';
import { serveCommand } from './cli/serve.command.ts';
import { targetCommands } from './cli/targets.command.ts';
import { tipCommands } from './cli/tips.command.ts';
import { tipScanCommands } from './cli/tip-scan.command.ts';
import { unitCommands } from './cli/units.command.ts';
import { userCommands } from './cli/user.command.ts';
import { vaultCommands } from './cli/vault.command.ts';
import { APP_VERSION } from './version.ts';

// `antt` — the command line of the platform. Same configuration as the server (DATABASE_URL ...).
export function buildProgram(): Command {
  const program = new Command('antt')
    .description('ANTT — public security and order platform (an ninh, trật tự)')
    .version(APP_VERSION)
    .option('--json', 'print machine-readable JSON instead of text')
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    serveCommand,
    migrateCommand,
    seedCommand,
    importCommands,
    unitCommands,
    userCommands,
    auditCommands,
    tipCommands,
    tipScanCommands,
    holidayCommands,
    vaultCommands,
    open311Commands,
    indicatorCommands,
    campaignCommands,
    targetCommands,
    reportCommands,
    incidentCommands,
    rollupCommands,
    forecastCommands,
  ]) {
    register(program);
  }
  return program;
}

export async function runCli(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; everything else commander rejects is a usage error.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    throw error;
  }
}
