import { dayDiff, dayFromIso, vnDayOf, type TargetDto } from '@antt/shared';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAntt } from '../../test/run-cli.ts';
import { DEMO_TARGET_INDICATORS } from '../seed/demo-targets.ts';

// `antt targets` on the demo database, which holds the National Assembly's three targets for
// today's Cần Thơ over the 2020–2025 term (over) and the 2025–2030 term (under way): the list
// gives each with its status, the figures are the indicator engine's own, and the status of one
// prints its reason in Vietnamese.

describe('antt targets', { timeout: 180_000 }, () => {
  let dir: string;
  let file: string;
  let env: NodeJS.ProcessEnv;
  let items: TargetDto[] = [];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-targets-'));
    file = path.join(dir, 'antt.db');
    env = { ANTT_DEMO: 'true', ANTT_VAULT_KEY_FILE: path.join(dir, 'vault.key') };
    const seeded = runAntt(file, ['seed', '--demo'], '', env);
    expect(seeded.code, seeded.stderr).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists the demo targets of both terms with a status each', () => {
    const r = runAntt(file, ['targets', 'list', '--json'], '', env);
    expect(r.code, r.stderr).toBe(0);
    items = JSON.parse(r.stdout).items;
    expect(
      items.map((t) => `${t.indicator.code} ${t.term.code} ${t.direction} ${t.targetValue}`).sort(),
    ).toEqual(
      [
        'clearance_rate term:2020-2025 at_least 75',
        'clearance_rate term:2025-2030 at_least 75',
        'clearance_rate_serious term:2020-2025 at_least 90',
        'clearance_rate_serious term:2025-2030 at_least 90',
        'tip_resolution_rate term:2020-2025 at_least 90',
        'tip_resolution_rate term:2025-2030 at_least 90',
      ].sort(),
    );
    expect(new Set(items.map((t) => t.indicator.code))).toEqual(new Set(DEMO_TARGET_INDICATORS));
    const today = vnDayOf(new Date());
    for (const t of items) {
      expect(t.unit).toMatchObject({ code: '92', name: 'Thành phố Cần Thơ' });
      if (t.term.code === 'term:2020-2025') {
        expect(t.term.reportingYears.map((y) => y.code)).toEqual([
          'bc:2021',
          'bc:2022',
          'bc:2023',
          'bc:2024',
          'bc:2025',
        ]);
        // Over: judged on the whole term.
        expect(t.progress.remainingDays).toBe(0);
        expect(t.progress.periodSoFar).toBe('2020-12-15..2025-12-14');
        const v = t.progress.valueSoFar;
        expect(t.progress.status).toBe(
          v === null ? 'no_data' : v >= t.targetValue ? 'achieved' : 'off_track',
        );
      } else {
        expect(t.progress.elapsedDays).toBe(dayDiff(dayFromIso('2025-12-15'), today) + 1);
        expect(t.progress.requiredValueForRest).not.toBeNull();
        expect(['on_track', 'at_risk', 'off_track']).toContain(t.progress.status);
      }
      expect(t.progress.reasonVi.length).toBeGreaterThan(20);
    }
  });

  it('reports the value so far the indicator engine gives for the same period', () => {
    const clearance = items.find(
      (t) => t.indicator.code === 'clearance_rate' && t.term.code === 'term:2025-2030',
    )!;
    const r = runAntt(
      file,
      [
        'indicators',
        'value',
        'clearance_rate',
        '--period',
        clearance.progress.periodSoFar!,
        '--unit',
        '92',
        '--json',
      ],
      '',
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    const engine = JSON.parse(r.stdout);
    expect(clearance.progress.numeratorSoFar).toBe(engine.numerator);
    expect(clearance.progress.denominatorSoFar).toBe(engine.denominator);
    expect(clearance.progress.valueSoFar).toBe(engine.value);
    // The demo's incidents begin in 2022: four whole reporting years to compare with.
    expect(clearance.progress.comparable.map((c) => c.period.code)).toEqual(
      expect.arrayContaining(['bc:2022', 'bc:2023', 'bc:2024', 'bc:2025']),
    );
  });

  it('prints one target’s status in Vietnamese, and refuses an unknown id', () => {
    const clearance = items.find(
      (t) => t.indicator.code === 'clearance_rate' && t.term.code === 'term:2025-2030',
    )!;
    const r = runAntt(file, ['targets', 'status', clearance.id], '', env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Nhiệm kỳ 2025–2030 (15/12/2025–14/12/2030)');
    expect(r.stdout).toContain('Nghị quyết 96/2019/QH14');
    expect(r.stdout).toMatch(/cần phần còn lại: \d+(,\d+)? %/);
    expect(r.stdout).toMatch(/đánh giá:\s+(Đúng tiến độ|Có nguy cơ không đạt|Không đạt)/);
    expect(r.stdout).toContain(`lý do:          ${clearance.progress.reasonVi}`);
    const missing = runAntt(file, ['targets', 'status', 'no-such-target'], '', env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-target');
  });
});
