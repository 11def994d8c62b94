import type { TargetDto, TargetInput } from '@antt/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createTarget, deleteTarget, getTarget, listTargets, updateTarget } from '../api/targets.api.ts';

export const TARGETS_KEY = ['targets'] as const;

// A target's status moves with the figures behind it, a few times a day: a minute old is fresh enough.
const FIGURES_STALE = 60_000;

export function useTargetList() {
  return useQuery({ queryKey: [...TARGETS_KEY, 'list'], queryFn: listTargets, staleTime: FIGURES_STALE });
}

export function useTarget(id: string) {
  return useQuery({
    queryKey: [...TARGETS_KEY, 'one', id],
    queryFn: () => getTarget(id),
    staleTime: FIGURES_STALE,
  });
}

/** Every change reads the list and the target again: the status of the new values is the server's. */
function useTargetMutation<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: TARGETS_KEY }),
  });
}

export function useCreateTarget() {
  return useTargetMutation((input: TargetInput) => createTarget(input));
}

export function useUpdateTarget(id: string) {
  return useTargetMutation((input: TargetInput) => updateTarget(id, input));
}

export function useDeleteTarget(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteTarget(id),
    onSuccess: () => {
      // The deleted target's own page must not be read again, nor linger in the list until it is.
      queryClient.removeQueries({ queryKey: [...TARGETS_KEY, 'one', id] });
      queryClient.setQueryData<TargetDto[]>([...TARGETS_KEY, 'list'], (list) =>
        list?.filter((t) => t.id !== id),
      );
      void queryClient.invalidateQueries({ queryKey: [...TARGETS_KEY, 'list'] });
    },
  });
}
