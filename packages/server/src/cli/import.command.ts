import type { Command } from 'commander';
import { Option } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import type { BoundaryImportReport } from '../services/boundary.service.ts';
import type { UnitImportReport } from '../services/unit-import.service.ts';
import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { importDataValues } from './import-datavalues.command.ts';
import { importIncidents } from './import-incidents.command.ts';
import { parseDayOption } from './day-option.ts';
import { CliRefusal, CliUsageError, printResult, type OutputMode } from './output.ts';
import { progressBar } from './progress.ts';

// `antt import ...`: load data into the database. Each kind of data is one subcommand added by
// a registrar in IMPORT_SUBCOMMANDS, so a new import (incidents, data values ...) is one more
// function in that list.

export type ImportSubcommand = (importCommand: Command) => void;

/** Largest GeoJSON file read into memory: the shipped files are well under 1 MB. */
const MAX_GEOJSON_BYTES = 200 * 1024 * 1024;

function provincesOption(cmd: Command): Command {
  return cmd.option(
    '--province <code...>',
    'only these provinces (2-digit codes of either era), e.g. --province 92 93 94',
  );
}

function withProgress<T>(
  mode: OutputMode,
  label: string,
  run: (onProgress: (done: number, total: number) => void) => Promise<T>,
): Promise<T> {
  const bar = progressBar(mode, label);
  return run((done, total) => bar.update(done, total)).finally(() => bar.stop());
}

function describeUnitImport(r: UnitImportReport): string {
  const c = (x: { inserted: number; updated: number; unchanged: number }) =>
    `${x.inserted} mới / new, ${x.updated} cập nhật / updated, ${x.unchanged} không đổi / unchanged`;
  const lines = [
    `Đơn vị hành chính / units: ${c(r.units)}`,
    ...Object.entries(r.units.byValidFrom)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([from, n]) =>
          `  từ / from ${from}: ${n.province} tỉnh / provinces, ${n.district} huyện / districts, ${n.commune} xã / communes`,
      ),
    `Kế thừa / successions: ${c(r.successions)}${r.successions.skipped ? `, ${r.successions.skipped} ngoài phạm vi / out of scope` : ''}`,
    `Dân số / populations: ${c(r.populations)}${r.populations.skipped ? `, ${r.populations.skipped} bỏ qua / skipped` : ''}`,
    `Ranh giới / boundaries (${r.boundaries.files} tệp / files): ${c(r.boundaries)}${r.boundaries.unmatched ? `, ${r.boundaries.unmatched} không khớp / unmatched` : ''}`,
    ...r.notes.map((n) => `  · ${n}`),
    r.changed
      ? `Xong trong / done in ${(r.ms / 1000).toFixed(1)} s.`
      : `Không có gì thay đổi / nothing changed (${(r.ms / 1000).toFixed(1)} s).`,
  ];
  return lines.join('\n');
}

function describeBoundaryImport(r: BoundaryImportReport): string {
  return [
    `${r.features} đối tượng / features → ${r.units} đơn vị / units: ${r.inserted} mới / new, ${r.updated} cập nhật / updated, ${r.unchanged} không đổi / unchanged` +
      (r.skipped ? `, ${r.skipped} ngoài phạm vi / out of scope` : ''),
    ...(r.unmatched.length ? [`${r.unmatched.length} không khớp đơn vị nào / unmatched:`] : []),
    ...r.unmatched.map((u) => `  · feature ${u.feature}${u.code ? ` (${u.code})` : ''}: ${u.reason}`),
  ].join('\n');
}

const importUnits: ImportSubcommand = (parent) => {
  const cmd = provincesOption(
    parent
      .command('units')
      .description(
        'load the shipped administrative units, successions, populations and boundaries (data/; safe to run again)',
      )
      .option('--dir <DIR>', 'data directory holding units/ and geo/ (default: data/ of the repository)')
      .option('--no-boundaries', 'skip the boundaries listed in geo/boundaries.json'),
  );
  cmd.action(
    runAction(cmd, async (mode, opts: { dir?: string; province?: string[]; boundaries: boolean }) => {
      const report = await withCli(({ services, actor }) =>
        withProgress(mode, 'rows', (onProgress) =>
          services.unitImport.importShipped(actor, {
            dir: opts.dir ? path.resolve(opts.dir) : undefined,
            provinces: opts.province,
            boundaries: opts.boundaries,
            onProgress,
          }),
        ),
      );
      printResult(mode, report, describeUnitImport);
    }),
  );
};

