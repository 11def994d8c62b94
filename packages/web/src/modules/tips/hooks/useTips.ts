import type { StaffTipIntakeRequest, TipDetailDto } from '@antt/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/modules/api/client.ts';
import {
  getTip,
  listTips,
  recordTip,
  revealInformant,
  runTipStep,
  type TipListParams,
  type TipStep,
  type TipStepRequests,
} from '../api/tips.api.ts';

export const TIPS_KEY = ['tips'] as const;
const tipKey = (id: string) => [...TIPS_KEY, 'one', id] as const;

export function useTipList(params: TipListParams) {
  return useQuery({
    queryKey: [...TIPS_KEY, 'list', params],
    queryFn: () => listTips(params),
    placeholderData: keepPreviousData,
    // Time left changes with the day and others act on the same queue: keep it fresh.
    staleTime: 15_000,
  });
}

export function useTip(id: string) {
  return useQuery({ queryKey: tipKey(id), queryFn: () => getTip(id), staleTime: 5_000 });
}

/**
 * One workflow step. The answer is the tip as it now is: it replaces the cached detail, and the
 * queues are read again. A stale version (someone else acted first) reloads the tip.
 */
export function useTipStep<S extends TipStep>(id: string, step: S) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TipStepRequests[S]) => runTipStep(id, step, request),
    onSuccess: (tip: TipDetailDto) => {
      queryClient.setQueryData(tipKey(id), tip);
      void queryClient.invalidateQueries({ queryKey: [...TIPS_KEY, 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['alerts'] });
    },
    onError: (error) => {
      if (isApiError(error, 'stale_version')) void queryClient.invalidateQueries({ queryKey: tipKey(id) });
    },
  });
}

export function useRecordTip() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: StaffTipIntakeRequest) => recordTip(request),
    onSuccess: (tip) => {
      queryClient.setQueryData(tipKey(tip.id), tip);
      void queryClient.invalidateQueries({ queryKey: [...TIPS_KEY, 'list'] });
    },
  });
}

/** The informant's identity is never cached: each reveal is a new, audited request. */
export function useRevealInformant(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => revealInformant(id, reason),
    gcTime: 0,
    // The reveal is written in the tip's timeline.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tipKey(id) }),
  });
}
