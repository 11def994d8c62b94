import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { printResult } from './output.ts';

// API keys of the civic-reporting apps that send tips over Open311 GeoReport v2. A key only
// attributes requests to an app and lifts the stricter anonymous rate limit.
export const open311Commands: CommandModule = (program) => {
  const open311 = program
    .command('open311')
    .description('Open311 GeoReport v2 intake (civic-reporting apps)');
  const key = open311.command('key').description('API keys of registered apps');

  const add = key
    .command('add')
    .description('register an app; its key is printed once')
    .requiredOption('--app <name>', 'the app’s name');
  add.action(
    runAction(add, async (mode, opts: { app: string }) => {
      const created = await withCli(({ services, actor }) => services.open311.createApiKey(actor, opts.app));
      printResult(
        mode,
        created,
        (c) => `API key for "${opts.app}" (shown once, keep it secret): ${c.key}\nid: ${c.id}`,
      );
    }),
  );

  const list = key.command('list').description('registered apps and whether their key is active');
  list.action(
    runAction(list, async (mode) => {
      const keys = await withCli(({ services }) => services.open311.listApiKeys());
      printResult(mode, keys, (rows) =>
        rows.length === 0
          ? 'No API keys.'
          : rows
              .map((r) => `${r.id}  ${r.app_name}  ${r.revoked_at ? `revoked ${r.revoked_at}` : 'active'}`)
              .join('\n'),
      );
    }),
  );

  const revoke = key
    .command('revoke')
    .description('revoke a key by its id')
    .argument('<id>', 'the key’s id (from key list)');
  revoke.action(
    runAction(revoke, async (mode, id: string) => {
      await withCli(({ services, actor }) => services.open311.revokeApiKey(actor, id));
      printResult(mode, { revoked: id }, () => `Key ${id} revoked.`);
    }),
  );
};
