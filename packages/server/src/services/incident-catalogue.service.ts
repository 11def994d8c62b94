import {
  addDays,
  dayFromIso,
  incidentCategoryRequestSchema,
  isoFromDay,
  penalCodeClauseRequestSchema,
  seriousnessOf,
  vnDayOf,
  type IncidentCatalogueDto,
  type IncidentCategoryDto,
  type PenalCodeClauseDto,
} from '@antt/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { DomainError, parseInput, validationError } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import {
  IncidentCatalogueRepository,
  type IncidentCategoryRow,
  type PenalCodeClauseRow,
} from '../repositories/incident-catalogue.repository.ts';
import {
  CATEGORIES_VALID_FROM,
  PENAL_CODE_2015_IN_FORCE,
  readShippedCategories,
  readShippedClauses,
} from '../reference-data/shipped-catalogues.ts';
import { hasRole, type Actor } from './actor.ts';
import type { ServiceDeps } from './service-deps.ts';

// The incident catalogues (shared/DESIGN.md section 5.3): Penal Code clauses and incident
// categories. Shipped from data/catalogues into an empty database; after that an admin edits
// them. An edit never overwrites history: it closes the version in force the day before the
// new one starts, so an incident of 2019 keeps reading the clause as it stood in 2019.

/** Every version of both catalogues in memory, for resolving many rows at once (import). */
export class CatalogueSnapshot {
  private readonly clauses = new Map<string, PenalCodeClauseRow[]>();
  private readonly categories = new Map<string, IncidentCategoryRow[]>();

  constructor(clauses: PenalCodeClauseRow[], categories: IncidentCategoryRow[]) {
    for (const c of clauses) push(this.clauses, `${c.article}.${c.clause}`, c);
    for (const c of categories) push(this.categories, c.code, c);
  }

  /** The clause in force on the day, or a reason it is not. */
  clauseOn(article: number, clause: number, day: number): PenalCodeClauseRow | { problem: string } {
    const versions = this.clauses.get(`${article}.${clause}`);
    if (!versions) {
      const articleKnown = [...this.clauses.keys()].some((k) => k.startsWith(`${article}.`));
      return {
        problem: articleKnown
          ? `Điều ${article} không có khoản ${clause} trong danh mục / article ${article} has no clause ${clause} in the catalogue`
          : `Điều ${article} không có trong danh mục Bộ luật Hình sự / article ${article} is not in the Penal Code catalogue`,
      };
    }
    const found = versions.find((v) => v.valid_from <= day && (v.valid_to === null || v.valid_to >= day));
    return (
      found ?? {
        problem: `Điều ${article} khoản ${clause} chưa có hiệu lực vào ngày ${isoFromDay(day)} / article ${article} clause ${clause} was not in force on ${isoFromDay(day)}`,
      }
    );
  }

