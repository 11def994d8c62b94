import { INCIDENT_IMPORT_LIMITS, type IncidentImportProblem, type IncidentImportReport } from '@antt/shared';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../errors/domain-error.ts';
import { runAction } from './command.ts';
import { withCli } from './context.ts';
import type { ImportSubcommand } from './import.command.ts';
import { CliRefusal, EXIT_DONE, EXIT_REFUSED, printResult } from './output.ts';
import { progressBar } from './progress.ts';

// `antt import incidents FILE [--dry-run]`: the incident register's spreadsheet import
// (shared/DESIGN.md section 5.3). A dry run lists every bad row and writes nothing; a real run
// writes all rows or none. Exit 0 when done (or a clean dry run), 1 when any row is bad.

/** "dòng 7, cột ma_xa: …" — the row as the spreadsheet numbers it, the column by its key. */
export function describeProblem(p: IncidentImportProblem): string {
  return p.column ? `dòng ${p.row}, cột ${p.column}: ${p.message}` : `dòng ${p.row}: ${p.message}`;
}

function describeReport(r: IncidentImportReport): string {
  const counts = `${r.added} thêm mới / added, ${r.updated} cập nhật / updated, ${r.skipped} bỏ qua vì không đổi / skipped (unchanged)`;
  const lines = [`${r.fileName}: ${r.rows} dòng / rows`];
  if (r.dryRun) lines.push(`Chạy thử, chưa ghi gì / dry run, nothing written — dòng hợp lệ sẽ: ${counts}`);
  else if (r.problems.length === 0) lines.push(`Đã nhập / imported: ${counts}`);
  if (r.problems.length > 0) {
    // The header counts as a row too; beyond the listed problems the counts tell the rest.
    const bad = Math.max(
      new Set(r.problems.map((p) => p.row)).size,
      r.rows - r.added - r.updated - r.skipped,
    );
    lines.push(`${bad} dòng lỗi / rows with problems:`);
    lines.push(...r.problems.map((p) => `  ${describeProblem(p)}`));
    if (r.problemsTruncated)
      lines.push(
        `  … chỉ liệt kê ${INCIDENT_IMPORT_LIMITS.reportedProblems} lỗi đầu / only the first ${INCIDENT_IMPORT_LIMITS.reportedProblems} problems are listed`,
      );
  } else if (r.dryRun) {
    lines.push('Không có lỗi; bỏ --dry-run để nhập / no problems: run again without --dry-run to import');
  }
  return lines.join('\n');
}

export const importIncidents: ImportSubcommand = (parent) => {
  const cmd = parent
    .command('incidents')
    .argument('<FILE>', 'an XLSX or CSV file in the layout of the template (antt incidents template)')
    .description('import incidents from a spreadsheet, all rows or none (updates by ma_tham_chieu)')
    .option('--dry-run', 'check every row and list the bad ones; write nothing');
  cmd.action(
    runAction(cmd, async (mode, file: string, opts: { dryRun?: boolean }) => {
      const resolved = path.resolve(file);
      if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile())
        throw new CliRefusal(`Không có tệp / no such file: ${file}`);
      const bytes = fs.readFileSync(resolved);
      const bar = progressBar(mode, 'dòng / rows');
      const outcome = await withCli(async ({ services, actor }) => {
        try {
          const report = await services.incidents.imports.run(
            actor,
            { name: path.basename(resolved), bytes },
            {
              dryRun: Boolean(opts.dryRun),
              onProgress: (p) => {
                if (p.phase !== 'reading') bar.update(p.done, p.total);
              },
            },
          );
          return { report, refusal: null };
        } catch (error) {
          if (error instanceof DomainError && error.code === 'import_rejected')
            return { report: error.details as IncidentImportReport, refusal: error.message };
          throw error;
        }
      }).finally(() => bar.stop());
      if (outcome.refusal !== null) {
        if (mode.json) {
          printResult(
            mode,
            { error: { code: 'import_rejected', message: outcome.refusal, details: outcome.report } },
            () => '',
          );
        } else {
          process.stderr.write(`antt: ${outcome.refusal}\n`);
          printResult(mode, outcome.report, describeReport);
        }
        return EXIT_REFUSED;
      }
      printResult(mode, outcome.report, describeReport);
      return outcome.report.problems.length > 0 ? EXIT_REFUSED : EXIT_DONE;
    }),
  );
};
