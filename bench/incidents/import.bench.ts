import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { loadConfig, type DatabaseConfig } from '../../packages/server/src/config.ts';
import { databaseVersion, maxBindParameters, openDatabase } from '../../packages/server/src/db/dialect.ts';
import { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
import { chunks } from '../../packages/server/src/lib/chunks.ts';
import { systemClock } from '../../packages/server/src/lib/clock.ts';
import { seedDemo } from '../../packages/server/src/seed/demo.ts';
import type { Actor } from '../../packages/server/src/services/actor.ts';
import { createServices } from '../../packages/server/src/services/index.ts';
import type { IncidentImportProgress } from '../../packages/server/src/services/incident-import.service.ts';
import { writeDemoProvinceFile } from './generate-incident-file.ts';

// The incident import against a bare insert (shared/DESIGN.md section 10: ratios in one run).
// A demo database in a temporary place; a generated file of --rows rows for the demo province;
// then, timed:
//   1. the real import, services.incidents.imports.run: read the file, check and resolve every
//      row, write rows + history + rollups + audit in one transaction;
//   2. the baseline: the same rows, as the import stored them, inserted again into the incidents
//      table with plain batched Kysely inserts in one transaction (no checks, rollups, history
//      or audit).
//
//   npx tsx bench/incidents/import.bench.ts [--rows 100000] [--dialect sqlite|postgres]
//     [--seed 7] [--coordinates 0.5]
//
// PostgreSQL: a fresh database on ANTT_BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres),
// dropped afterwards.

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    dialect: { type: 'string', default: 'sqlite' },
    seed: { type: 'string', default: '7' },
    coordinates: { type: 'string', default: '0.5' },
  },
});
const rows = Number(values.rows);
const seed = Number(values.seed);
const coordinateShare = Number(values.coordinates);
const dialect = values.dialect;
if (!Number.isInteger(rows) || rows < 1 || (dialect !== 'sqlite' && dialect !== 'postgres')) {
  process.stderr.write(
    'usage: import.bench.ts [--rows N] [--dialect sqlite|postgres] [--seed S] [--coordinates 0.5]\n',
  );
  process.exit(2);
}

const say = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (ms: number) => ms / 1000;
/** CPU time of this process (not of a PostgreSQL server): on a busy machine it shows the work apart from the waiting. */
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-bench-import-'));
const adminUrl = process.env.ANTT_BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const pgName = `antt_bench_${randomBytes(6).toString('hex')}`;

