import fs from 'node:fs';
import path from 'node:path';
import type { DataValueImportReport } from '../services/data-value.service.ts';
import { runAction } from './command.ts';
import { withCli } from './context.ts';
import type { ImportSubcommand } from './import.command.ts';
import { CliRefusal, EXIT_DONE, EXIT_REFUSED, printResult } from './output.ts';
import { progressBar } from './progress.ts';

// `antt import datavalues FILE.csv|xlsx [--dry-run]`: reported figures of a data set (Project 06)
// from a spreadsheet, long (ma_don_vi,ky,ma_chi_so,gia_tri,ghi_chu) or wide (one column per
// element code). The same rules as the entry grid; all values or none. Exit 0 when done (or a
// clean dry run), 1 when any row is bad — then nothing is written.

/** Problems listed in the text report; the JSON report lists them all. */
const LISTED_PROBLEMS = 1_000;

function describeReport(r: DataValueImportReport): string {
  const layout = r.layout === 'long' ? 'dạng dọc / long' : 'dạng ngang / wide';
  const lines = [
    `${r.fileName} (${r.format.toUpperCase()}, ${layout}): ${r.rows} dòng / rows, ${r.values} số liệu / values`,
  ];
  const counts = `${r.saved} ghi / saved, ${r.unchanged} không đổi / unchanged`;
  if (r.problems.length > 0) {
    lines.push(
      `${new Set(r.problems.map((p) => p.row)).size} dòng lỗi, không nhập dòng nào / rows with problems, nothing imported:`,
    );
    for (const p of r.problems.slice(0, LISTED_PROBLEMS))
      lines.push(
        p.column ? `  dòng ${p.row}, cột ${p.column}: ${p.message}` : `  dòng ${p.row}: ${p.message}`,
      );
    if (r.problems.length > LISTED_PROBLEMS)
      lines.push(
        `  … và ${r.problems.length - LISTED_PROBLEMS} lỗi nữa / and ${r.problems.length - LISTED_PROBLEMS} more`,
      );
  } else if (r.dryRun) {
    lines.push(`Chạy thử, chưa ghi gì / dry run, nothing written — sẽ / would be: ${counts}`);
    lines.push('Không có lỗi; bỏ --dry-run để nhập / no problems: run again without --dry-run to import');
  } else {
    lines.push(`Đã nhập / imported: ${counts}`);
  }
  return lines.join('\n');
}

export const importDataValues: ImportSubcommand = (parent) => {
  const cmd = parent
    .command('datavalues')
    .argument(
      '<FILE>',
      'a CSV or XLSX file: ma_don_vi,ky,ma_chi_so,gia_tri,ghi_chu (or one column per element)',
    )
    .description('import reported data values (Project 06 …), all rows or none, with the entry grid’s rules')
    .option('--dry-run', 'check every row and list the bad ones; write nothing');
  cmd.action(
    runAction(cmd, async (mode, file: string, opts: { dryRun?: boolean }) => {
      const resolved = path.resolve(file);
      if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile())
        throw new CliRefusal(`Không có tệp / no such file: ${file}`);
      const bytes = fs.readFileSync(resolved);
      const bar = progressBar(mode, 'số liệu / values');
      const report = await withCli(({ services, actor }) =>
        services.dataValues.importFile(
          actor,
          { name: path.basename(resolved), bytes },
          { dryRun: Boolean(opts.dryRun), onProgress: (done, total) => bar.update(done, total) },
        ),
      ).finally(() => bar.stop());
      printResult(mode, report, describeReport);
      return report.problems.length > 0 ? EXIT_REFUSED : EXIT_DONE;
    }),
  );
};
