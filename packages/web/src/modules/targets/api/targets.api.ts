import { targetListSchema, targetSchema, type TargetDto, type TargetInput } from '@antt/shared';
import { api } from '@/modules/api/client.ts';

// The targets' API (packages/server/src/routes/target.routes.ts). Each target comes with its
// progress today; the reason is given in both languages, so nothing is asked in a language.

export function listTargets(): Promise<TargetDto[]> {
  return api.get('/api/targets', { schema: targetListSchema }).then((list) => list.items);
}

export function getTarget(id: string): Promise<TargetDto> {
  return api.get(`/api/targets/${encodeURIComponent(id)}`, { schema: targetSchema });
}

export function createTarget(input: TargetInput): Promise<TargetDto> {
  return api.post('/api/targets', input, { schema: targetSchema });
}

/** Replaces the target with the whole input again. */
export function updateTarget(id: string, input: TargetInput): Promise<TargetDto> {
  return api.put(`/api/targets/${encodeURIComponent(id)}`, input, { schema: targetSchema });
}

export function deleteTarget(id: string): Promise<void> {
  return api.delete(`/api/targets/${encodeURIComponent(id)}`);
}
