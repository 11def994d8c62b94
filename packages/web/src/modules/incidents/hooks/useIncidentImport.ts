import type { SessionResponse } from '@antt/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SESSION_QUERY_KEY } from '@/modules/auth/hooks/useSession.ts';
import { getIncidentImport, startIncidentImport } from '../api/incident-import.api.ts';
import { INCIDENTS_KEY } from './useIncidents.ts';

const jobKey = (id: string | null) => ['incident-imports', id] as const;

/** Sends the file; the CSRF token is the current session's, as for every other write. */
export function useStartIncidentImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      startIncidentImport(
        file,
        dryRun,
        queryClient.getQueryData<SessionResponse>(SESSION_QUERY_KEY)?.csrfToken,
      ),
    onSuccess: (job) => queryClient.setQueryData(jobKey(job.id), job),
  });
}

/** Polls a running job twice a second; once it is done, the register is read again. */
export function useIncidentImportJob(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: jobKey(id),
    queryFn: async () => {
      const job = await getIncidentImport(id!);
      if (job.state === 'done' && job.report && !job.report.dryRun) {
        void queryClient.invalidateQueries({ queryKey: INCIDENTS_KEY });
      }
      return job;
    },
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data?.state === 'running' ? 500 : false),
    staleTime: Infinity,
  });
}
