import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAntt } from '../../test/run-cli.ts';

// The operator's view of BLTTHS art. 134: `antt tips deadline` prints the last day on its first
// line, then why, and uses the calendar in the database, so an administrator's edit counts.
describe('antt tips deadline / antt holidays', { timeout: 120_000 }, () => {
  let dir: string;
  let file: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-tips-'));
    file = path.join(dir, 'antt.db');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('ends 2 months from 14/12/2025 on Monday 23/02/2026, after the Tết break', () => {
    const r = runAntt(file, ['tips', 'deadline', '--received', '2025-12-14', '--limit', '2m']);
    expect(r.code, r.stderr).toBe(0);
    const [first, explanation] = r.stdout.split('\n');
    expect(first).toBe('2026-02-23');
    expect(explanation).toContain(
      '14/02/2026 là thứ Bảy → ngày làm việc đầu tiên sau đó là thứ Hai 23/02/2026',
    );
  });

  it('ends 1 month from 31/01/2026 on Monday 02/03/2026, and follows an administrator’s edit', () => {
    const r = runAntt(file, ['tips', 'deadline', '--received', '2026-01-31', '--limit', '1m']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('2026-03-02');
    expect(r.stdout).toContain('28/02/2026 là thứ Bảy → ngày làm việc đầu tiên sau đó');

    const set = runAntt(file, [
      'holidays',
      'set',
      '2026-03-02',
      '--kind',
      'day_off',
      '--name',
      'Nghỉ đột xuất',
      '--source',
      'Quyết định thử',
    ]);
    expect(set.code, set.stderr).toBe(0);
    const moved = runAntt(file, ['tips', 'deadline', '--received', '2026-01-31', '--limit', '1m', '--json']);
    expect(moved.code, moved.stderr).toBe(0);
    expect(JSON.parse(moved.stdout)).toMatchObject({
      lastDay: '2026-03-03',
      countedLastDay: '2026-02-28',
      expiresAt: '2026-03-04T00:00:00+07:00',
    });
  });

  it('applies the two readings of a day limit as switches', () => {
    const both = runAntt(file, [
      'tips',
      'deadline',
      '--received',
      '2026-01-26',
      '--limit',
      '20d',
      '--day-off-rule-for-days',
      'on',
      '--receipt-day-counts',
      'on',
    ]);
    expect(both.stdout.split('\n')[0]).toBe('2026-02-23');
    const neither = runAntt(file, ['tips', 'deadline', '--received', '2026-01-26', '--limit', '20d']);
    expect(neither.stdout.split('\n')[0]).toBe('2026-02-15');
  });

  it('refuses bad input with exit code 1, naming the flag', () => {
    const hours = runAntt(file, ['tips', 'deadline', '--received', '2026-01-26', '--limit', '24h']);
    expect(hours.code).toBe(1);
    expect(hours.stderr).toContain('--limit');
    const badSwitch = runAntt(file, [
      'tips',
      'deadline',
      '--received',
      '2026-01-26',
      '--limit',
      '20d',
      '--receipt-day-counts',
      'maybe',
    ]);
    expect(badSwitch.code).toBe(1);
    expect(badSwitch.stderr).toContain('--receipt-day-counts');
  });
});
