import type { AdminUnitDto } from '@antt/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unitAt } from '@/modules/units/api/units.api.ts';

/** Province › district › commune: at most this many steps up. */
const MAX_DEPTH = 4;

/**
 * The drill-down path from the user's jurisdiction root to a unit on the hierarchy date, for
 * the breadcrumbs ("Thành phố Cần Thơ › Phường Sóc Trăng"). It stops at the root, so nobody
 * is offered a step up to figures they may not see.
 */
export function useUnitPath(code: string | null, date: string, rootCode: string | null) {
  return useQuery({
    queryKey: ['units', 'path', code, date, rootCode],
    queryFn: async (): Promise<AdminUnitDto[]> => {
      const path: AdminUnitDto[] = [await unitAt(code!, date)];
      while (path.length < MAX_DEPTH) {
        const top = path[0]!;
        if (top.code === rootCode || !top.parentCode) break;
        path.unshift(await unitAt(top.parentCode, date));
      }
      return path;
    },
    enabled: Boolean(code),
    staleTime: 10 * 60_000,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
