import type { PoliceUnitKind } from '@antt/shared';
import { DomainError } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import { PoliceUnitRepository, type PoliceUnitListRow } from '../repositories/police-unit.repository.ts';
import { jurisdictionOf, type Actor } from './actor.ts';
import type { ServiceDeps } from './service-deps.ts';

export type PoliceUnit = {
  id: string;
  code: string;
  name: string;
  kind: PoliceUnitListRow['kind'];
  parentId: string | null;
  provinceCode: string;
  external: boolean;
  adminUnit: { id: string; code: string; name: string };
};

export function presentPoliceUnit(row: PoliceUnitListRow): PoliceUnit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    parentId: row.parent_id,
    provinceCode: row.province_code,
    external: row.is_external === 1,
    adminUnit: { id: row.admin_unit_id, code: row.admin_unit_code, name: row.admin_unit_name },
  };
}

export type NewPoliceUnit = {
  code: string;
  name: string;
  kind: PoliceUnitKind;
  /** Code of the parent police unit, created earlier (or earlier in the same batch). */
  parentCode: string | null;
  adminUnitId: string;
  provinceCode: string;
  external?: boolean;
};

export class PoliceUnitService {
  private readonly repo: PoliceUnitRepository;

  constructor(private readonly deps: ServiceDeps) {
    this.repo = new PoliceUnitRepository(deps.db);
  }

  /**
   * Creates police units in one transaction with one audit event. Parents are resolved by
   * code among existing units and earlier entries of the batch.
   */
  async createMany(actor: Actor, units: NewPoliceUnit[]): Promise<number> {
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new PoliceUnitRepository(trx);
      const idByCode = new Map<string, string>();
      const now = this.deps.clock.now().toISOString();
      const rows = [];
      for (const u of units) {
        if (idByCode.has(u.code) || (await repo.findByCode(u.code))) {
          throw new DomainError('conflict', `Mã đơn vị ${u.code} đã tồn tại / unit code ${u.code} exists`);
        }
        let parentId: string | null = null;
        if (u.parentCode) {
          parentId = idByCode.get(u.parentCode) ?? (await repo.findByCode(u.parentCode))?.id ?? null;
          if (!parentId)
            throw new DomainError(
              'not_found',
              `Không có đơn vị cấp trên ${u.parentCode} / no parent unit ${u.parentCode}`,
            );
        }
        const id = newId();
        idByCode.set(u.code, id);
        rows.push({
          id,
          code: u.code,
          name: u.name,
          kind: u.kind,
          parent_id: parentId,
          admin_unit_id: u.adminUnitId,
          province_code: u.provinceCode,
          is_external: u.external ? 1 : 0,
          created_at: now,
        });
      }
      await repo.insertMany(rows);
      await this.deps.audit.record(trx, actor, {
        action: 'police_units.created',
        entityType: 'police_unit',
        provinceCode: units[0]?.provinceCode ?? null,
        details: { count: rows.length, codes: rows.slice(0, 20).map((r) => r.code) },
      });
      return rows.length;
    });
  }

  async getById(id: string): Promise<PoliceUnit> {
    const row = await this.repo.findById(id);
    if (!row) throw new DomainError('not_found', `Police unit ${id} not found`);
    return presentPoliceUnit(row);
  }

  async getByCode(code: string): Promise<PoliceUnit> {
    const row = await this.repo.findByCode(code);
    if (!row)
      throw new DomainError(
        'not_found',
        `Không có đơn vị công an mã ${code} / no police unit with code ${code}`,
      );
    return presentPoliceUnit(row);
  }

  /** The police units inside the actor's jurisdiction. */
  async list(actor: Actor): Promise<PoliceUnit[]> {
    const j = jurisdictionOf(actor);
    const rows = await this.repo.list(j.scope === 'nation' ? null : [...j.adminUnitIds]);
    return rows.map(presentPoliceUnit);
  }
}
