import {
  adminUnitListSchema,
  adminUnitSchema,
  type AdminUnitDto,
  type AdminUnitLevelName,
  type AdminUnitListDto,
} from '@antt/shared';
import { api } from '@/modules/api/client.ts';

export type UnitSearch = {
  /** YYYY-MM-DD; the server takes today in Vietnam when absent. */
  date?: string;
  level?: AdminUnitLevelName;
  parent?: string;
  province?: string;
  q?: string;
  limit?: number;
};

/** Units valid on a date, by level, parent, province, or a name or code. */
export function searchUnits(search: UnitSearch): Promise<AdminUnitListDto> {
  return api.get('/api/units', { query: search, schema: adminUnitListSchema });
}

/** The version of a code valid on a date. */
export function unitAt(code: string, date?: string): Promise<AdminUnitDto> {
  return api.get(`/api/units/${encodeURIComponent(code)}`, { query: { date }, schema: adminUnitSchema });
}

/** The units directly under a code on a date. */
export function unitChildren(code: string, date?: string): Promise<AdminUnitListDto> {
  return api.get(`/api/units/${encodeURIComponent(code)}/children`, {
    query: { date },
    schema: adminUnitListSchema,
  });
}
