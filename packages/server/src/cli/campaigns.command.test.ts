import { addDays, daysBetween, dayFromIso, isoFromDay, vnDayOf, type CampaignStatusDto } from '@antt/shared';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAntt } from '../../test/run-cli.ts';
import { DEMO_CAMPAIGN } from '../seed/demo-project06.ts';

// `antt campaigns` on the demo database, which holds the 90-day e-ID peak over today's Cần Thơ:
// the list gives its id, the status gives every commune's progress, the projection with its
// interval and a verdict — a mix of them, since the communes were given different paces.

describe('antt campaigns', { timeout: 180_000 }, () => {
  let dir: string;
  let file: string;
  let env: NodeJS.ProcessEnv;
  let id: string;
  /** Three days ago: the demo's figures run to yesterday, a few communes are a day or two behind. */
  const asOf = isoFromDay(addDays(vnDayOf(new Date()), -3));

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-campaigns-'));
    file = path.join(dir, 'antt.db');
    env = { ANTT_DEMO: 'true', ANTT_VAULT_KEY_FILE: path.join(dir, 'vault.key') };
    const seeded = runAntt(file, ['seed', '--demo'], '', env);
    expect(seeded.code, seeded.stderr).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists the demo campaign with its id, dates and days left', () => {
    const r = runAntt(file, ['campaigns', 'list', '--json'], '', env);
    expect(r.code, r.stderr).toBe(0);
    const { items } = JSON.parse(r.stdout);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      nameVi: DEMO_CAMPAIGN.nameVi,
      unit: { code: '92', name: 'Thành phố Cần Thơ' },
      startDate: '2026-10-01',
      endDate: '2026-12-29',
      daysTotal: 90,
    });
    const today = vnDayOf(new Date());
    expect(items[0].daysLeft).toBe(Math.max(0, Math.min(90, daysBetween(today, dayFromIso('2026-12-29')))));
    id = items[0].id;
  });

  it('prints every commune’s progress, the projection with its interval and a mix of verdicts', () => {
    const r = runAntt(file, ['campaigns', 'status', id, '--as-of', asOf, '--json'], '', env);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as CampaignStatusDto;
    expect(s.asOf).toBe(asOf);
    expect(s.units.length).toBeGreaterThan(100);
    const verdicts = new Set<string>();
    let targetSum = 0;
    for (const u of s.units) {
      const [eid, online] = u.progress;
      expect(eid!.element).toBe('p06_eid2_activated_total');
      expect(online!.element).toBe('p06_dossiers_online');
      // Default target: 80 % of the eligible population; online dossiers have explicit targets.
      expect(eid!.target).toBe(Math.round(u.population! * 0.8));
      expect(online!.target).toBeGreaterThan(0);
      expect(eid!.value).toBeGreaterThan(eid!.startValue);
      const p = eid!.projection!;
      expect(p.lo).toBeLessThanOrEqual(p.mean);
      expect(p.mean).toBeLessThanOrEqual(p.hi);
      expect(p.lo).toBeGreaterThanOrEqual(eid!.value);
      expect(u.rank).toBeGreaterThanOrEqual(1);
      verdicts.add(eid!.verdict);
      targetSum += eid!.target!;
    }
    expect(verdicts.has('on_track') || verdicts.has('achieved')).toBe(true);
    expect(verdicts.has('off_track') || verdicts.has('at_risk')).toBe(true);
    expect(s.total.progress[0]!.target).toBe(targetSum);
    expect(s.total.progress[0]!.value).toBe(s.units.reduce((sum, u) => sum + u.progress[0]!.value, 0));
    expect(s.series[0]!.date).toBe('2026-10-01');
    expect(s.campaign.daysLeft).toBe(daysBetween(dayFromIso(asOf), dayFromIso('2026-12-29')));
  });

  it('prints a readable table in Vietnamese, and refuses a date that is not one', () => {
    const r = runAntt(file, ['campaigns', 'status', id, '--as-of', asOf], '', env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Cao điểm 90 ngày đêm');
    expect(r.stdout).toMatch(/Hạng\s+Mã\s+Đơn vị\s+Đạt\s+Chỉ tiêu\s+Tỷ lệ/);
    expect(r.stdout).toContain('Phường Sóc Trăng');
    expect(r.stdout).toMatch(/Đúng tiến độ|Đã đạt/);
    expect(r.stdout).toMatch(/Chậm tiến độ|Có nguy cơ không đạt/);
    // Vietnamese number format: thousands with dots, e.g. "1.623.899".
    expect(r.stdout).toMatch(/\d{1,3}\.\d{3}\.\d{3}/);
    const bad = runAntt(file, ['campaigns', 'status', id, '--as-of', '2026-13-01'], '', env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--as-of');
  });
});
