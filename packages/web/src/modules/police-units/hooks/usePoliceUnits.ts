import { useQuery } from '@tanstack/react-query';
import { listPoliceUnits } from '../api/police-units.api.ts';

export function usePoliceUnits() {
  return useQuery({ queryKey: ['police-units'], queryFn: listPoliceUnits, staleTime: 5 * 60_000 });
}
