import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(REPO_ROOT, 'packages/web/dist');
const CLI = path.join(REPO_ROOT, 'packages/server/bin/antt.js');

export type RunningServer = {
  baseUrl: string;
  port: number;
  /** The folder of the SQLite file and the vault key. */
  dataDir: string;
  /** Everything the server printed, for a failure message. */
  output: () => string;
  /** Stops the server; with keepData the database stays for a restart (see startServer's `again`). */
  stop: (options?: { keepData?: boolean }) => Promise<void>;
};

export type StartOptions = {
  timeoutMs?: number;
  /**
   * Start again on the database of a server stopped with keepData, on its port (the network
   * comes back for a page that used it) or on a fresh one when `port` is left out.
   */
  again?: { dataDir: string; port?: number };
};

/** A port nobody uses right now: the OS picks one for a throw-away listener. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts `antt serve --demo` as a child process on a fresh SQLite file in a temporary folder
 * (or, with `again`, on the port and database a stopped server left), waits until /api/health
 * answers, and returns how to reach and stop it.
 */
export async function startServer({ timeoutMs = 90_000, again }: StartOptions = {}): Promise<RunningServer> {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error(`The web app is not built (${WEB_DIST}); run: npm run build -w packages/web`);
  }
  const dir = again?.dataDir ?? mkdtempSync(path.join(tmpdir(), 'antt-e2e-'));
  const port = again?.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [CLI, 'serve', '--demo'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${path.join(dir, 'antt.db')}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ANTT_VAULT_KEY_FILE: path.join(dir, 'vault.key'),
      ANTT_BEHIND_TLS: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async ({ keepData = false } = {}) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(killer);
    }
    if (!keepData) rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(
        `antt serve --demo stopped before answering (exit ${child.exitCode ?? child.signalCode}):\n${output}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`antt serve --demo did not answer /api/health within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl, port, dataDir: dir, output: () => output, stop };
}
