import type { LoginRequest, SessionResponse, SessionUser } from '@antt/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchSession, login, logout } from '../api/auth.api.ts';

export const SESSION_QUERY_KEY = ['auth', 'session'] as const;

export function useSession() {
  return useQuery({ queryKey: SESSION_QUERY_KEY, queryFn: fetchSession, staleTime: Infinity, retry: 1 });
}

/** The signed-in user; only for components rendered behind the sign-in guard. */
export function useCurrentUser(): SessionUser {
  const { data } = useSession();
  if (!data?.user) throw new Error('useCurrentUser outside a signed-in route');
  return data.user;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: LoginRequest) => login(request),
    onSuccess: (session: SessionResponse) => queryClient.setQueryData(SESSION_QUERY_KEY, session),
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: logout,
    // Whatever the answer, reload on a clean sign-in page: nothing of the last user's data stays
    // in memory, and no "next" link leads back to the last screen.
    onSettled: () => window.location.replace('/sign-in'),
  });
}
