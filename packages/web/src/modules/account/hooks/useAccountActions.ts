import type { PasswordChangeRequest } from '@antt/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { changePassword, disableTotp, enableTotp, setUpTotp } from '@/modules/auth/api/auth.api.ts';
import { SESSION_QUERY_KEY } from '@/modules/auth/hooks/useSession.ts';

// Each change may renew the session (and its CSRF token) on the server: read the session again.
function useRefreshSession() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
}

export function useChangePassword() {
  const refresh = useRefreshSession();
  return useMutation({
    mutationFn: (request: PasswordChangeRequest) => changePassword(request),
    onSuccess: refresh,
  });
}

export function useTotpSetup() {
  return useMutation({ mutationFn: setUpTotp });
}

export function useEnableTotp() {
  const refresh = useRefreshSession();
  return useMutation({ mutationFn: (code: string) => enableTotp(code), onSuccess: refresh });
}

export function useDisableTotp() {
  const refresh = useRefreshSession();
  return useMutation({ mutationFn: (password: string) => disableTotp(password), onSuccess: refresh });
}
