import { policeUnitListSchema, type PoliceUnitDto } from '@antt/shared';
import { api } from '@/modules/api/client.ts';

/** The police units inside the signed-in user's jurisdiction. */
export async function listPoliceUnits(): Promise<PoliceUnitDto[]> {
  const { items } = await api.get('/api/police-units', { schema: policeUnitListSchema });
  return items;
}