async function postgresAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let databaseConfig: DatabaseConfig;
if (dialect === 'postgres') {
  await postgresAdmin(`create database ${pgName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${pgName}`;
  databaseConfig = { dialect: 'postgres', url: url.toString() };
} else {
  databaseConfig = { dialect: 'sqlite', file: path.join(dir, 'antt.db') };
}
const database = openDatabase(databaseConfig);

try {
  await migrateToLatest(database);
  const config = loadConfig(
    {},
    { database: databaseConfig, vaultKeyFile: path.join(dir, 'vault.key'), logLevel: 'silent', demo: true },
  );
  const services = createServices(database, systemClock, config);
  const version = await databaseVersion(database);

  say(`Seeding the demo province into ${dialect} (${version})…`);
  const seeded = await seedDemo(services);
  say(`  ${seeded.incidents} demo incidents, ${(seeded.ms / 1000).toFixed(1)} s`);

  const file = path.join(dir, `incidents-${rows}.csv`);
  const fileBar = new cliProgress.SingleBar(
    { format: 'file    {bar} {value}/{total} rows', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  fileBar.start(rows, 0);
  const written = await writeDemoProvinceFile({
    rows,
    seed,
    out: file,
    coordinateShare,
    onProgress: (n) => fileBar.update(n),
  });
  fileBar.stop();
  say(`  ${(written.bytes / 1024 / 1024).toFixed(1)} MB written in ${seconds(written.ms).toFixed(1)} s`);

  // 1. The import, phase by phase.
  const bytes = fs.readFileSync(file);
  const actor: Actor = { kind: 'cli', label: 'bench' };
  const importBar = new cliProgress.SingleBar(
    { format: 'import  {bar} {phase} {value}/{total}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const phases = new Map<string, number>();
  let phase = '';
  const startedImport = performance.now();
  const importCpu = process.cpuUsage();
  importBar.start(1, 0, { phase: 'reading' });
  const onProgress = (p: IncidentImportProgress) => {
    if (p.phase !== phase) {
      phases.set(p.phase, performance.now());
      phase = p.phase;
    }
    importBar.setTotal(Math.max(1, p.total));
    importBar.update(p.done, { phase: p.phase });
  };
  const report = await services.incidents.imports.run(
    actor,
    { name: path.basename(file), bytes },
    { dryRun: false, onProgress },
  );
  const importMs = performance.now() - startedImport;
  const importCpuMs = cpuMs(process.cpuUsage(importCpu));
  importBar.stop();
  if (report.added !== rows || report.problems.length > 0) {
    throw new Error(
      `the import added ${report.added} of ${rows} rows; first problems: ${JSON.stringify(report.problems.slice(0, 5))}`,
    );
  }

  // 2. The baseline: the same rows as stored, deleted (untimed) and inserted again, bare.
  const refPrefix = `B${seed}-%`;
  const stored = await database.db
    .selectFrom('incidents')
    .selectAll()
    .where('external_ref', 'like', refPrefix)
    .execute();
  await database.db.deleteFrom('incidents').where('external_ref', 'like', refPrefix).execute();
  const columns = Object.keys(stored[0] ?? {}).length || 1;
  const startedBaseline = performance.now();
  const baselineCpu = process.cpuUsage();
  await database.db.transaction().execute(async (trx) => {
    for (const part of chunks(stored, Math.floor(maxBindParameters(dialect) / columns))) {
      await trx.insertInto('incidents').values(part).execute();
    }
  });
  const baselineMs = performance.now() - startedBaseline;
  const baselineCpuMs = cpuMs(process.cpuUsage(baselineCpu));

  // The table, on stdout.
  const perSecond = (n: number, ms: number) => Math.round(n / seconds(ms));
  const importRate = perSecond(rows, importMs);
  const baselineRate = perSecond(stored.length, baselineMs);
  const phaseOrder = ['reading', 'checking', 'writing'];
  const phaseTimes = phaseOrder
    .filter((p) => phases.has(p))
    .map((p, i, present) => {
      const end = i + 1 < present.length ? phases.get(present[i + 1]!)! : startedImport + importMs;
      return `${p} ${seconds(end - phases.get(p)!).toFixed(1)} s`;
    });
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(34) : String(c).padStart(10))).join(' | ')} |`;
  const out = [
    `Incident import — ${rows} rows, ${dialect} (${version}), ${os.cpus().length} cores, Node ${process.versions.node}, coordinates ${coordinateShare}, load ${os.loadavg()[0]!.toFixed(1)}`,
    line(['', 'rows', 'seconds', 'rows/s', 'CPU s']),
    line([
      'import (checks, rollups, history)',
      rows,
      seconds(importMs).toFixed(2),
      importRate,
      seconds(importCpuMs).toFixed(2),
    ]),
    line([
      'bare batched insert',
      stored.length,
      seconds(baselineMs).toFixed(2),
      baselineRate,
      seconds(baselineCpuMs).toFixed(2),
    ]),
    `ratio: the bare insert is ${(baselineRate / importRate).toFixed(1)}× the import's rate (import phases: ${phaseTimes.join(', ')})`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  await database.close();
  if (dialect === 'postgres') await postgresAdmin(`drop database if exists ${pgName} with (force)`);
  fs.rmSync(dir, { recursive: true, force: true });
}
