import { NATION_WIDE_ROLES, PROVINCE_WIDE_ROLES, type SessionUser } from '@antt/shared';
import { usePoliceUnits } from '@/modules/police-units/hooks/usePoliceUnits.ts';
import { useUnit, useUnitSearch } from '@/modules/units/hooks/useUnits.ts';

export type JurisdictionScope = 'nation' | 'province' | 'unit';

export type JurisdictionSummary = {
  scope: JurisdictionScope;
  /** The area's root unit (the province, or the unit's own commune); null for the nation. */
  areaName: string | null;
  /** Provinces (nation) or communes (province, unit) in the area today; null while loading. */
  adminUnitCount: number | null;
  adminUnitKind: 'province' | 'commune';
  policeUnitCount: number | null;
  isPending: boolean;
  error: unknown;
};

/**
 * What the user may see, in the words of the server's jurisdiction rule (services/jurisdiction):
 * administrators the whole country, analysts and procurators their whole province, everyone
 * else the area of their own police unit.
 */
export function scopeOf(user: Pick<SessionUser, 'roles'>): JurisdictionScope {
  if (user.roles.some((r) => NATION_WIDE_ROLES.includes(r))) return 'nation';
  if (user.roles.some((r) => PROVINCE_WIDE_ROLES.includes(r))) return 'province';
  return 'unit';
}

export function useJurisdictionSummary(user: SessionUser): JurisdictionSummary {
  const scope = scopeOf(user);
  const policeUnits = usePoliceUnits();
  const ownUnit = policeUnits.data?.find((unit) => unit.id === user.unit.id);
  // A unit-scoped user of a provincial unit (e.g. the city police's leader) covers the province.
  const rootCode =
    scope === 'nation' ? null : scope === 'province' ? user.provinceCode : (ownUnit?.adminUnit.code ?? null);
  const root = useUnit(rootCode);
  const rootIsProvince = root.data?.level === 'province';

  const provinces = useUnitSearch({ level: 'province', limit: 500 }, scope === 'nation');
  const communes = useUnitSearch(
    { level: 'commune', province: root.data?.provinceCode, limit: 500 },
    rootIsProvince,
  );

  let adminUnitCount: number | null = null;
  if (scope === 'nation') adminUnitCount = provinces.data?.items.length ?? null;
  else if (root.data) adminUnitCount = rootIsProvince ? (communes.data?.items.length ?? null) : 1;

  const parts =
    scope === 'nation'
      ? [policeUnits, provinces]
      : [policeUnits, root, ...(rootIsProvince ? [communes] : [])];
  return {
    scope,
    areaName: scope === 'nation' ? null : (root.data?.name ?? null),
    adminUnitCount,
    adminUnitKind: scope === 'nation' ? 'province' : 'commune',
    policeUnitCount: policeUnits.data?.length ?? null,
    isPending: parts.some((q) => q.isPending),
    error: parts.find((q) => q.error)?.error ?? null,
  };
}
