import cliProgress from 'cli-progress';
import type { OutputMode } from './output.ts';

export type Progress = { update(done: number, total: number): void; stop(): void };

/** A progress bar on stderr for people; silent in --json mode or when stderr is not a terminal. */
export function progressBar(mode: OutputMode, unitLabel: string): Progress {
  if (mode.json || !process.stderr.isTTY) {
    return { update: () => undefined, stop: () => undefined };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `{bar} {percentage}% | {value}/{total} ${unitLabel}`,
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
