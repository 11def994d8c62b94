import type { NewPoliceUnit } from '../services/police-unit.service.ts';

// The demo police force: Cần Thơ city police as it stands since 1 July 2025 (including former
// Sóc Trăng and Hậu Giang), with the bodies the tip workflow needs (DESIGN.md section 5.2):
// its criminal investigation police (the investigating body), the staff department that hosts
// the 24/24 duty desk and the analysts, one commune police per commune, and the city procuracy
// as an outside organisation.

type UnitRef = { id: string; code: string; name: string; type: string };

export const DEMO_PROVINCE_CODE = '92';

/** "Phường Sóc Trăng" → "Công an phường Sóc Trăng"; "Đặc khu X" → "Công an đặc khu X". */
export function communePoliceName(communeName: string): string {
  return `Công an ${communeName.charAt(0).toLowerCase()}${communeName.slice(1)}`;
}

export function demoPoliceUnits(province: UnitRef, communes: UnitRef[]): NewPoliceUnit[] {
  const at = (
    code: string,
    name: string,
    kind: NewPoliceUnit['kind'],
    parentCode: string | null,
    adminUnitId = province.id,
  ) => ({
    code,
    name,
    kind,
    parentCode,
    adminUnitId,
    provinceCode: DEMO_PROVINCE_CODE,
  });
  return [
    at('CA92', 'Công an thành phố Cần Thơ', 'provincial_police', null),
    at('CA92-PV01', 'Phòng Tham mưu', 'department', 'CA92'),
    at('CA92-TB', 'Trực ban 24/24 Công an thành phố Cần Thơ', 'duty_desk', 'CA92-PV01'),
    at('CA92-CSDT', 'Cơ quan Cảnh sát điều tra Công an thành phố Cần Thơ', 'investigating_body', 'CA92'),
    ...communes.map((c) => at(`CAX-${c.code}`, communePoliceName(c.name), 'commune_police', 'CA92', c.id)),
    { ...at('VKS92', 'Viện kiểm sát nhân dân thành phố Cần Thơ', 'procuracy', null), external: true },
  ];
}
