import { dayFromIso, isoFromDay, type DayNumber } from '@antt/shared';
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { AdminUnitPopulationTable } from '../db/tables/admin-unit-population.ts';
import type { AdminUnitSuccessionTable } from '../db/tables/admin-unit-succession.ts';
import type { AdminUnitLevel, AdminUnitTable } from '../db/tables/admin-unit.ts';
import { validationError, type FieldProblem } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import {
  DEFAULT_DATA_DIR,
  readBoundaryFile,
  readShippedData,
  type BoundaryFileEntry,
  type ShippedData,
  type UnitRecord,
} from '../reference-data/shipped-data.ts';
import { AdminUnitRepository, type AdminUnitRow } from '../repositories/admin-unit.repository.ts';
import type { Actor } from './actor.ts';
import { isValidOn } from './admin-unit-resolution.ts';
import { assertMayImport, type BoundaryImportReport, type BoundaryService } from './boundary.service.ts';
import type { JurisdictionService } from './jurisdiction.service.ts';
import type { ServiceDeps } from './service-deps.ts';

// Loads the reference data the product ships in data/ (data/SOURCES.md): unit versions,
// successions, populations and boundaries, in one transaction, so an import either lands whole
// or not at all. Idempotent: rows are matched on their natural keys — (code, valid_from) for a
// unit version, (from, to) for a succession, (unit, year) for a population, the unit for a
// boundary — and only differences are written, so running it again changes nothing. Rows that
// disappeared from the files are kept: facts may already point at them.

export type ImportCounts = { inserted: number; updated: number; unchanged: number };

export type UnitImportProgress = (done: number, total: number, phase: string) => void;

export type UnitImportOptions = {
  /** The data directory (holding units/ and geo/); default data/ of the repository. */
  dir?: string;
  /** Load only these provinces (codes of either era), e.g. ['92', '93', '94'] in tests. */
  provinces?: readonly string[];
  /** Also load the boundaries listed in geo/boundaries.json (default true). */
  boundaries?: boolean;
  onProgress?: UnitImportProgress;
};

export type UnitImportReport = {
  /** Unit versions in the files, per first valid day (ISO) and level: 63/696/10047 from 2008-01-01 ... */
  units: ImportCounts & { byValidFrom: Record<string, Record<AdminUnitLevel, number>> };
  successions: ImportCounts & { skipped: number };
  populations: ImportCounts & { skipped: number };
  boundaries: ImportCounts & { files: number; unmatched: number };
  /** Things left out, each with the reason. */
  notes: string[];
  changed: boolean;
  ms: number;
};

type Progress = { add(n: number, phase: string): void };

const PROVINCE_CODE = /^\d{2}$/;
const LEVEL_ORDER: AdminUnitLevel[] = ['province', 'district', 'commune'];

function zero(): ImportCounts {
  return { inserted: 0, updated: 0, unchanged: 0 };
}

const versionKey = (code: string, validFrom: DayNumber) => `${code}|${validFrom}`;

