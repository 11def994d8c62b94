import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-db.ts';
import { loadConfig } from '../config.ts';
import { ManualClock } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { Vault } from '../vault/vault.ts';
import { AuditService } from './audit.service.ts';
import { JurisdictionService } from './jurisdiction.service.ts';
import type { Jurisdiction } from './actor.ts';

// A miniature of the 2025 reform: old Sóc Trăng (94) with district 941 and two wards, old
// Cần Thơ (92) with one ward; new Cần Thơ (92) with Phường Sóc Trăng (31507, taking over
// Phường 5 and Phường 6 — whose code it reuses) and Phường Ninh Kiều (31135).

describeEachDialect('jurisdiction across the 2025 reform', (ctx) => {
  const ids: Record<string, string> = {};
  let service: JurisdictionService;

  beforeAll(async () => {
    const db = ctx().db;
    const unit = async (
      key: string,
      code: string,
      level: 'province' | 'district' | 'commune',
      province: string,
      parent: string | null,
      from: number,
      to: number | null,
    ) => {
      ids[key] = newId();
      await db
        .insertInto('admin_units')
        .values({
          id: ids[key]!,
          code,
          name: key,
          type: level,
          level,
          parent_id: parent ? ids[parent]! : null,
          province_code: province,
          valid_from: from,
          valid_to: to,
        })
        .execute();
    };
    await unit('old94', '94', 'province', '94', null, 20080101, 20250630);
    await unit('d941', '941', 'district', '94', 'old94', 20080101, 20250630);
    await unit('p5', '31498', 'commune', '94', 'd941', 20080101, 20250630);
    await unit('p6', '31507', 'commune', '94', 'd941', 20080101, 20250630);
    await unit('old92', '92', 'province', '92', null, 20080101, 20250630);
    await unit('d916', '916', 'district', '92', 'old92', 20080101, 20250630);
    await unit('tanAn', '31135', 'commune', '92', 'd916', 20080101, 20250630);
    await unit('new92', '92', 'province', '92', null, 20250701, null);
    await unit('pSocTrang', '31507', 'commune', '92', 'new92', 20250701, null);
    await unit('pNinhKieu', '31135', 'commune', '92', 'new92', 20250701, null);
    const succ = async (from: string, to: string) =>
      db
        .insertInto('admin_unit_successions')
        .values({
          id: newId(),
          from_id: ids[from]!,
          to_id: ids[to]!,
          effective_date: 20250701,
          weight: 1,
          source: 'test',
        })
        .execute();
    await succ('old94', 'new92');
    await succ('old92', 'new92');
    await succ('p5', 'pSocTrang');
    await succ('p6', 'pSocTrang');
    await succ('tanAn', 'pNinhKieu');
    const police = async (key: string, adminKey: string) => {
      ids[key] = newId();
      await db
        .insertInto('police_units')
        .values({
          id: ids[key]!,
          code: key,
          name: key,
          kind: 'commune_police',
          parent_id: null,
          admin_unit_id: ids[adminKey]!,
          province_code: '92',
          is_external: 0,
          created_at: '2025-07-01T00:00:00Z',
        })
        .execute();
    };
    await police('caSocTrang', 'pSocTrang');
    await police('caCity', 'new92');
    const clock = new ManualClock();
    const config = loadConfig({}, { database: ctx().config, logLevel: 'silent' });
    service = new JurisdictionService({
      db,
      dialect: ctx().dialect,
      clock,
      config,
      audit: new AuditService(db, clock),
      vault: new Vault({ keyFile: config.vaultKeyFile, whenMissing: 'create' }),
    });
  });

  const has = (j: Jurisdiction, key: string) => j.scope === 'nation' || j.adminUnitIds.has(ids[key]!);

  it('gives a commune officer the commune today and the old wards it took over, nothing else', async () => {
    const j = await service.forUser({ unitId: ids.caSocTrang!, roles: ['officer'] });
    expect(['pSocTrang', 'p5', 'p6'].map((k) => has(j, k))).toEqual([true, true, true]);
    expect(['pNinhKieu', 'tanAn', 'new92', 'old94', 'd941'].map((k) => has(j, k))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('widens an analyst of a commune unit to the whole province, old units included', async () => {
    const j = await service.forUser({ unitId: ids.caSocTrang!, roles: ['analyst'] });
    for (const k of ['new92', 'pSocTrang', 'pNinhKieu', 'old94', 'd941', 'p5', 'p6', 'old92', 'tanAn'])
      expect(has(j, k)).toBe(true);
    expect(j.scope === 'units' && [...j.provinceCodes].sort()).toEqual(['92', '94']);
  });

  it('gives the city police leader every unit of the city before and after the reform', async () => {
    const j = await service.forUser({ unitId: ids.caCity!, roles: ['leader'] });
    for (const k of ['new92', 'old94', 'p5', 'tanAn', 'pNinhKieu']) expect(has(j, k)).toBe(true);
  });

  it('gives an administrator the nation', async () => {
    expect(await service.forUser({ unitId: ids.caSocTrang!, roles: ['admin'] })).toEqual({ scope: 'nation' });
  });
});
