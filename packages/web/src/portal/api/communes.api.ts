import {
  portalCommuneListSchema,
  portalCommuneSchema,
  type PortalCommune,
} from '@antt/shared/tips/tip-portal.schemas';
import { portalRequest } from './portal-client.ts';

export type { PortalCommune };

/** Today's communes of the provinces this installation serves, for the "where" picker. */
export async function listCommunes(signal?: AbortSignal): Promise<PortalCommune[]> {
  const { items } = await portalRequest('GET', '/api/portal/communes', {
    schema: portalCommuneListSchema,
    signal,
  });
  return items;
}

/** The commune under a point today; refused (point_outside_units) outside every served commune. */
export function communeAtPoint(point: { lon: number; lat: number }): Promise<PortalCommune> {
  const query = new URLSearchParams({ lon: String(point.lon), lat: String(point.lat) });
  return portalRequest('GET', `/api/portal/communes/at-point?${query.toString()}`, {
    schema: portalCommuneSchema,
  });
}
