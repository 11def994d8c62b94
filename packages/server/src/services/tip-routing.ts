import type { DayNumber } from '@antt/shared';
import { DomainError } from '../errors/domain-error.ts';
import type { PoliceUnitRow } from '../repositories/police-unit.repository.ts';
import { TipRoutingRepository } from '../repositories/tip-routing.repository.ts';
import type { AdminUnit, AdminUnitService } from './admin-unit.service.ts';
import type { ServiceDeps } from './service-deps.ts';

// Where a new tip goes (shared/DESIGN.md section 5.2): to the commune police of its place as
// the units stand today — a place recorded under a pre-2025 commune is followed through the
// successions to today's commune — and, when no commune can be named or no commune police
// covers it, to the province's 24/24 duty desk, which routes it by hand.

export type RoutingDecision = {
  unit: PoliceUnitRow;
  /** How it was chosen, for the timeline. */
  reason: 'commune_police' | 'duty_desk_no_place' | 'duty_desk_no_commune_police';
};

export class TipRouting {
  private readonly repo: TipRoutingRepository;

  constructor(
    deps: ServiceDeps,
    private readonly adminUnits: AdminUnitService,
  ) {
    this.repo = new TipRoutingRepository(deps.db);
  }

  /**
   * The unit that receives a tip placed in `place` (a commune version valid on `placeDay`),
   * or, with no place, the duty desk of `provinceCode` (or of the one province served).
   */
  async route(
    place: AdminUnit | null,
    placeDay: DayNumber,
    today: DayNumber,
    provinceCode?: string,
  ): Promise<RoutingDecision> {
    if (place) {
      const current = await this.currentCommune(place, placeDay, today);
      if (current) {
        const [police] = await this.repo.unitsCovering(current.id, 'commune_police');
        if (police) return { unit: police, reason: 'commune_police' };
      }
      const desk = await this.dutyDesk(current?.provinceCode ?? place.provinceCode, 'communeCode');
      return { unit: desk, reason: 'duty_desk_no_commune_police' };
    }
    return { unit: await this.dutyDesk(provinceCode, 'provinceCode'), reason: 'duty_desk_no_place' };
  }

  /** Today's commune for a place: itself, or the heaviest successor (merges pass weight 1). */
  private async currentCommune(
    place: AdminUnit,
    placeDay: DayNumber,
    today: DayNumber,
  ): Promise<AdminUnit | null> {
    if (place.validFrom <= today && (place.validTo === null || place.validTo >= today)) return place;
    const mapping = await this.adminUnits.mapUnit(place.code, placeDay, today);
    return mapping.targets.find((t) => t.unit.level === 'commune')?.unit ?? null;
  }

  /** The 24/24 duty desk of a province; with no province named, the only one there is. */
  async dutyDesk(provinceCode: string | undefined, field: string): Promise<PoliceUnitRow> {
    const desks = provinceCode
      ? await this.repo.unitsOfKindInProvince(provinceCode, 'duty_desk')
      : await this.repo.unitsOfKind('duty_desk');
    if (desks.length === 1 || (provinceCode && desks.length > 0)) return desks[0]!;
    if (!provinceCode && desks.length > 1) {
      throw new DomainError(
        'validation_failed',
        'Chọn xã, phường nơi xảy ra vụ việc hoặc tỉnh, thành phố / choose the commune where it happened, or the province',
        {
          fields: [
            { path: 'provinceCode', message: 'required when neither a commune nor a map point is given' },
          ],
        },
      );
    }
    throw new DomainError(
      'place_not_served',
      'Nơi xảy ra vụ việc không thuộc địa bàn của cơ quan công an nào trên hệ thống này / no police unit of this system serves that place',
      { fields: [{ path: field, message: 'no police unit of this system serves it' }] },
    );
  }

  /** The investigating body a commune police hands over to: the province's own. */
  async investigatingBody(provinceCode: string): Promise<PoliceUnitRow> {
    const [body] = await this.repo.unitsOfKindInProvince(provinceCode, 'investigating_body');
    if (!body) {
      throw new DomainError(
        'tip_state_invalid',
        `Tỉnh ${provinceCode} chưa có Cơ quan điều tra trên hệ thống / province ${provinceCode} has no investigating body in the system`,
      );
    }
    return body;
  }
}
