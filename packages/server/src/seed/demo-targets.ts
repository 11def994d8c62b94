import type { TargetInput } from '@antt/shared';
import type { Actor } from '../services/actor.ts';
import type { Services } from '../services/index.ts';
import { DEMO_PROVINCE_CODE } from './demo-organisation.ts';

// The demo city's term targets (shared/DESIGN.md section 5.6): the National Assembly's figures
// from the indicator catalogue (Nghị quyết 96/2019/QH14 — clearance above 75 %, very serious and
// especially serious crimes above 90 %, tips resolved above 90 %), set for the 2020–2025 term
// (Decree 09 years 2021..2025, now over) and the current 2025–2030 term (2026..2030) of today's
// Cần Thơ. The baseline is each term's reporting year before it, read from the demo's own
// figures where it has them (the incidents begin in 2022).

/** Indicators with the National Assembly's targets, as the catalogue ships them. */
export const DEMO_TARGET_INDICATORS = [
  'clearance_rate',
  'clearance_rate_serious',
  'tip_resolution_rate',
] as const;

export const DEMO_TERMS = [
  { term: 'term:2020-2025', label: '2020–2025', baseline: 'bc:2020' },
  { term: 'term:2025-2030', label: '2025–2030', baseline: 'bc:2025' },
] as const;

const seedActor: Actor = { kind: 'system', label: 'demo-seed' };

export async function seedDemoTargets(services: Services): Promise<{ targets: number }> {
  let targets = 0;
  for (const code of DEMO_TARGET_INDICATORS) {
    const def = await services.indicators.definition(code);
    if (!def.target) continue;
    for (const t of DEMO_TERMS) {
      const input: TargetInput = {
        indicator: code,
        unit: DEMO_PROVINCE_CODE,
        baseline: { period: t.baseline },
        targetValue: def.target.value,
        direction: def.target.op,
        term: t.term,
        name: `${def.nameVi} ${def.target.op === 'at_least' ? 'trên' : 'dưới'} ${def.target.value} %, nhiệm kỳ ${t.label}`,
        source: def.targetSource,
      };
      await services.targets.create(seedActor, input);
      targets++;
    }
  }
  return { targets };
}