const importBoundaries: ImportSubcommand = (parent) => {
  const cmd = provincesOption(
    parent
      .command('boundaries')
      .argument(
        '[FILE]',
        'a GeoJSON FeatureCollection; without it, the shipped boundaries (data/geo/) are loaded',
      )
      .description('load unit boundaries: a GeoJSON file for one level and date, or the shipped ones')
      .addOption(
        new Option('--level <level>', 'the level of the file’s units').choices(['commune', 'district']),
      )
      .option(
        '--valid-from <YYYY-MM-DD>',
        'the date on which the file’s codes are read (a code names a unit only with a date)',
      )
      .option(
        '--code-property <name>',
        'the feature property holding the unit code (default: code, commune_code, level3_id ...)',
      )
      .option('--source <text>', 'where the polygons come from (kept with each boundary)')
      .option('--approximate', 'mark the polygons as approximate (not legal boundaries)')
      .option('--dir <DIR>', 'data directory for the shipped boundaries (default: data/)'),
  );
  cmd.action(
    runAction(
      cmd,
      async (
        mode,
        file: string | undefined,
        opts: {
          level?: 'commune' | 'district';
          validFrom?: string;
          codeProperty?: string;
          source?: string;
          approximate?: boolean;
          dir?: string;
          province?: string[];
        },
      ) => {
        if (!file) {
          const report = await withCli(({ services, actor }) =>
            withProgress(mode, 'features', (onProgress) =>
              services.unitImport.importShippedBoundaries(actor, {
                dir: opts.dir ? path.resolve(opts.dir) : undefined,
                provinces: opts.province,
                onProgress,
              }),
            ),
          );
          printResult(mode, report, (r) =>
            [
              `Ranh giới có sẵn / shipped boundaries (${r.files} tệp / files): ${r.inserted} mới / new, ${r.updated} cập nhật / updated, ${r.unchanged} không đổi / unchanged`,
              ...r.notes.map((n) => `  · ${n}`),
            ].join('\n'),
          );
          return;
        }
        if (!opts.level || !opts.validFrom)
          throw new CliUsageError('a FILE needs --level commune|district and --valid-from YYYY-MM-DD');
        const validFrom = parseDayOption(opts.validFrom, '--valid-from');
        const resolved = path.resolve(file);
        if (!fs.existsSync(resolved)) throw new CliRefusal(`Không có tệp / no such file: ${file}`);
        if (fs.statSync(resolved).size > MAX_GEOJSON_BYTES)
          throw new CliRefusal(`${file}: quá lớn / larger than ${MAX_GEOJSON_BYTES / 1024 / 1024} MB`);
        let geojson: unknown;
        try {
          geojson = JSON.parse(fs.readFileSync(resolved, 'utf8'));
        } catch (error) {
          throw new CliRefusal(
            `${file}: không phải JSON hợp lệ / not valid JSON (${error instanceof Error ? error.message : String(error)})`,
          );
        }
        const report = await withCli(({ services, actor }) =>
          services.boundaries.importGeoJson(actor, {
            geojson,
            level: opts.level!,
            validFrom,
            codeProperty: opts.codeProperty,
            source: opts.source ?? path.basename(resolved),
            approximate: opts.approximate ?? false,
          }),
        );
        printResult(mode, report, describeBoundaryImport);
      },
    ),
  );
};

/** Every `antt import` subcommand, in help order. */
export const IMPORT_SUBCOMMANDS: ImportSubcommand[] = [
  importUnits,
  importBoundaries,
  importIncidents,
  importDataValues,
];

export const importCommands: CommandModule = (program) => {
  const importCommand = program
    .command('import')
    .description('load data into the database (units, boundaries, incidents ...)');
  for (const register of IMPORT_SUBCOMMANDS) register(importCommand);
};
