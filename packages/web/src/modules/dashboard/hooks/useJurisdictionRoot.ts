import type { SessionUser } from '@antt/shared';
import { usePoliceUnits } from '@/modules/police-units/hooks/usePoliceUnits.ts';
import { scopeOf } from '@/modules/jurisdiction/hooks/useJurisdictionSummary.ts';

/**
 * The administrative unit a user's figures start from: the province for administrators,
 * analysts and procurators, otherwise the area of the user's own police unit (a commune police
 * officer sees the commune). The API refuses figures outside it.
 */
export function useJurisdictionRoot(user: SessionUser): {
  code: string | null;
  isPending: boolean;
  error: unknown;
} {
  const scope = scopeOf(user);
  const policeUnits = usePoliceUnits();
  if (scope !== 'unit') return { code: user.provinceCode, isPending: false, error: null };
  const own = policeUnits.data?.find((unit) => unit.id === user.unit.id);
  return {
    code: own?.adminUnit.code ?? (policeUnits.data ? user.provinceCode : null),
    isPending: policeUnits.isPending,
    error: policeUnits.error,
  };
}
