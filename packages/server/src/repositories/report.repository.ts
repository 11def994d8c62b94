import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ReportSectionTable, ReportTable } from '../db/tables/report.ts';

// Reports and the versions of their narrative sections (shared/DESIGN.md section 5.6).

export type ReportRow = Selectable<ReportTable>;
export type ReportSectionRow = Selectable<ReportSectionTable>;

export class ReportRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(row: Insertable<ReportTable>): Promise<void> {
    await this.db.insertInto('reports').values(row).execute();
  }

  findById(id: string): Promise<ReportRow | undefined> {
    return this.db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Every report, the newest first. */
  list(): Promise<ReportRow[]> {
    return this.db
      .selectFrom('reports')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  async insertSection(row: Insertable<ReportSectionTable>): Promise<void> {
    await this.db.insertInto('report_sections').values(row).execute();
  }

  /** Every version of the report's sections, by key then version. */
  sections(provinceCode: string, reportId: string): Promise<ReportSectionRow[]> {
    return this.db
      .selectFrom('report_sections')
      .selectAll()
      .where('province_code', '=', provinceCode)
      .where('report_id', '=', reportId)
      .orderBy('key')
      .orderBy('version')
      .execute();
  }

  async latestVersion(provinceCode: string, reportId: string, key: ReportSectionRow['key']): Promise<number> {
    const row = await this.db
      .selectFrom('report_sections')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('province_code', '=', provinceCode)
      .where('report_id', '=', reportId)
      .where('key', '=', key)
      .executeTakeFirst();
    return Number(row?.version ?? 0);
  }
}
