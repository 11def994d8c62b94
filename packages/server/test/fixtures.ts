import type { Role, User } from '@antt/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/schema.ts';
import type { AdminUnitLevel } from '../src/db/tables/admin-unit.ts';
import type { PoliceUnitKind } from '../src/db/tables/police-unit.ts';
import { newId } from '../src/lib/ids.ts';
import type { UserService } from '../src/services/user.service.ts';

// Minimal reference data for tests, inserted straight through Kysely (the import pipeline has
// its own tests), and users created through the real UserService.

export type AdminUnitFixture = {
  code: string;
  name?: string;
  type?: string;
  level: AdminUnitLevel;
  parentId?: string | null;
  provinceCode: string;
  validFrom?: number;
  validTo?: number | null;
};

/** Inserts one administrative unit version; returns its id. */
export async function insertAdminUnit(db: Kysely<DB>, unit: AdminUnitFixture): Promise<string> {
  const id = newId();
  await db
    .insertInto('admin_units')
    .values({
      id,
      code: unit.code,
      name: unit.name ?? `Unit ${unit.code}`,
      type:
        unit.type ?? (unit.level === 'province' ? 'Thành phố' : unit.level === 'district' ? 'Huyện' : 'Xã'),
      level: unit.level,
      parent_id: unit.parentId ?? null,
      province_code: unit.provinceCode,
      valid_from: unit.validFrom ?? 20250701,
      valid_to: unit.validTo ?? null,
    })
    .execute();
  return id;
}

export type PoliceUnitFixture = {
  code: string;
  name?: string;
  kind: PoliceUnitKind;
  parentId?: string | null;
  adminUnitId: string;
  provinceCode: string;
  external?: boolean;
};

/** Inserts one police unit; returns its id. */
export async function insertPoliceUnit(db: Kysely<DB>, unit: PoliceUnitFixture): Promise<string> {
  const id = newId();
  await db
    .insertInto('police_units')
    .values({
      id,
      code: unit.code,
      name: unit.name ?? `Police ${unit.code}`,
      kind: unit.kind,
      parent_id: unit.parentId ?? null,
      admin_unit_id: unit.adminUnitId,
      province_code: unit.provinceCode,
      is_external: unit.external ? 1 : 0,
      created_at: '2025-07-01T00:00:00.000Z',
    })
    .execute();
  return id;
}

export type UnitRef = { id: string; code: string };

/** A tiny province after the 2025 reform: two communes, their police, the city police, the procuracy. */
export type TinyProvince = {
  provinceCode: string;
  admin: { province: UnitRef; communeA: UnitRef; communeB: UnitRef };
  police: { province: UnitRef; communeA: UnitRef; communeB: UnitRef; procuracy: UnitRef };
};

/**
 * Builds province `provinceCode` (default 92) with communes A (code <p>001) and B (<p>002).
 * Police unit codes: CA<p> (province police), CAX-<p>001 and CAX-<p>002 (commune police),
 * VKS<p> (procuracy, external). Call it with different codes to get several provinces.
 */
export async function buildTinyProvince(db: Kysely<DB>, provinceCode = '92'): Promise<TinyProvince> {
  const p = provinceCode;
  const province = {
    code: p,
    id: await insertAdminUnit(db, { code: p, name: `Thành phố ${p}`, level: 'province', provinceCode: p }),
  };
  const communeA = {
    code: `${p}001`,
    id: await insertAdminUnit(db, {
      code: `${p}001`,
      name: `Phường A ${p}`,
      type: 'Phường',
      level: 'commune',
      parentId: province.id,
      provinceCode: p,
    }),
  };
  const communeB = {
    code: `${p}002`,
    id: await insertAdminUnit(db, {
      code: `${p}002`,
      name: `Xã B ${p}`,
      level: 'commune',
      parentId: province.id,
      provinceCode: p,
    }),
  };
  const provincePolice = {
    code: `CA${p}`,
    id: await insertPoliceUnit(db, {
      code: `CA${p}`,
      name: `Công an thành phố ${p}`,
      kind: 'provincial_police',
      adminUnitId: province.id,
      provinceCode: p,
    }),
  };
  const policeA = {
    code: `CAX-${p}001`,
    id: await insertPoliceUnit(db, {
      code: `CAX-${p}001`,
      name: `Công an phường A ${p}`,
      kind: 'commune_police',
      parentId: provincePolice.id,
      adminUnitId: communeA.id,
      provinceCode: p,
    }),
  };
  const policeB = {
    code: `CAX-${p}002`,
    id: await insertPoliceUnit(db, {
      code: `CAX-${p}002`,
      name: `Công an xã B ${p}`,
      kind: 'commune_police',
      parentId: provincePolice.id,
      adminUnitId: communeB.id,
      provinceCode: p,
    }),
  };
  const procuracy = {
    code: `VKS${p}`,
    id: await insertPoliceUnit(db, {
      code: `VKS${p}`,
      name: `Viện kiểm sát nhân dân thành phố ${p}`,
      kind: 'procuracy',
      adminUnitId: province.id,
      provinceCode: p,
      external: true,
    }),
  };
  return {
    provinceCode: p,
    admin: { province, communeA, communeB },
    police: { province: provincePolice, communeA: policeA, communeB: policeB, procuracy },
  };
}

/** The password every fixture user gets unless a test says otherwise (meets the policy). */
export const FIXTURE_PASSWORD = 'mat-khau-2026';

export type UserFixture = {
  username: string;
  unitCode: string;
  roles: Role[];
  displayName?: string;
  password?: string;
  isDemo?: boolean;
};

/** Creates a user through the real UserService, acting as the CLI operator. */
export function insertUser(users: UserService, user: UserFixture): Promise<User> {
  return users.createUser(
    { kind: 'cli', label: 'test' },
    {
      username: user.username,
      displayName: user.displayName ?? `Cán bộ ${user.username}`,
      unitCode: user.unitCode,
      roles: user.roles,
      password: user.password ?? FIXTURE_PASSWORD,
      isDemo: user.isDemo,
    },
  );
}
