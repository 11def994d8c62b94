import { loadConfig } from '../config.ts';
import { runAction, type CommandModule } from './command.ts';
import { CliUsageError } from './output.ts';
import { startServer } from '../main.ts';

export const serveCommand: CommandModule = (program) => {
  const cmd = program
    .command('serve')
    .description('run the API, the staff app and the citizen portal on one port')
    .option('--demo', 'demo mode: seed the demo province into an empty database and allow demo accounts')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)');
  cmd.action(
    runAction(cmd, async (_mode, opts: { demo?: boolean; port?: string; host?: string }) => {
      const base = loadConfig();
      let port = base.port;
      if (opts.port !== undefined) {
        port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65_535)
          throw new CliUsageError(`--port: not a port number: ${opts.port}`);
      }
      const config = { ...base, port, host: opts.host ?? base.host, demo: Boolean(opts.demo) || base.demo };
      await startServer(config);
      // Keep running until a signal stops the server (main.ts closes it cleanly).
      await new Promise<never>(() => undefined);
    }),
  );
};
