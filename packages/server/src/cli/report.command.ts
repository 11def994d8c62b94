import { REPORT_TYPES, type ReportDto } from '@antt/shared';
import { Option } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { CliRefusal, printResult, type OutputMode } from './output.ts';
import { progressBar } from './progress.ts';

// `antt report generate`: a periodic report (shared/DESIGN.md section 5.6) generated from the
// indicator engine and stored, written as a Decree 30 Word document and, asked for, its XLSX
// appendix — the same service as the API.

type GenerateOptions = {
  type: string;
  unit: string;
  from: string;
  to: string;
  out: string;
  xlsx?: string;
  hierarchyDate?: string;
  header?: string;
};

/** The header fields to set instead of the defaults, from a JSON file (signer, number, recipients …). */
function headerOverrides(file: string | undefined): unknown {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliRefusal(`--header: không đọc được tệp / cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new CliRefusal(`--header: ${file} không phải JSON / is not JSON`);
  }
}

/** Progress for people on stderr: a bar while the indicators are read, then each step. */
function steps(mode: OutputMode) {
  const say = (text: string) => {
    if (!mode.json) process.stderr.write(`${text}\n`);
  };
  return { bar: progressBar(mode, 'chỉ tiêu / indicators'), say };
}

function summaryText(report: ReportDto, files: string[]): string {
  return [
    `Đã lập báo cáo ${report.id} / report generated`,
    `  ${report.header.documentType} ${report.header.summary}`,
    `  đơn vị: ${report.unit.name} (${report.unit.code}), địa giới ngày ${report.hierarchyDate}`,
    `  số liệu: ${report.figures.length} con số từ hệ thống chỉ tiêu / numbers from the indicator engine`,
    ...files.map((f) => `  tệp / file: ${f}`),
  ].join('\n');
}

export const reportCommands: CommandModule = (program) => {
  const report = program
    .command('report')
    .description('periodic reports in the format of Decree 30/2020/NĐ-CP');

  const generate = report
    .command('generate')
    .description(
      'generate a report from the indicators and targets of a unit, and write it as .docx (and .xlsx)',
    )
    .addOption(new Option('--type <type>', 'report type').choices([...REPORT_TYPES]).makeOptionMandatory())
    .requiredOption('--unit <code>', 'administrative unit code (e.g. 92)')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .requiredOption('--out <file>', 'the Word document to write (.docx)')
    .option('--xlsx <file>', 'also write the XLSX appendix with every table')
    .option('--hierarchy-date <date>', 'whose units the figures are given for (default today)')
    .option(
      '--header <file.json>',
      'header fields instead of the defaults: parentBody, issuingBody, number, symbol, place, date, title, summary, recipients, filing, signer {authority, title, name}',
    );
  generate.action(
    runAction(generate, async (mode) => {
      const o = generate.opts<GenerateOptions>();
      const header = headerOverrides(o.header);
      const { bar, say } = steps(mode);
      const result = await withCli(async ({ services, actor }) => {
        say('Đang đọc số liệu các chỉ tiêu / reading the indicators…');
        let created: ReportDto;
        try {
          created = await services.reports.generate(
            actor,
            { type: o.type, unit: o.unit, from: o.from, to: o.to, hierarchyDate: o.hierarchyDate, header },
            (done, total) => bar.update(done, total),
          );
        } finally {
          bar.stop();
        }
        say('Đang dựng văn bản Word / writing the Word document…');
        const docx = await services.reports.renderDocx(actor, created.id);
        fs.mkdirSync(path.dirname(path.resolve(o.out)), { recursive: true });
        fs.writeFileSync(o.out, docx.content);
        const files = [path.resolve(o.out)];
        if (o.xlsx) {
          say('Đang ghi phụ lục XLSX / writing the XLSX appendix…');
          const xlsx = await services.reports.renderXlsx(actor, created.id);
          fs.mkdirSync(path.dirname(path.resolve(o.xlsx)), { recursive: true });
          fs.writeFileSync(o.xlsx, xlsx.content);
          files.push(path.resolve(o.xlsx));
        }
        return { report: created, files };
      });
      printResult(
        mode,
        {
          id: result.report.id,
          files: result.files,
          header: result.report.header,
          figures: result.report.figures,
        },
        () => summaryText(result.report, result.files),
      );
    }),
  );
};
