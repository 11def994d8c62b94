import { userListResponseSchema, userSchema, type CreateUserRequest, type User } from '@antt/shared';
import { api } from '@/modules/api/client.ts';

export async function listUsers(): Promise<User[]> {
  const { users } = await api.get('/api/users', { schema: userListResponseSchema });
  return users;
}

export function createUser(request: CreateUserRequest): Promise<User> {
  return api.post('/api/users', request, { schema: userSchema });
}
