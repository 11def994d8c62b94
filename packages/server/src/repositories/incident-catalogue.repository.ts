import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { IncidentCategoryTable, PenalCodeClauseTable } from '../db/tables/incident-catalogue.ts';

export type IncidentCategoryRow = Selectable<IncidentCategoryTable>;
export type PenalCodeClauseRow = Selectable<PenalCodeClauseTable>;

/** The incident catalogues, every version; reads take the day the answer must be valid on. */
export class IncidentCatalogueRepository {
  constructor(private readonly db: Kysely<DB>) {}

  categoriesOn(day: number): Promise<IncidentCategoryRow[]> {
    return this.db
      .selectFrom('incident_categories')
      .selectAll()
      .where('valid_from', '<=', day)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', day)]))
      .orderBy('type')
      .orderBy('code')
      .execute();
  }

  clausesOn(day: number): Promise<PenalCodeClauseRow[]> {
    return this.db
      .selectFrom('penal_code_clauses')
      .selectAll()
      .where('valid_from', '<=', day)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', day)]))
      .orderBy('article')
      .orderBy('clause')
      .execute();
  }

  allCategories(): Promise<IncidentCategoryRow[]> {
    return this.db
      .selectFrom('incident_categories')
      .selectAll()
      .orderBy('code')
      .orderBy('valid_from')
      .execute();
  }

  allClauses(): Promise<PenalCodeClauseRow[]> {
    return this.db
      .selectFrom('penal_code_clauses')
      .selectAll()
      .orderBy('article')
      .orderBy('clause')
      .orderBy('valid_from')
      .execute();
  }

  categoryVersions(code: string): Promise<IncidentCategoryRow[]> {
    return this.db
      .selectFrom('incident_categories')
      .selectAll()
      .where('code', '=', code)
      .orderBy('valid_from')
      .execute();
  }

  clauseVersions(article: number, clause: number): Promise<PenalCodeClauseRow[]> {
    return this.db
      .selectFrom('penal_code_clauses')
      .selectAll()
      .where('article', '=', article)
      .where('clause', '=', clause)
      .orderBy('valid_from')
      .execute();
  }

  async insertCategories(rows: Insertable<IncidentCategoryTable>[]): Promise<void> {
    if (rows.length > 0) await this.db.insertInto('incident_categories').values(rows).execute();
  }

  async insertClauses(rows: Insertable<PenalCodeClauseTable>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) {
      await this.db
        .insertInto('penal_code_clauses')
        .values(rows.slice(i, i + 500))
        .execute();
    }
  }

  async closeCategory(id: string, validTo: number): Promise<void> {
    await this.db
      .updateTable('incident_categories')
      .set({ valid_to: validTo })
      .where('id', '=', id)
      .execute();
  }

  async closeClause(id: string, validTo: number): Promise<void> {
    await this.db.updateTable('penal_code_clauses').set({ valid_to: validTo }).where('id', '=', id).execute();
  }

  async deleteCategory(id: string): Promise<void> {
    await this.db.deleteFrom('incident_categories').where('id', '=', id).execute();
  }

  async deleteClause(id: string): Promise<void> {
    await this.db.deleteFrom('penal_code_clauses').where('id', '=', id).execute();
  }

  async counts(): Promise<{ categories: number; clauses: number }> {
    const [a, b] = await Promise.all([
      this.db
        .selectFrom('incident_categories')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('penal_code_clauses')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { categories: Number(a.n), clauses: Number(b.n) };
  }
}
