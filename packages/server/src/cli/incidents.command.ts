import type { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { renderIncidentTemplate } from '../services/incident-sheet.ts';
import { runAction, type CommandModule } from './command.ts';
import { CliUsageError, printResult } from './output.ts';

// `antt incidents ...`: the incident register at the command line. `template` writes the
// import template (XLSX with the examples and the "Hướng dẫn" sheet, or the example CSV).

function templateCommand(parent: Command): void {
  const cmd = parent
    .command('template')
    .description('write the incident import template: XLSX (examples and a guide sheet) or CSV')
    .requiredOption('--out <FILE>', 'where to write it; the format follows the extension, .xlsx or .csv');
  cmd.action(
    runAction(cmd, async (mode, opts: { out: string }) => {
      const ext = path.extname(opts.out).toLowerCase();
      if (ext !== '.xlsx' && ext !== '.csv') throw new CliUsageError('--out must end in .xlsx or .csv');
      const format = ext === '.xlsx' ? 'xlsx' : 'csv';
      const bytes = await renderIncidentTemplate(format);
      const out = path.resolve(opts.out);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, bytes);
      printResult(
        mode,
        { file: out, format, bytes: bytes.length },
        (r) => `Đã ghi mẫu nhập vụ việc / template written: ${r.file}`,
      );
    }),
  );
}

export const incidentCommands: CommandModule = (program) => {
  const incidents = program.command('incidents').description('the incident register (template ...)');
  templateCommand(incidents);
};