/** Versions of one code must not overlap in time, or a date would name two units. */
function checkVersions(units: UnitRecord[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byCode = new Map<string, UnitRecord[]>();
  for (const u of units) {
    if (u.validTo !== null && u.validTo < u.validFrom)
      problems.push({ path: `${u.origin}.valid_to`, message: 'ends before it starts' });
    byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
  }
  for (const versions of byCode.values()) {
    versions.sort((a, b) => a.validFrom - b.validFrom);
    for (let i = 1; i < versions.length; i++) {
      const [before, after] = [versions[i - 1]!, versions[i]!];
      if (before.validFrom === after.validFrom) {
        problems.push({
          path: after.origin,
          message: `code ${after.code} with valid_from ${isoFromDay(after.validFrom)} also at ${before.origin}`,
        });
      } else if (before.validTo === null || before.validTo >= after.validFrom) {
        problems.push({
          path: after.origin,
          message: `code ${after.code} overlaps its version at ${before.origin}`,
        });
      }
    }
  }
  return problems;
}

export class UnitImportService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly related: { boundaries: BoundaryService; jurisdiction?: JurisdictionService },
  ) {}

  /** Loads the shipped reference data (or that of `options.dir`) into the database. */
  async importShipped(actor: Actor, options: UnitImportOptions = {}): Promise<UnitImportReport> {
    assertMayImport(actor);
    const started = Date.now();
    const provinces = options.provinces?.length ? [...new Set(options.provinces)] : null;
    const badProvince = provinces?.find((p) => !PROVINCE_CODE.test(p));
    if (badProvince !== undefined) {
      throw validationError([
        { path: 'provinces', message: `not a province code (2 digits): "${badProvince}"` },
      ]);
    }
    const data = readShippedData(options.dir ?? DEFAULT_DATA_DIR);
    const units = provinces ? data.units.filter((u) => provinces.includes(u.provinceCode)) : data.units;
    const problems = checkVersions(units);
    if (problems.length)
      throw validationError(
        problems.slice(0, 50),
        'Dữ liệu đơn vị hành chính mâu thuẫn / conflicting unit versions',
      );
    const boundaryFiles = (options.boundaries ?? true) ? this.boundaryFilesFor(data, provinces) : [];

    let done = 0;
    const total =
      units.length +
      data.successions.length +
      data.populations.length +
      boundaryFiles.reduce((n, f) => n + f.features, 0);
    const progress: Progress = {
      add: (n, phase) => {
        done += n;
        options.onProgress?.(done, total, phase);
      },
    };

    const report = await this.deps.db.transaction().execute(async (trx) => {
      const repo = new AdminUnitRepository(trx, this.deps.dialect);
      const notes: string[] = [];
      const versions = await this.loadUnits(repo, units, provinces, progress);
      const successions = await this.loadSuccessions(repo, data, versions.index, progress);
      const populations = await this.loadPopulations(repo, data, versions.byCode, notes, progress);
      const boundaries = await this.loadBoundaries(trx, data.dir, boundaryFiles, provinces, notes, progress);
      const changed = [versions.counts, successions, populations, boundaries].some(
        (c) => c.inserted + c.updated > 0,
      );
      const result: Omit<UnitImportReport, 'ms'> = {
        units: { ...versions.counts, byValidFrom: versions.byValidFrom },
        successions,
        populations,
        boundaries,
        notes,
        changed,
      };
      // One audit event for the whole import, not one per row; a run that changes nothing
      // writes nothing, not even an audit row.
      if (changed) {
        await this.deps.audit.record(trx, actor, {
          action: 'admin_units.imported',
          entityType: 'admin_unit',
          details: {
            dir: data.dir,
            provinces: provinces ?? 'all',
            units: versions.counts,
            successions,
            populations,
            boundaries,
          },
        });
      }
      return result;
    });
    this.related.jurisdiction?.invalidate();
    return { ...report, ms: Date.now() - started };
  }

  /** Loads only the shipped boundaries (the units must already be there). */
  async importShippedBoundaries(
    actor: Actor,
    options: Pick<UnitImportOptions, 'dir' | 'provinces' | 'onProgress'> = {},
  ) {
    assertMayImport(actor);
    const data = readShippedData(options.dir ?? DEFAULT_DATA_DIR);
    const provinces = options.provinces?.length ? [...options.provinces] : null;
    const files = this.boundaryFilesFor(data, provinces);
    const total = files.reduce((n, f) => n + f.features, 0);
    let done = 0;
    return this.deps.db.transaction().execute(async (trx) => {
      const notes: string[] = [];
      const counts = await this.loadBoundaries(trx, data.dir, files, provinces, notes, {
        add: (n, phase) => options.onProgress?.((done += n), total, phase),
      });
      if (counts.inserted + counts.updated > 0) {
        await this.deps.audit.record(trx, actor, {
          action: 'admin_unit_boundaries.imported',
          entityType: 'admin_unit_boundary',
          details: { dir: data.dir, provinces: provinces ?? 'all', ...counts },
        });
      }
      return { ...counts, notes };
    });
  }

  private boundaryFilesFor(data: ShippedData, provinces: string[] | null) {
    return data.boundaryFiles
      .map((entry) => {
        const geojson = readBoundaryFile(data.dir, entry) as {
          features?: { properties?: Record<string, unknown> }[];
        };
        const features = (geojson.features ?? []).filter(
          (f) => !provinces || provinces.includes(String(f.properties?.[entry.provinceProperty] ?? '')),
        ).length;
        return { entry, geojson, features };
      })
      .filter((f) => f.features > 0);
  }

  private async loadUnits(
    repo: AdminUnitRepository,
    units: UnitRecord[],
    provinces: string[] | null,
    progress: Progress,
  ) {
    const existing = await repo.versionsOfProvinces(provinces);
    const index = new Map<string, AdminUnitRow>(
      existing.map((u) => [versionKey(u.code, Number(u.valid_from)), u]),
    );
    const byCode = new Map<string, AdminUnitRow[]>();
    const remember = (u: AdminUnitRow) => byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
    existing.forEach(remember);
    const counts = zero();
    const byValidFrom: Record<string, Record<AdminUnitLevel, number>> = {};

    // Parents before children: a child names its parent's version, which must exist first.
    for (const level of LEVEL_ORDER) {
      const inserts: Insertable<AdminUnitTable>[] = [];
      const problems: FieldProblem[] = [];
      for (const u of units.filter((x) => x.level === level)) {
        const era = (byValidFrom[isoFromDay(u.validFrom)] ??= { province: 0, district: 0, commune: 0 });
        era[level] += 1;
        let parentId: string | null = null;
        if (u.parentCode) {
          // The parent is the version of the parent code in force when the child begins.
          const parent = (byCode.get(u.parentCode) ?? []).find((p) => isValidOn(p, u.validFrom));
          if (!parent) {
            problems.push({
              path: `${u.origin}.parent_code`,
              message: `no unit ${u.parentCode} on ${isoFromDay(u.validFrom)}`,
            });
            continue;
          }
          parentId = parent.id;
        }
        const fields = {
          name: u.name,
          type: u.type,
          level: u.level,
          parent_id: parentId,
          province_code: u.provinceCode,
          valid_to: u.validTo,
        };
        const old = index.get(versionKey(u.code, u.validFrom));
        if (!old) {
          const row: AdminUnitRow = { id: newId(), code: u.code, valid_from: u.validFrom, ...fields };
          inserts.push(row);
          index.set(versionKey(u.code, u.validFrom), row);
          remember(row);
          counts.inserted += 1;
        } else if (
          old.name !== fields.name ||
          old.type !== fields.type ||
          old.level !== fields.level ||
          old.parent_id !== fields.parent_id ||
          old.province_code !== fields.province_code ||
          (old.valid_to === null ? null : Number(old.valid_to)) !== fields.valid_to
        ) {
          await repo.updateUnit(old.id, fields);
          Object.assign(old, fields);
          counts.updated += 1;
        } else {
          counts.unchanged += 1;
        }
      }
      if (problems.length)
        throw validationError(problems.slice(0, 50), 'Đơn vị cha không tồn tại / a parent unit is missing');
      await repo.insertUnits(inserts);
      progress.add(units.filter((x) => x.level === level).length, `units:${level}`);
    }
    return { counts, byValidFrom, index, byCode };
  }

  private async loadSuccessions(
    repo: AdminUnitRepository,
    data: ShippedData,
    index: Map<string, AdminUnitRow>,
    progress: Progress,
  ) {
    const counts = { ...zero(), skipped: 0 };
    const resolved: {
      fromId: string;
      toId: string;
      effectiveDate: number;
      weight: number;
      source: string;
    }[] = [];
    const problems: FieldProblem[] = [];
    for (const s of data.successions) {
      const from = index.get(versionKey(s.fromCode, s.fromValidFrom));
      const to = index.get(versionKey(s.toCode, s.toValidFrom));
      if (!from || !to) {
        // Outside the provinces asked for (or not loaded): nothing to link.
        counts.skipped += 1;
        continue;
      }
      if (
        from.valid_to === null ||
        Number(from.valid_to) >= s.effectiveDate ||
        Number(to.valid_from) > s.effectiveDate
      ) {
        problems.push({
          path: s.origin,
          message: 'the old version must end before effective_date and the new one begin by it',
        });
        continue;
      }
      resolved.push({
        fromId: from.id,
        toId: to.id,
        effectiveDate: s.effectiveDate,
        weight: s.weight,
        source: s.source,
      });
    }
    if (problems.length)
      throw validationError(
        problems.slice(0, 50),
        'Quan hệ kế thừa không khớp thời gian hiệu lực / successions do not fit the validity dates',
      );

    const existing = new Map(
      (await repo.successionsLeaving(resolved.map((r) => r.fromId))).map((s) => [
        `${s.from_id}|${s.to_id}`,
        s,
      ]),
    );
    const inserts: Insertable<AdminUnitSuccessionTable>[] = [];
    for (const r of resolved) {
      const fields = { effective_date: r.effectiveDate, weight: r.weight, source: r.source };
      const old = existing.get(`${r.fromId}|${r.toId}`);
      if (!old) {
        inserts.push({ id: newId(), from_id: r.fromId, to_id: r.toId, ...fields });
        counts.inserted += 1;
      } else if (
        Number(old.effective_date) !== fields.effective_date ||
        Number(old.weight) !== fields.weight ||
        old.source !== fields.source
      ) {
        await repo.updateSuccession(old.id, fields);
        counts.updated += 1;
      } else {
        counts.unchanged += 1;
      }
    }
    await repo.insertSuccessions(inserts);
    progress.add(data.successions.length, 'successions');
    return counts;
  }

  private async loadPopulations(
    repo: AdminUnitRepository,
    data: ShippedData,
    byCode: Map<string, AdminUnitRow[]>,
    notes: string[],
    progress: Progress,
  ) {
    const counts = { ...zero(), skipped: 0 };
    const resolved: { unitId: string; year: number; population: number; source: string }[] = [];
    for (const p of data.populations) {
      const unit = p.code ? (byCode.get(p.code) ?? []).find((u) => isValidOn(u, p.referenceDay)) : undefined;
      if (!unit) {
        counts.skipped += 1;
        // A unit of a province not asked for is simply out of scope; a blank code is worth a note.
        if (!p.code)
          notes.push(`${p.origin}: ${p.name} has no code in the unit lists; its population is not loaded`);
        continue;
      }
      resolved.push({
        unitId: unit.id,
        year: Math.floor(p.referenceDay / 10_000),
        population: p.population,
        source: p.source,
      });
    }
    const existing = new Map(
      (await repo.populationsOf(resolved.map((r) => r.unitId))).map((p) => [`${p.unit_id}|${p.year}`, p]),
    );
    const inserts: Insertable<AdminUnitPopulationTable>[] = [];
    for (const r of resolved) {
      const old = existing.get(`${r.unitId}|${r.year}`);
      if (!old) {
        inserts.push({ unit_id: r.unitId, year: r.year, population: r.population, source: r.source });
        counts.inserted += 1;
      } else if (Number(old.population) !== r.population || old.source !== r.source) {
        await repo.updatePopulation(r.unitId, r.year, { population: r.population, source: r.source });
        counts.updated += 1;
      } else {
        counts.unchanged += 1;
      }
    }
    await repo.insertPopulations(inserts);
    progress.add(data.populations.length, 'populations');
    return counts;
  }

  private async loadBoundaries(
    trx: Kysely<DB>,
    dir: string,
    files: { entry: BoundaryFileEntry; geojson: unknown; features: number }[],
    provinces: string[] | null,
    notes: string[],
    progress: Progress,
  ) {
    const counts = { ...zero(), files: 0, unmatched: 0 };
    for (const { entry, geojson, features } of files) {
      let report: BoundaryImportReport;
      try {
        report = await this.related.boundaries.importInto(trx, {
          geojson,
          level: entry.level,
          validFrom: dayFromIso(entry.validFrom),
          codeProperty: entry.codeProperty,
          provinceProperty: entry.provinceProperty,
          provinces: provinces ?? undefined,
          source: entry.source,
          approximate: entry.approximate,
        });
      } catch (error) {
        if (error instanceof Error) error.message = `${dir}/geo/${entry.file}: ${error.message}`;
        throw error;
      }
      counts.files += 1;
      counts.inserted += report.inserted;
      counts.updated += report.updated;
      counts.unchanged += report.unchanged;
      counts.unmatched += report.unmatched.length;
      for (const u of report.unmatched) notes.push(`geo/${entry.file} feature ${u.feature}: ${u.reason}`);
      progress.add(features, `boundaries:${entry.file}`);
    }
    return counts;
  }
}

/**
 * The entry point the demo seed and the CLI use: loads the shipped units, successions,
 * populations and boundaries. `provinces` restricts the load (tests use ['92', '93', '94']).
 */
export function importShippedUnits(
  services: { unitImport: UnitImportService },
  options: UnitImportOptions & { actor?: Actor } = {},
): Promise<UnitImportReport> {
  const { actor = { kind: 'system', label: 'unit-import' }, ...rest } = options;
  return services.unitImport.importShipped(actor, rest);
}
