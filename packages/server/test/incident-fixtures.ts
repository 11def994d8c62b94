import type { IncidentRequest } from '@antt/shared';
import { newId } from '../src/lib/ids.ts';
import { insertAdminUnit, insertUser, FIXTURE_PASSWORD, type UnitRef } from './fixtures.ts';
import { signIn } from './sign-in.ts';
import { buildTipWorld, POINT_IN_A, type TipWorld } from './tip-fixtures.ts';
import type { TestDatabase } from './test-db.ts';

// The tip world of tip-fixtures.ts plus what the incident register needs: an analyst who sees
// the whole province, and the 2025 reform in miniature — province 94 and its commune 94001
// (until 2025-06-30) merged into commune A (92001) — so codes must be resolved by date.

export type IncidentWorld = TipWorld & { oldProvince: UnitRef; oldCommune: UnitRef };

export const REFORM_DAY = 20250701;

export async function buildIncidentWorld(database: TestDatabase): Promise<IncidentWorld> {
  const world = await buildTipWorld(database);
  const db = database.db;
  const oldProvince = {
    code: '94',
    id: await insertAdminUnit(db, {
      code: '94',
      name: 'Tỉnh 94',
      level: 'province',
      provinceCode: '94',
      validFrom: 20080101,
      validTo: 20250630,
    }),
  };
  const oldCommune = {
    code: '94001',
    id: await insertAdminUnit(db, {
      code: '94001',
      name: 'Phường 5 (cũ)',
      type: 'Phường',
      level: 'commune',
      parentId: oldProvince.id,
      provinceCode: '94',
      validFrom: 20080101,
      validTo: 20250630,
    }),
  };
  for (const [from, to] of [
    [oldCommune.id, world.tiny.admin.communeA.id],
    [oldProvince.id, world.tiny.admin.province.id],
  ] as const) {
    await db
      .insertInto('admin_unit_successions')
      .values({
        id: newId(),
        from_id: from,
        to_id: to,
        effective_date: REFORM_DAY,
        weight: 1,
        source: 'test',
      })
      .execute();
  }
  world.app.services.jurisdiction.invalidate();
  await insertUser(world.app.services.users, {
    username: 'phantich',
    unitCode: world.tiny.police.province.code,
    roles: ['analyst'],
    displayName: 'Cán bộ phân tích',
  });
  world.as.phantich = await signIn(world.app, {
    username: 'phantich',
    password: FIXTURE_PASSWORD,
    remoteAddress: '10.9.9.9',
  });
  return { ...world, oldProvince, oldCommune };
}

/** A traffic accident in commune A on 1 March 2026, 21:30 Vietnam time. */
export function trafficAccident(
  overrides: Partial<Extract<IncidentRequest, { type: 'traffic_accident' }>> = {},
): IncidentRequest {
  return {
    type: 'traffic_accident',
    category: 'road',
    occurredAt: '2026-03-01T21:30:00+07:00',
    communeCode: '92001',
    deaths: 1,
    injuries: 2,
    vehicles: 2,
    road: 'Quốc lộ 1A',
    summary: 'Xe máy va chạm ô tô tải tại ngã tư',
    ...overrides,
  };
}

/** A theft (art. 173 clause 1: less serious) in commune A. */
export function theft(overrides: Partial<Extract<IncidentRequest, { type: 'crime' }>> = {}): IncidentRequest {
  return {
    type: 'crime',
    article: 173,
    clause: 1,
    occurredAt: '2026-02-20T09:00:00+07:00',
    communeCode: '92001',
    summary: 'Trộm cắp xe máy trước chợ',
    ...overrides,
  };
}

export { POINT_IN_A };
