import { useInfiniteQuery } from '@tanstack/react-query';
import { AUDIT_PAGE_SIZE, listAudit } from '../api/audit.api.ts';

export function useAuditLog() {
  return useInfiniteQuery({
    queryKey: ['audit'],
    queryFn: ({ pageParam }) => listAudit(pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.length < AUDIT_PAGE_SIZE ? undefined : last[last.length - 1]?.seq),
  });
}
