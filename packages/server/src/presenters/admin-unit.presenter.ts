import { isoFromDay, type AdminUnitDto, type AdminUnitMappingDto } from '@antt/shared';
import type { AdminUnit, UnitMapping } from '../services/admin-unit.service.ts';

// Unit versions as the API shows them: days as ISO dates ('YYYY-MM-DD').

export function presentAdminUnit(unit: AdminUnit): AdminUnitDto {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    type: unit.type,
    level: unit.level,
    parentId: unit.parentId,
    parentCode: unit.parentCode,
    provinceCode: unit.provinceCode,
    validFrom: isoFromDay(unit.validFrom),
    validTo: unit.validTo === null ? null : isoFromDay(unit.validTo),
  };
}

export function presentUnitMapping(mapping: UnitMapping): AdminUnitMappingDto {
  return {
    from: presentAdminUnit(mapping.from),
    fromDate: isoFromDay(mapping.fromDay),
    toDate: isoFromDay(mapping.toDay),
    targets: mapping.targets.map((t) => ({ unit: presentAdminUnit(t.unit), weight: t.weight })),
    unmappedWeight: mapping.unmappedWeight,
  };
}
