import type { DataApprovalState } from '@antt/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { approvalQueue } from '../api/data-sets.api.ts';
import { APPROVALS_KEY } from './useDataEntry.ts';

export type ApprovalQueueQuery = {
  dataSet: string;
  unit: string;
  from: string;
  to: string;
  state?: DataApprovalState;
};

export function useApprovalQueue(query: ApprovalQueueQuery | null) {
  return useQuery({
    queryKey: [...APPROVALS_KEY, query],
    queryFn: () => {
      const { dataSet, ...rest } = query!;
      return approvalQueue(dataSet, rest);
    },
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
