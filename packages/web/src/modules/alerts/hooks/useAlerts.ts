import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listAlerts, markAlertRead } from '../api/alerts.api.ts';

const ALERTS_KEY = ['alerts'] as const;

/** Polled every minute: a tip turning overdue should reach the header without a reload. */
export function useAlerts() {
  return useQuery({
    queryKey: ALERTS_KEY,
    queryFn: () => listAlerts(),
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
}

export function useMarkAlertRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => markAlertRead(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ALERTS_KEY }),
  });
}
