import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-db.ts';
import { migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';

describeEachDialect('migrations', (ctx) => {
  it('are idempotent: a second run applies nothing and reports what is already there', async () => {
    // The harness migrated the database already; running again must be a no-op.
    const again = await migrateToLatest(ctx());
    expect(again).toEqual({ applied: [], alreadyApplied: Object.keys(migrations).length });
  });

  it('leave the audit chain at its genesis', async () => {
    const head = await ctx().db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    expect(head).toEqual({ id: 1, last_seq: 0, last_hash: '0'.repeat(64) });
  });
});
