import { isoFromDay, isValidIsoDay, type DayNumber } from '@antt/shared';
import type { AdminUnitLevel } from '../db/tables/admin-unit.ts';
import { DomainError, validationError } from '../errors/domain-error.ts';
import type { AdminUnitRepository, AdminUnitView } from '../repositories/admin-unit.repository.ts';

// Resolving a unit code by a date (shared/DESIGN.md section 4): a code is not an identity — the
// 2025 lists reuse old codes for other places — so a code names a version only together with a
// day, and a code that did not exist on that day is an error, never a silent guess.

/** One version of an administrative unit. Days are YYYYMMDD integers in Vietnam. */
export type AdminUnit = {
  id: string;
  code: string;
  name: string;
  type: string;
  level: AdminUnitLevel;
  parentId: string | null;
  parentCode: string | null;
  provinceCode: string;
  validFrom: DayNumber;
  validTo: DayNumber | null;
};

export function toAdminUnit(row: AdminUnitView): AdminUnit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    level: row.level,
    parentId: row.parent_id,
    parentCode: row.parent_code,
    provinceCode: row.province_code,
    validFrom: Number(row.valid_from),
    validTo: row.valid_to === null ? null : Number(row.valid_to),
  };
}

export function isValidOn(unit: { valid_from: number; valid_to: number | null }, day: DayNumber): boolean {
  return unit.valid_from <= day && (unit.valid_to === null || unit.valid_to >= day);
}

/** Refuses a day number that is not a real calendar day (e.g. 20250230). */
export function assertDay(day: DayNumber, field: string): void {
  if (!Number.isInteger(day) || !isValidIsoDay(isoFromDay(day))) {
    throw validationError(
      [{ path: field, message: `not a calendar day: ${day}` }],
      `Ngày không hợp lệ / invalid date: ${field}`,
    );
  }
}

function period(v: { valid_from: number; valid_to: number | null }, lang: 'vi' | 'en'): string {
  const from = isoFromDay(v.valid_from);
  if (v.valid_to === null) return lang === 'vi' ? `từ ${from}` : `from ${from}`;
  return lang === 'vi' ? `từ ${from} đến ${isoFromDay(v.valid_to)}` : `${from} to ${isoFromDay(v.valid_to)}`;
}

/** The version of `code` valid on `day`; unit_code_unknown or unit_not_valid_on_date otherwise. */
export async function resolveUnitVersion(
  repo: AdminUnitRepository,
  code: string,
  day: DayNumber,
): Promise<AdminUnitView> {
  assertDay(day, 'date');
  const versions = await repo.versionsOfCode(code);
  if (versions.length === 0) {
    throw new DomainError(
      'unit_code_unknown',
      `Không có đơn vị hành chính mã ${code} / no administrative unit has code ${code}`,
      {
        code,
      },
    );
  }
  const version = versions.find((v) => isValidOn(v, day));
  if (version) return version;
  const date = isoFromDay(day);
  const vi = versions.map((v) => `${v.name}: ${period(v, 'vi')}`).join('; ');
  const en = versions.map((v) => `${v.name}: ${period(v, 'en')}`).join('; ');
  throw new DomainError(
    'unit_not_valid_on_date',
    `Mã ${code} không có hiệu lực vào ngày ${date} (${vi}) / code ${code} did not exist on ${date} (${en})`,
    {
      code,
      date,
      versions: versions.map((v) => ({
        name: v.name,
        validFrom: isoFromDay(v.valid_from),
        validTo: v.valid_to === null ? null : isoFromDay(v.valid_to),
      })),
    },
  );
}
