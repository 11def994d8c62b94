import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DialectName } from '../db/dialect.ts';
import type { DB } from '../db/schema.ts';
import type { Clock } from '../lib/clock.ts';
import type { Vault } from '../vault/vault.ts';
import type { AuditService } from './audit.service.ts';

/** What every service is built from. Services never import Fastify. */
export type ServiceDeps = {
  db: Kysely<DB>;
  dialect: DialectName;
  clock: Clock;
  config: Config;
  audit: AuditService;
  /** Encrypts personal data at rest (informants' identities, TOTP seeds). */
  vault: Vault;
};
