import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/dialect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { systemClock } from '../lib/clock.ts';
import { createServices, type Services } from '../services/index.ts';
import type { Actor } from '../services/actor.ts';
import os from 'node:os';

/** The CLI reads the same configuration as the server and acts as the machine's operator. */
export type CliContext = {
  config: Config;
  database: Database;
  services: Services;
  actor: Actor;
};

/**
 * Opens the configured database (migrating it first, so every command works right after
 * `npm install`), runs `fn`, and always closes the database.
 */
export async function withCli<T>(
  fn: (ctx: CliContext) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const database = openDatabase(config.database);
  try {
    if (options.migrate ?? true) await migrateToLatest(database);
    // Outside demo mode a missing key file is an operator's mistake to fix, never to paper over.
    const services = createServices(database, systemClock, config, {
      vaultKeyMissing: config.demo ? 'create' : 'refuse',
    });
    return await fn({ config, database, services, actor: { kind: 'cli', label: os.userInfo().username } });
  } finally {
    await database.close();
  }
}
