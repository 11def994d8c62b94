import type { Kysely } from 'kysely';

// RFC 6238 section 5.2: "the verifier MUST NOT accept the second attempt of the same OTP after
// the successful validation has been issued for the first OTP". Remembering the time step of
// the last accepted code lets sign-in refuse a code seen over someone's shoulder and replayed
// within its 30-second window.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('totp_last_step', 'bigint').execute();
}

export async function down(): Promise<void> {
  throw new Error('migration 0002-totp-last-step is forward-only');
}
