import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../src/config.ts';

export type CliRun = { code: number | null; stdout: string; stderr: string };

/**
 * Runs the real `antt` binary as an operator would, against the given SQLite file. Each run
 * starts Node and tsx (a few seconds on two busy cores): keep the number of runs per test small.
 * `env` adds to the environment (e.g. ANTT_VAULT_KEY_FILE).
 */
export function runAntt(sqliteFile: string, args: string[], input = '', env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'packages/server/bin/antt.js'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: `sqlite:${sqliteFile}`, LOG_LEVEL: 'silent', ...env },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
