import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from '@/modules/api/client.ts';
import { SESSION_QUERY_KEY } from '@/modules/auth/hooks/useSession.ts';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A session that ended on the server (expired, signed out elsewhere): read the session
      // again, which sends the user back to the sign-in page.
      onError: (error, query) => {
        if (isApiError(error, 'unauthenticated') && query.queryKey[0] !== SESSION_QUERY_KEY[0]) {
          void client.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
        }
      },
    }),
    defaultOptions: {
      queries: {
        // Retrying a refused request (4xx) cannot help; a network blip or a 5xx might.
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
  return client;
}
