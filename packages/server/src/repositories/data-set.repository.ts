import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { DataElementTable, DataSetTable } from '../db/tables/data-set.ts';

export type DataElementRow = Selectable<DataElementTable>;
export type DataSetRow = Selectable<DataSetTable>;
/** A data set with its element codes in grid order. */
export type DataSetWithElements = DataSetRow & { elements: string[] };

/** The element and data set catalogues (shared/DESIGN.md section 5.4). SQL only. */
export class DataSetRepository {
  constructor(private readonly db: Kysely<DB>) {}

  listElements(): Promise<DataElementRow[]> {
    return this.db.selectFrom('data_elements').selectAll().orderBy('code').execute();
  }

  findElement(code: string): Promise<DataElementRow | undefined> {
    return this.db.selectFrom('data_elements').selectAll().where('code', '=', code).executeTakeFirst();
  }

  async elementCodes(): Promise<Set<string>> {
    const rows = await this.db.selectFrom('data_elements').select('code').execute();
    return new Set(rows.map((r) => r.code));
  }

  async insertElement(row: Insertable<DataElementTable>): Promise<void> {
    await this.db.insertInto('data_elements').values(row).execute();
  }

  async updateElement(code: string, row: Omit<Insertable<DataElementTable>, 'code'>): Promise<void> {
    await this.db.updateTable('data_elements').set(row).where('code', '=', code).execute();
  }

  async listDataSets(): Promise<DataSetWithElements[]> {
    const [sets, links] = await Promise.all([
      this.db.selectFrom('data_sets').selectAll().orderBy('code').execute(),
      this.db
        .selectFrom('data_set_elements')
        .selectAll()
        .orderBy('data_set_code')
        .orderBy('position')
        .execute(),
    ]);
    return sets.map((s) => ({
      ...s,
      elements: links.filter((l) => l.data_set_code === s.code).map((l) => l.element_code),
    }));
  }

  async findDataSet(code: string): Promise<DataSetWithElements | undefined> {
    const set = await this.db.selectFrom('data_sets').selectAll().where('code', '=', code).executeTakeFirst();
    if (!set) return undefined;
    const links = await this.db
      .selectFrom('data_set_elements')
      .select('element_code')
      .where('data_set_code', '=', code)
      .orderBy('position')
      .execute();
    return { ...set, elements: links.map((l) => l.element_code) };
  }

  async insertDataSet(row: Insertable<DataSetTable>): Promise<void> {
    await this.db.insertInto('data_sets').values(row).execute();
  }

  async updateDataSet(code: string, row: Omit<Insertable<DataSetTable>, 'code'>): Promise<void> {
    await this.db.updateTable('data_sets').set(row).where('code', '=', code).execute();
  }

  /** Replaces the set's element list; positions follow the order given. */
  async replaceSetElements(code: string, elementCodes: readonly string[]): Promise<void> {
    await this.db.deleteFrom('data_set_elements').where('data_set_code', '=', code).execute();
    if (elementCodes.length === 0) return;
    await this.db
      .insertInto('data_set_elements')
      .values(elementCodes.map((e, i) => ({ data_set_code: code, element_code: e, position: i + 1 })))
      .execute();
  }
}
