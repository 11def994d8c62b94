import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.ts';
import * as m0002TotpLastStep from './0002-totp-last-step.ts';

/** Every migration in order, in a static map (no file-system scanning, so bundling is safe). */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-totp-last-step': m0002TotpLastStep,
};
