import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-db.ts';
import { ManualClock } from '../lib/clock.ts';
import { AuditService } from './audit.service.ts';

const cli = { kind: 'cli', label: 'test' } as const;

describeEachDialect('audit chain', (ctx) => {
  const clock = new ManualClock();

  async function appendFive() {
    const audit = new AuditService(ctx().db, clock);
    for (let i = 1; i <= 5; i++) {
      await audit.recordNow(cli, {
        action: 'test.write',
        entityType: 'thing',
        entityId: `t${i}`,
        details: { i },
      });
    }
    return audit;
  }

  it('verifies an untouched chain and links every row to the one before', async () => {
    const audit = await appendFive();
    const result = await audit.verify();
    expect(result).toMatchObject({ ok: true, rows: 5 });
    const rows = await ctx()
      .db.selectFrom('audit_log')
      .select(['seq', 'prev_hash', 'hash'])
      .orderBy('seq')
      .execute();
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
  });

  it('reports the row edited behind the application back', async () => {
    const audit = new AuditService(ctx().db, clock);
    await sql`update audit_log set details = ${'{"i":99}'} where seq = 3`.execute(ctx().db);
    const result = await audit.verify();
    expect(result).toMatchObject({ ok: false, brokenSeq: 3 });
  });
});

describeEachDialect('audit chain tampering', (ctx) => {
  const clock = new ManualClock();
  const fill = async (n: number) => {
    const audit = new AuditService(ctx().db, clock);
    for (let i = 1; i <= n; i++)
      await audit.recordNow(cli, { action: 'x', entityType: 'thing', details: { i } });
    return audit;
  };

  it('finds a deleted row', async () => {
    const audit = await fill(4);
    await sql`delete from audit_log where seq = 2`.execute(ctx().db);
    expect(await audit.verify()).toMatchObject({ ok: false, brokenSeq: 2 });
    await sql`delete from audit_log`.execute(ctx().db);
    await sql`update audit_head set last_seq = 0, last_hash = ${'0'.repeat(64)}`.execute(ctx().db);
  });

  it('finds two rows swapped', async () => {
    const audit = await fill(4);
    // Swap the contents of rows 2 and 3 while keeping their sequence numbers.
    const rows = await ctx()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('seq', 'in', [2, 3])
      .orderBy('seq')
      .execute();
    const [a, b] = [rows[0]!, rows[1]!];
    await ctx().db.deleteFrom('audit_log').where('seq', 'in', [2, 3]).execute();
    await ctx()
      .db.insertInto('audit_log')
      .values([
        { ...b, seq: 2 },
        { ...a, seq: 3 },
      ])
      .execute();
    expect(await audit.verify()).toMatchObject({ ok: false, brokenSeq: 2 });
    await sql`delete from audit_log`.execute(ctx().db);
    await sql`update audit_head set last_seq = 0, last_hash = ${'0'.repeat(64)}`.execute(ctx().db);
  });

  it('finds rows cut off the end', async () => {
    const audit = await fill(3);
    await sql`delete from audit_log where seq = 3`.execute(ctx().db);
    expect(await audit.verify()).toMatchObject({ ok: false, brokenSeq: 3 });
  });
});

describe('audit hash', () => {
  it('changes when any covered field changes', async () => {
    const { hashAuditRow } = await import('./audit.service.ts');
    const base = {
      seq: 1,
      id: 'a',
      at: '2026-01-01T00:00:00.000Z',
      actor_id: null,
      actor_label: 'cli:x',
      action: 'a',
      entity_type: 'e',
      entity_id: null,
      province_code: null,
      admin_unit_id: null,
      details: '{}',
      prev_hash: '0'.repeat(64),
    };
    const h = hashAuditRow(base);
    for (const [k, v] of Object.entries({
      action: 'b',
      actor_label: 'y',
      details: '{"a":1}',
      province_code: '92',
      prev_hash: '1'.repeat(64),
    })) {
      expect(hashAuditRow({ ...base, [k]: v })).not.toBe(h);
    }
  });
});
