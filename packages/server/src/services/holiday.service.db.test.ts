import { parseLimit, type Role } from '@antt/shared';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-db.ts';
import { loadConfig } from '../config.ts';
import { ManualClock } from '../lib/clock.ts';
import { DomainError } from '../errors/domain-error.ts';
import type { Actor } from './actor.ts';
import { createServices, type Services } from './index.ts';

const userActor = (username: string, roles: Role[]): Actor => ({
  kind: 'user',
  userId: `id-${username}`,
  username,
  roles,
  unitId: 'unit',
  provinceCode: '92',
  jurisdiction: { scope: 'nation' },
});
const admin = userActor('quantri', ['admin']);
const leader = userActor('lanhdao', ['leader']);

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describeEachDialect('holiday calendar: administrator edits', (ctx) => {
  let services: Services;

  beforeAll(() => {
    const config = loadConfig({}, { database: ctx().config, logLevel: 'silent', demo: false });
    services = createServices(ctx(), new ManualClock(new Date('2026-03-02T03:00:00Z')), config);
  });

  const auditActions = async () =>
    (await ctx().db.selectFrom('audit_log').select('action').orderBy('seq').execute()).map((r) => r.action);

  it('lets an administrator declare a day off, which moves a deadline; clearing it moves it back', async () => {
    // 1 month from Tuesday 03/03/2026 ends on Friday 03/04/2026, an ordinary working day.
    const before = await services.holidays.deadline(20260303, parseLimit('1m'));
    expect(before.lastDay).toBe(20260403);

    const entry = await services.holidays.setDay(admin, {
      date: '2026-04-03',
      kind: 'day_off',
      name: 'Nghỉ đột xuất',
      source: 'Quyết định số 1/QĐ-CAT (thử)',
    });
    expect(entry).toMatchObject({ date: '2026-04-03', origin: 'admin', updatedBy: 'quantri' });
    // Now Friday is off → the first working day after it is Monday 06/04/2026.
    const after = await services.holidays.deadline(20260303, parseLimit('1m'));
    expect(after.lastDay).toBe(20260406);
    expect(after.skippedDaysOff[0]).toEqual({ day: 20260403, reason: 'Nghỉ đột xuất' });

    const listed = await services.holidays.listYear(2026);
    expect(listed.entries.find((e) => e.date === '2026-04-03')).toMatchObject({
      kind: 'day_off',
      origin: 'admin',
      updatedBy: 'quantri',
      updatedAt: '2026-03-02T03:00:00.000Z',
    });

    expect(await services.holidays.clearDay(admin, '2026-04-03')).toEqual({ date: '2026-04-03', now: null });
    expect((await services.holidays.deadline(20260303, parseLimit('1m'))).lastDay).toBe(20260403);
    expect(await auditActions()).toEqual(['holiday.set', 'holiday.clear']);
  });

  it('overrides an official day off, and clearing brings the official day back', async () => {
    // 2 months from 14/12/2025 end after the Tết break, on 23/02/2026 …
    expect((await services.holidays.deadline(20251214, parseLimit('2m'))).lastDay).toBe(20260223);
    await services.holidays.setDay(admin, {
      date: '2026-02-16',
      kind: 'working_day',
      name: 'Làm việc (thử)',
      source: 'thử nghiệm',
    });
    // … unless the administrator makes Monday 16/02 a working day.
    expect((await services.holidays.deadline(20251214, parseLimit('2m'))).lastDay).toBe(20260216);
    const cleared = await services.holidays.clearDay(admin, '2026-02-16');
    expect(cleared.now).toMatchObject({ origin: 'official', kind: 'day_off', occasion: 'tet' });
    expect((await services.holidays.deadline(20251214, parseLimit('2m'))).lastDay).toBe(20260223);
  });

  it('refuses a non-administrator and changes nothing', async () => {
    const auditBefore = await auditActions();
    const error = await refusal(
      services.holidays.setDay(leader, { date: '2026-04-03', kind: 'day_off', name: 'x', source: 'y' }),
    );
    expect(error.code).toBe('forbidden');
    expect((await refusal(services.holidays.clearDay(leader, '2026-02-16'))).code).toBe('forbidden');
    expect(await ctx().db.selectFrom('holidays').selectAll().execute()).toEqual([]);
    expect(await auditActions()).toEqual(auditBefore);
  });

  it('names the wrong field of a bad edit, and refuses to clear a day that has no edit', async () => {
    const badKind = await refusal(
      services.holidays.setDay(admin, {
        date: '2026-04-03',
        kind: 'holiday' as 'day_off',
        name: 'x',
        source: 'y',
      }),
    );
    expect(badKind.code).toBe('validation_failed');
    expect(JSON.stringify(badKind.details)).toContain('"path":"kind"');
    const badDate = await refusal(
      services.holidays.setDay(admin, { date: '2026-02-30', kind: 'day_off', name: 'x', source: 'y' }),
    );
    expect(JSON.stringify(badDate.details)).toContain('"path":"date"');
    const noSource = await refusal(
      services.holidays.setDay(admin, { date: '2026-04-03', kind: 'day_off', name: 'x', source: ' ' }),
    );
    expect(JSON.stringify(noSource.details)).toContain('"path":"source"');
    expect((await refusal(services.holidays.clearDay(admin, '2026-04-07'))).code).toBe('not_found');
    expect(await ctx().db.selectFrom('holidays').selectAll().execute()).toEqual([]);
  });

  it('lets the command-line operator edit too, recorded under the operator label', async () => {
    await services.holidays.setDay(
      { kind: 'cli', label: 'ops' },
      {
        date: '2026-04-03',
        kind: 'day_off',
        name: 'Nghỉ đột xuất',
        source: 'thử',
      },
    );
    const row = await ctx().db.selectFrom('holidays').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ day: 20260403, kind: 'day_off', updated_by: 'cli:ops' });
  });
});
