import { POLICE_UNIT_KINDS, type PoliceUnitDto } from '@antt/shared';

/** Command first (provincial police, its bodies and departments), communes after, then outside bodies. */
export function byRankThenName(a: PoliceUnitDto, b: PoliceUnitDto): number {
  const rank = (unit: PoliceUnitDto) =>
    unit.external ? POLICE_UNIT_KINDS.length : POLICE_UNIT_KINDS.indexOf(unit.kind);
  return rank(a) - rank(b) || a.name.localeCompare(b.name, 'vi');
}
