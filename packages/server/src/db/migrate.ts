import { Migrator, type MigrationResultSet } from 'kysely';
import type { Database } from './dialect.ts';
import { migrations } from './migrations/index.ts';
import { installShippedCatalogues } from '../services/incident-catalogue.service.ts';
import { installShippedDataSets } from '../services/data-set.service.ts';

export type MigrationReport = { applied: string[]; alreadyApplied: number };

/** Brings the schema up to date. Idempotent: running it again applies nothing. */
export async function migrateToLatest(database: Database): Promise<MigrationReport> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
  });
  const before = (await migrator.getMigrations()).filter((m) => m.executedAt).length;
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  // Reference data the schema needs to be usable: loaded once into an empty catalogue.
  await installShippedCatalogues(database.db, new Date());
  await installShippedDataSets(database.db, new Date());
  return {
    applied: (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
    alreadyApplied: before,
  };
}
