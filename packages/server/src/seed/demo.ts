import { dayFromIso } from '@antt/shared';
import { AppMetaRepository } from '../repositories/app-meta.repository.ts';
import type { Actor } from '../services/actor.ts';
import type { Services } from '../services/index.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { seedDemoIncidents } from './demo-incidents.ts';
import { DEMO_PROVINCE_CODE, demoPoliceUnits } from './demo-organisation.ts';
import { seedDemoProject06 } from './demo-project06.ts';
import { seedDemoTargets } from './demo-targets.ts';
import { seedDemoTips } from './demo-tips.ts';

// The demo province (DESIGN.md section 7): real administrative units, codes and populations
// (the whole country, with Cần Thơ, Hậu Giang and Sóc Trăng linked across the 2025 reform),
// the Cần Thơ city police with its commune police, and one demo account per role. Later
// features add their own demo data here.

export type DemoSeedReport = {
  policeUnits: number;
  accounts: number;
  tips: number;
  incidents: number;
  dataValues: number;
  targets: number;
  ms: number;
};

/** The day the demo organisation is laid out on: the first day of the 2025 units. */
const REFORM_DAY = dayFromIso('2025-07-01');

export async function seedDemo(
  services: Services,
  onStep: (step: string) => void = () => undefined,
): Promise<DemoSeedReport> {
  const started = Date.now();
  const actor: Actor = { kind: 'system', label: 'demo-seed' };

  onStep('đơn vị hành chính trước và sau 01/7/2025, kế thừa, dân số, ranh giới');
  await services.unitImport.importShipped(actor, {});

  onStep('Công an thành phố Cần Thơ và công an các xã, phường');
  const province = await services.adminUnits.unitAt(DEMO_PROVINCE_CODE, REFORM_DAY);
  const communes = await services.adminUnits.childrenAt(DEMO_PROVINCE_CODE, REFORM_DAY);
  const policeUnits = await services.policeUnits.createMany(actor, demoPoliceUnits(province, communes));
  services.jurisdiction.invalidate();

  onStep('tài khoản trình diễn');
  for (const account of DEMO_ACCOUNTS) {
    await services.users.createUser(actor, {
      username: account.username,
      displayName: account.displayName,
      unitCode: account.unitCode,
      roles: account.roles,
      password: DEMO_PASSWORD,
      isDemo: true,
    });
  }
  onStep('tin báo, tố giác mẫu ở Cần Thơ (phường Sóc Trăng và các xã, phường khác)');
  const { tips } = await seedDemoTips(services);

  onStep('vụ việc từ 2022: tội phạm, tai nạn giao thông, cháy nổ, tệ nạn xã hội');
  const { incidents } = await seedDemoIncidents(services);

  onStep(
    'Đề án 06: số liệu hằng ngày của công an xã, phường từ 01/7/2026 và cao điểm 90 ngày đêm về định danh điện tử',
  );
  const { values: dataValues } = await seedDemoProject06(services);

  onStep('chỉ tiêu nhiệm kỳ 2020–2025 và 2025–2030 theo Nghị quyết 96/2019/QH14');
  const { targets } = await seedDemoTargets(services);

  await new AppMetaRepository(services.deps.db).set(
    'demo_seeded_at',
    services.deps.clock.now().toISOString(),
  );
  return {
    policeUnits,
    accounts: DEMO_ACCOUNTS.length,
    tips,
    incidents,
    dataValues,
    targets,
    ms: Date.now() - started,
  };
}
