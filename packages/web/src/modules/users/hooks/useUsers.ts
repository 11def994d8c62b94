import type { CreateUserRequest } from '@antt/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createUser, listUsers } from '../api/users.api.ts';

const USERS_KEY = ['users'] as const;

/** Staff accounts (administrators and leaders only); `enabled` lets a screen load them on demand. */
export function useUsers(enabled = true) {
  return useQuery({ queryKey: USERS_KEY, queryFn: listUsers, enabled });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateUserRequest) => createUser(request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
