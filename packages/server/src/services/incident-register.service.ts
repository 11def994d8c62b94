import {
  dayFromIso,
  incidentBulkRequestSchema,
  incidentInputSchema,
  incidentUpdateSchema,
  vnDayOf,
  type IncidentInput,
} from '@antt/shared';
import { isUniqueViolation } from '../db/dialect.ts';
import { DomainError, parseInput, validationError } from '../errors/domain-error.ts';
import { IncidentRepository, type IncidentRow } from '../repositories/incident.repository.ts';
import { PoliceUnitRepository } from '../repositories/police-unit.repository.ts';
import { TipRepository } from '../repositories/tip.repository.ts';
import { type Actor } from './actor.ts';
import type { AdminUnitService } from './admin-unit.service.ts';
import {
  assertMaySeeIncident,
  assertMayWriteIncidents,
  assertPlaceInJurisdiction,
  incidentNotFound,
  maySeeIncident,
} from './incident-access.ts';
import type { IncidentCatalogueService } from './incident-catalogue.service.ts';
import { incidentFacts, type FactContext, type IncidentFacts } from './incident-record.ts';
import { IncidentResolver } from './incident-resolver.ts';
import { IncidentWriter, staleVersion } from './incident-writer.ts';
import type { ServiceDeps } from './service-deps.ts';
import { maySeeTip } from './tip-access.ts';

// Recording, editing and deleting incidents one at a time or in bulk (shared/DESIGN.md
// section 5.3). Each call is one transaction: the rows, their history, the audit entries and
// the rollups commit together or not at all.

export type IncidentCollaborators = {
  adminUnits: AdminUnitService;
  catalogue: IncidentCatalogueService;
};

