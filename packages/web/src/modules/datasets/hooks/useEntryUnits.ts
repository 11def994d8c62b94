import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { useJurisdictionRoot } from '@/modules/dashboard/hooks/useJurisdictionRoot.ts';
import { useUnit, useUnitSearch } from '@/modules/units/hooks/useUnits.ts';

export type EntryUnits = {
  /** The communes the user may open, by name. */
  options: Array<{ value: string; label: string }>;
  /** The user's own commune, opened first; null for a user above the communes. */
  own: string | null;
  /** The area the user covers (a province or a commune); null while loading. */
  root: { code: string; level: string; name: string } | null;
  isPending: boolean;
  error: unknown;
};

/**
 * The reporting units a user can open: a commune police officer has the own commune; a leader
 * or analyst of the province picks any commune of it (the server checks the same jurisdiction).
 */
export function useEntryUnits(): EntryUnits {
  const user = useCurrentUser();
  const root = useJurisdictionRoot(user);
  const rootUnit = useUnit(root.code);
  const isCommune = rootUnit.data?.level === 'commune';
  const communes = useUnitSearch(
    { level: 'commune', province: rootUnit.data?.provinceCode, limit: 500 },
    Boolean(rootUnit.data) && !isCommune,
  );
  const options = isCommune
    ? [{ value: rootUnit.data!.code, label: rootUnit.data!.name }]
    : (communes.data?.items ?? [])
        .map((c) => ({ value: c.code, label: c.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  const parts = [rootUnit, ...(isCommune ? [] : [communes])];
  return {
    options,
    own: isCommune ? rootUnit.data!.code : null,
    root: rootUnit.data
      ? { code: rootUnit.data.code, level: rootUnit.data.level, name: rootUnit.data.name }
      : null,
    isPending: root.isPending || parts.some((q) => q.isPending && q.fetchStatus !== 'idle'),
    error: root.error ?? parts.find((q) => q.error)?.error ?? null,
  };
}