  /** The category of the type valid on the day, or a reason it is not. */
  categoryOn(code: string, type: string, day: number): IncidentCategoryRow | { problem: string } {
    const found = (this.categories.get(code) ?? []).find(
      (v) => v.valid_from <= day && (v.valid_to === null || v.valid_to >= day),
    );
    if (!found || found.type !== type) {
      const known = [...this.categories.values()]
        .flat()
        .filter((c) => c.type === type && c.valid_from <= day && (c.valid_to === null || c.valid_to >= day))
        .map((c) => c.code);
      return {
        problem: `Loại "${code}" không thuộc danh mục ${type} / unknown ${type} category "${code}" (known: ${[...new Set(known)].join(', ')})`,
      };
    }
    return found;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function presentClause(c: PenalCodeClauseRow): PenalCodeClauseDto {
  return {
    article: c.article,
    clause: c.clause,
    chapter: c.chapter,
    titleVi: c.title_vi,
    titleEn: c.title_en,
    crimeGroup: c.crime_group,
    maxPenalty: c.max_penalty,
    maxPrisonYears: c.max_prison_years,
    seriousness: c.seriousness,
    validFrom: isoFromDay(c.valid_from),
    validTo: c.valid_to === null ? null : isoFromDay(c.valid_to),
  };
}

export function presentCategory(c: IncidentCategoryRow): IncidentCategoryDto {
  return {
    code: c.code,
    type: c.type,
    nameVi: c.name_vi,
    nameEn: c.name_en,
    descriptionVi: c.description_vi,
    validFrom: isoFromDay(c.valid_from),
    validTo: c.valid_to === null ? null : isoFromDay(c.valid_to),
  };
}

/** Loads the shipped catalogues into a database that has none yet (run after every migration). */
export async function installShippedCatalogues(
  db: Kysely<DB>,
  now: Date,
): Promise<{ clauses: number; categories: number }> {
  const repo = new IncidentCatalogueRepository(db);
  const counts = await repo.counts();
  const at = now.toISOString();
  let clauses = 0;
  let categories = 0;
  if (counts.clauses === 0) {
    const rows = readShippedClauses().map((c) => ({
      id: newId(),
      article: c.article,
      clause: c.clause,
      chapter: c.chapter,
      title_vi: c.titleVi,
      title_en: c.titleEn,
      crime_group: c.crimeGroup,
      max_penalty: c.maxPenalty,
      max_prison_years: c.maxPrisonYears,
      seriousness: seriousnessOf(c.maxPenalty, c.maxPrisonYears),
      valid_from: PENAL_CODE_2015_IN_FORCE,
      valid_to: null,
      source: 'shipped' as const,
      changed_at: at,
    }));
    await repo.insertClauses(rows);
    clauses = rows.length;
  }
  if (counts.categories === 0) {
    const rows = readShippedCategories().map((c) => ({
      id: newId(),
      code: c.code,
      type: c.type,
      name_vi: c.nameVi,
      name_en: c.nameEn,
      description_vi: c.descriptionVi,
      valid_from: CATEGORIES_VALID_FROM,
      valid_to: null,
      source: 'shipped' as const,
      changed_at: at,
    }));
    await repo.insertCategories(rows);
    categories = rows.length;
  }
  return { clauses, categories };
}

export class IncidentCatalogueService {
  constructor(private readonly deps: ServiceDeps) {}

  async catalogue(date?: string): Promise<IncidentCatalogueDto> {
    const day = date ? dayFromIso(date) : vnDayOf(this.deps.clock.now());
    const repo = new IncidentCatalogueRepository(this.deps.db);
    const [categories, clauses] = await Promise.all([repo.categoriesOn(day), repo.clausesOn(day)]);
    return {
      date: isoFromDay(day),
      categories: categories.map(presentCategory),
      penalCode: clauses.map(presentClause),
    };
  }

  /** Every version of both catalogues, for resolving a whole import in memory. */
  async snapshot(db: Kysely<DB> = this.deps.db): Promise<CatalogueSnapshot> {
    const repo = new IncidentCatalogueRepository(db);
    const [clauses, categories] = await Promise.all([repo.allClauses(), repo.allCategories()]);
    return new CatalogueSnapshot(clauses, categories);
  }

  /** An admin's new clause or new version of a clause, in force from `validFrom`. */
  async setClause(actor: Actor, input: unknown): Promise<PenalCodeClauseDto> {
    assertAdmin(actor);
    const v = parseInput(penalCodeClauseRequestSchema, input);
    const from = dayFromIso(v.validFrom);
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new IncidentCatalogueRepository(trx);
      const versions = await repo.clauseVersions(v.article, v.clause);
      await closeBefore(
        versions,
        from,
        'validFrom',
        (id, to) => repo.closeClause(id, to),
        (id) => repo.deleteClause(id),
      );
      const row = {
        id: newId(),
        article: v.article,
        clause: v.clause,
        chapter: v.chapter,
        title_vi: v.titleVi,
        title_en: v.titleEn,
        crime_group: v.crimeGroup,
        max_penalty: v.maxPenalty,
        max_prison_years: v.maxPrisonYears,
        seriousness: seriousnessOf(v.maxPenalty, v.maxPrisonYears),
        valid_from: from,
        valid_to: null,
        source: 'admin' as const,
        changed_at: this.deps.clock.now().toISOString(),
      };
      await repo.insertClauses([row]);
      await this.deps.audit.record(trx, actor, {
        action: 'penal_code.clause_set',
        entityType: 'penal_code_clause',
        entityId: row.id,
        details: {
          article: v.article,
          clause: v.clause,
          validFrom: v.validFrom,
          seriousness: row.seriousness,
        },
      });
      return presentClause(row);
    });
  }

  /** An admin's new category or new version of one, valid from `validFrom`. */
  async setCategory(actor: Actor, input: unknown): Promise<IncidentCategoryDto> {
    assertAdmin(actor);
    const v = parseInput(incidentCategoryRequestSchema, input);
    const from = dayFromIso(v.validFrom);
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new IncidentCatalogueRepository(trx);
      const versions = await repo.categoryVersions(v.code);
      if (versions.some((x) => x.type !== v.type)) {
        throw validationError([
          { path: 'type', message: `category ${v.code} belongs to ${versions[0]!.type}` },
        ]);
      }
      await closeBefore(
        versions,
        from,
        'validFrom',
        (id, to) => repo.closeCategory(id, to),
        (id) => repo.deleteCategory(id),
      );
      const row = {
        id: newId(),
        code: v.code,
        type: v.type,
        name_vi: v.nameVi,
        name_en: v.nameEn,
        description_vi: v.descriptionVi,
        valid_from: from,
        valid_to: null,
        source: 'admin' as const,
        changed_at: this.deps.clock.now().toISOString(),
      };
      await repo.insertCategories([row]);
      await this.deps.audit.record(trx, actor, {
        action: 'incident_category.set',
        entityType: 'incident_category',
        entityId: row.id,
        details: { code: v.code, type: v.type, validFrom: v.validFrom },
      });
      return presentCategory(row);
    });
  }
}

/**
 * Makes room for a version starting on `from`: a version starting the same day is replaced, the
 * one in force closes the day before; a version starting later is refused (edit that one).
 */
async function closeBefore(
  versions: { id: string; valid_from: number; valid_to: number | null }[],
  from: number,
  field: string,
  close: (id: string, validTo: number) => Promise<void>,
  remove: (id: string) => Promise<void>,
): Promise<void> {
  const later = versions.find((x) => x.valid_from > from);
  if (later) {
    throw validationError([
      {
        path: field,
        message: `a later version starts on ${isoFromDay(later.valid_from)}; change that one instead`,
      },
    ]);
  }
  for (const x of versions) {
    if (x.valid_from === from) await remove(x.id);
    else if (x.valid_to === null || x.valid_to >= from) await close(x.id, addDays(from, -1));
  }
}

function assertAdmin(actor: Actor): void {
  if (actor.kind === 'cli' || hasRole(actor, 'admin')) return;
  throw new DomainError(
    'forbidden',
    'Chỉ quản trị viên được sửa danh mục / only an administrator may edit the catalogues',
  );
}
