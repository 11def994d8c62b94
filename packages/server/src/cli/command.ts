import type { Command } from 'commander';
import { EXIT_DONE, reportFailure, type OutputMode } from './output.ts';

/** Wraps a command's action: --json handling, exit codes, errors printed once. */
export function runAction<A extends unknown[]>(
  command: Command,
  body: (mode: OutputMode, ...args: A) => Promise<number | void>,
) {
  return async (...args: A) => {
    const mode: OutputMode = { json: Boolean(command.optsWithGlobals().json) };
    try {
      const code = await body(mode, ...args);
      process.exitCode = code ?? EXIT_DONE;
    } catch (error) {
      process.exitCode = reportFailure(error, mode);
    }
  };
}

/** A module that adds its commands to the program. */
export type CommandModule = (program: Command) => void;
