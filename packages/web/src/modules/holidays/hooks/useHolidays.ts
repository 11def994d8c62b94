import type { SetHolidayRequest } from '@antt/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { clearHoliday, getHolidayYear, setHoliday } from '../api/holidays.api.ts';

const HOLIDAYS_KEY = ['holidays'] as const;

export function useHolidayYear(year: number) {
  return useQuery({
    queryKey: [...HOLIDAYS_KEY, year],
    queryFn: () => getHolidayYear(year),
    staleTime: 60_000,
  });
}

export function useSetHoliday() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ date, request }: { date: string; request: SetHolidayRequest }) =>
      setHoliday(date, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HOLIDAYS_KEY }),
  });
}

export function useClearHoliday() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => clearHoliday(date),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HOLIDAYS_KEY }),
  });
}
