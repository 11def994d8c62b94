import type { DataApprovalAction, DataValueBatch } from '@antt/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { approvalAction, dataEntry, saveDataValues, type ApprovalAction } from '../api/data-sets.api.ts';

export const ENTRY_KEY = ['datasets', 'entry'] as const;
export const APPROVALS_KEY = ['datasets', 'approvals'] as const;

export type EntryQuery = { dataSet: string; unit: string; from: string; to: string };

export function entryQueryOptions({ dataSet, ...query }: EntryQuery) {
  return {
    queryKey: [...ENTRY_KEY, dataSet, query] as const,
    queryFn: () => dataEntry(dataSet, query),
  };
}

export function useDataEntry(query: EntryQuery | null) {
  return useQuery({
    ...entryQueryOptions(query ?? { dataSet: '', unit: '', from: '', to: '' }),
    enabled: query !== null,
    // A grid being typed into is not refreshed behind the officer's back.
    refetchOnWindowFocus: false,
  });
}

/** After a save or an approval step the grids and the approval lists are read again. */
function useAfterWrite() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ENTRY_KEY }),
      queryClient.invalidateQueries({ queryKey: APPROVALS_KEY }),
    ]);
}

export function useSaveDataValues() {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: (batch: DataValueBatch) => saveDataValues(batch),
    onSuccess: afterWrite,
  });
}

export function useApprovalAction(dataSet: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: ({ action, body }: { action: ApprovalAction; body: DataApprovalAction }) =>
      approvalAction(dataSet, action, body),
    onSuccess: afterWrite,
  });
}
