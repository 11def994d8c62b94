import { vnDayOf, type PortalCommune } from '@antt/shared';
import { TipRoutingRepository } from '../repositories/tip-routing.repository.ts';
import type { AdminUnit, AdminUnitService } from './admin-unit.service.ts';
import type { ServiceDeps } from './service-deps.ts';

// What the citizen portal may look up without an account: the communes of today in the
// provinces this installation serves (those with a 24/24 duty desk), for the picker, and the
// commune under a map point. Commune names and codes are public; nothing else is answered.

const MAX_COMMUNES = 500;

function present(unit: AdminUnit): PortalCommune {
  return { code: unit.code, name: unit.name, type: unit.type, provinceCode: unit.provinceCode };
}

export class TipPortalPlaces {
  private readonly routing: TipRoutingRepository;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly adminUnits: AdminUnitService,
  ) {
    this.routing = new TipRoutingRepository(deps.db);
  }

  private today() {
    return vnDayOf(this.deps.clock.now());
  }

  /** The provinces with a duty desk: where a tip can be received. */
  async servedProvinces(): Promise<string[]> {
    const desks = await this.routing.unitsOfKind('duty_desk');
    return [...new Set(desks.map((d) => d.province_code))].sort();
  }

  async communes(filter: { q?: string; province?: string }): Promise<PortalCommune[]> {
    const served = await this.servedProvinces();
    const provinces = filter.province ? served.filter((p) => p === filter.province) : served;
    const out: PortalCommune[] = [];
    for (const provinceCode of provinces) {
      const units = await this.adminUnits.search({
        date: this.today(),
        level: 'commune',
        provinceCode,
        q: filter.q,
        limit: MAX_COMMUNES,
      });
      out.push(...units.map(present));
    }
    return out.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  /** The commune holding the point today (point_outside_units when none). */
  async communeAt(lon: number, lat: number): Promise<PortalCommune> {
    return present(await this.adminUnits.communeAtPoint(lon, lat, this.today()));
  }
}