export class IncidentRegisterService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly c: IncidentCollaborators,
  ) {}

  /**
   * A resolver and the checks one request or one import needs. They read reference data
   * outside the write transaction (SQLite has one connection: a read beside an open
   * transaction would wait for it), so resolve first, then open the transaction to write.
   */
  async factContext(actor: Actor): Promise<FactContext & { resolver: IncidentResolver }> {
    const db = this.deps.db;
    const now = this.deps.clock.now();
    const resolver = new IncidentResolver(db, this.deps.dialect, this.c.adminUnits, vnDayOf(now));
    const catalogue = await this.c.catalogue.snapshot(db);
    return {
      resolver,
      catalogue,
      now,
      defaultReportingUnit: async (commune, day) => {
        // A staff member records for their own unit; the CLI for the unit that serves the place.
        if (actor.kind === 'user') return (await resolver.policeUnit(actor.unitId)) ?? null;
        return resolver.ownerOf(commune, day);
      },
      checkTip: async (tipId, provinceCode) => {
        const tip = await new TipRepository(db).findById(tipId);
        if (!tip || !maySeeTip(actor, tip)) return 'không tìm thấy tin báo / no such tip';
        if (tip.province_code !== provinceCode)
          return 'tin báo thuộc tỉnh khác / the tip belongs to another province';
        return null;
      },
    };
  }

  private async factsOrThrow(actor: Actor, input: IncidentInput): Promise<IncidentFacts> {
    const facts = await incidentFacts(input, await this.factContext(actor));
    if (Array.isArray(facts)) throw validationError(facts);
    assertPlaceInJurisdiction(actor, facts.admin_unit_id, input.communeCode ? 'communeCode' : 'lon');
    await this.assertReportingUnitAllowed(actor, facts.reporting_unit_id);
    return facts;
  }

  /** Staff record for their own unit or a unit inside their jurisdiction. */
  private async assertReportingUnitAllowed(actor: Actor, reportingUnitId: string): Promise<void> {
    if (actor.kind !== 'user' || actor.unitId === reportingUnitId) return;
    const unit = await new PoliceUnitRepository(this.deps.db).findById(reportingUnitId);
    if (!unit) return;
    if (actor.jurisdiction.scope === 'nation' || actor.jurisdiction.adminUnitIds.has(unit.admin_unit_id))
      return;
    throw new DomainError(
      'outside_jurisdiction',
      'Đơn vị lập không thuộc quyền của bạn / that reporting unit is outside your jurisdiction',
      {
        fields: [{ path: 'reportingUnitId', message: 'outside your jurisdiction' }],
      },
    );
  }

  async create(actor: Actor, body: unknown): Promise<{ id: string }> {
    assertMayWriteIncidents(actor);
    const input = parseInput(incidentInputSchema, body);
    const facts = await this.factsOrThrow(actor, input);
    return this.deps.db.transaction().execute(async (trx) => {
      const writer = new IncidentWriter(trx, this.deps.dialect, actor, this.deps.clock.now());
      const [row] = await this.insertChecked(writer, [facts]);
      await writer.flush();
      await this.deps.audit.record(trx, actor, {
        action: 'incident.created',
        entityType: 'incident',
        entityId: row!.id,
        provinceCode: row!.province_code,
        adminUnitId: row!.admin_unit_id,
        details: { type: row!.type, category: row!.category, occurredDay: row!.occurred_day },
      });
      return { id: row!.id };
    });
  }

  private async insertChecked(writer: IncidentWriter, facts: IncidentFacts[]): Promise<IncidentRow[]> {
    try {
      return await writer.create(facts, 'created');
    } catch (e) {
      throw duplicateRefOr(e);
    }
  }

  async update(actor: Actor, id: string, body: unknown): Promise<void> {
    assertMayWriteIncidents(actor);
    const { version, ...rest } = parseInput(incidentUpdateSchema, body);
    const input = rest as IncidentInput;
    // 404 before 400: whether an incident out of reach exists is not the caller's business.
    assertMaySeeIncident(actor, await new IncidentRepository(this.deps.db, this.deps.dialect).findById(id));
    const facts = await this.factsOrThrow(actor, input);
    await this.deps.db.transaction().execute(async (trx) => {
      const old = await new IncidentRepository(trx, this.deps.dialect).findById(id);
      assertMaySeeIncident(actor, old);
      if (old.version !== version) throw staleVersion();
      const writer = new IncidentWriter(trx, this.deps.dialect, actor, this.deps.clock.now());
      try {
        await writer.update(old, facts, 'updated');
      } catch (e) {
        throw duplicateRefOr(e);
      }
      await writer.flush();
      await this.deps.audit.record(trx, actor, {
        action: 'incident.updated',
        entityType: 'incident',
        entityId: id,
        provinceCode: facts.province_code,
        adminUnitId: facts.admin_unit_id,
        details: { version: old.version + 1 },
      });
    });
  }

  async remove(actor: Actor, id: string, version: number): Promise<void> {
    assertMayWriteIncidents(actor);
    await this.deps.db.transaction().execute(async (trx) => {
      const old = await new IncidentRepository(trx, this.deps.dialect).findById(id);
      assertMaySeeIncident(actor, old);
      if (old.version !== version) throw staleVersion();
      const writer = new IncidentWriter(trx, this.deps.dialect, actor, this.deps.clock.now());
      await writer.remove(old);
      await writer.flush();
      await this.deps.audit.record(trx, actor, {
        action: 'incident.deleted',
        entityType: 'incident',
        entityId: id,
        provinceCode: old.province_code,
        adminUnitId: old.admin_unit_id,
        // What was deleted stays readable in the audit log.
        details: { record: old },
      });
    });
  }

  /** One action over many incidents: every one must be visible and valid, or nothing changes. */
  async bulk(actor: Actor, body: unknown): Promise<{ changed: number }> {
    assertMayWriteIncidents(actor);
    const input = parseInput(incidentBulkRequestSchema, body);
    const today = vnDayOf(this.deps.clock.now());
    return this.deps.db.transaction().execute(async (trx) => {
      const rows = await new IncidentRepository(trx, this.deps.dialect).findByIds(input.ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const missing = input.ids.findIndex((id) => {
        const row = byId.get(id);
        return !row || !maySeeIncident(actor, row);
      });
      if (missing >= 0) throw incidentNotFound();
      const writer = new IncidentWriter(trx, this.deps.dialect, actor, this.deps.clock.now());
      const problems: { path: string; message: string }[] = [];
      let changed = 0;
      for (const [i, id] of input.ids.entries()) {
        const old = byId.get(id)!;
        if (input.action === 'delete') {
          await writer.remove(old);
          changed++;
          continue;
        }
        const facts: IncidentFacts = { ...old };
        if (input.action === 'set_status') facts.status = input.status!;
        if (input.action === 'mark_cleared') {
          const day = dayFromIso(input.clearedOn!);
          if (day < old.occurred_day || day > today) {
            problems.push({
              path: `ids.${i}`,
              message: `ngày làm rõ không hợp lệ cho vụ việc này / the clearance day is before it happened or in the future`,
            });
            continue;
          }
          facts.cleared = 1;
          facts.cleared_day = day;
        }
        if (
          facts.status === old.status &&
          facts.cleared === old.cleared &&
          facts.cleared_day === old.cleared_day
        )
          continue;
        await writer.update(old, facts, 'bulk_updated');
        changed++;
      }
      if (problems.length > 0) throw validationError(problems);
      await writer.flush();
      await this.deps.audit.record(trx, actor, {
        action: `incident.bulk_${input.action}`,
        entityType: 'incident',
        details: {
          ids: input.ids,
          status: input.status ?? null,
          clearedOn: input.clearedOn ?? null,
          changed,
        },
      });
      return { changed };
    });
  }
}

function duplicateRefOr(e: unknown): unknown {
  if (isUniqueViolation(e)) {
    return validationError([
      { path: 'externalRef', message: 'another incident of this province already has that reference' },
    ]);
  }
  return e;
}
