import {
  dataElementSchema,
  dataSetSchema,
  PROJECT06_DATA_SET,
  PROJECT06_ELEMENTS,
  type DataElement,
  type DataSet,
} from '@antt/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { DataElementTable, DataSetTable } from '../db/tables/data-set.ts';
import { DomainError, parseInput, validationError } from '../errors/domain-error.ts';
import {
  DataSetRepository,
  type DataElementRow,
  type DataSetWithElements,
} from '../repositories/data-set.repository.ts';
import { hasRole, type Actor } from './actor.ts';
import type { ServiceDeps } from './service-deps.ts';

// Data elements and data sets (shared/DESIGN.md section 5.4): the shipped Project 06 set is
// installed with the schema; an administrator may change any element or set afterwards. Values
// already reported stay as they are when an element changes: the rules apply to new entries.

export function presentElement(row: DataElementRow): DataElement {
  return {
    code: row.code,
    nameVi: row.name_vi,
    nameEn: row.name_en,
    shortVi: row.short_vi,
    shortEn: row.short_en,
    valueType: row.value_type,
    aggregation: row.aggregation,
    cumulative: Number(row.cumulative) === 1,
    min: row.min_value === null ? null : Number(row.min_value),
    max: row.max_value === null ? null : Number(row.max_value),
    descriptionVi: row.description_vi,
    descriptionEn: row.description_en,
  };
}

export function presentDataSet(row: DataSetWithElements): DataSet {
  return {
    code: row.code,
    nameVi: row.name_vi,
    nameEn: row.name_en,
    periodType: row.period_type,
    reportingLevel: row.reporting_level,
    elements: row.elements,
  };
}

function elementColumns(e: DataElement, source: 'shipped' | 'admin', at: string) {
  return {
    name_vi: e.nameVi,
    name_en: e.nameEn,
    short_vi: e.shortVi,
    short_en: e.shortEn,
    value_type: e.valueType,
    aggregation: e.aggregation,
    cumulative: e.cumulative ? 1 : 0,
    min_value: e.min,
    max_value: e.max,
    description_vi: e.descriptionVi,
    description_en: e.descriptionEn,
    source,
    changed_at: at,
  } satisfies Omit<DataElementTable, 'code'>;
}

function dataSetColumns(s: DataSet, source: 'shipped' | 'admin', at: string) {
  return {
    name_vi: s.nameVi,
    name_en: s.nameEn,
    period_type: s.periodType,
    reporting_level: s.reportingLevel,
    source,
    changed_at: at,
  } satisfies Omit<DataSetTable, 'code'>;
}

/**
 * Installs the shipped Project 06 elements and data set whose codes are absent. Idempotent,
 * and never touches what an administrator changed.
 */
export async function installShippedDataSets(
  db: Kysely<DB>,
  now: Date,
): Promise<{ elements: number; dataSets: number }> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const repo = new DataSetRepository(trx);
    const existing = await repo.elementCodes();
    let elements = 0;
    for (const e of PROJECT06_ELEMENTS) {
      if (existing.has(e.code)) continue;
      await repo.insertElement({ code: e.code, ...elementColumns(e, 'shipped', at) });
      elements++;
    }
    let dataSets = 0;
    if (!(await repo.findDataSet(PROJECT06_DATA_SET.code))) {
      await repo.insertDataSet({
        code: PROJECT06_DATA_SET.code,
        ...dataSetColumns(PROJECT06_DATA_SET, 'shipped', at),
      });
      await repo.replaceSetElements(PROJECT06_DATA_SET.code, PROJECT06_DATA_SET.elements);
      dataSets++;
    }
    return { elements, dataSets };
  });
}

function assertAdministrator(actor: Actor): void {
  if (actor.kind === 'cli' || hasRole(actor, 'admin')) return;
  throw new DomainError(
    'forbidden',
    'Chỉ quản trị viên được sửa chỉ số và bộ số liệu / only an administrator edits data elements and sets',
  );
}

export class DataSetService {
  constructor(private readonly deps: ServiceDeps) {}

  async elements(): Promise<DataElement[]> {
    return (await new DataSetRepository(this.deps.db).listElements()).map(presentElement);
  }

  async element(code: string): Promise<DataElement> {
    const row = await new DataSetRepository(this.deps.db).findElement(code);
    if (!row) throw new DomainError('not_found', `Không có chỉ số ${code} / no data element ${code}`);
    return presentElement(row);
  }

  async dataSets(): Promise<DataSet[]> {
    return (await new DataSetRepository(this.deps.db).listDataSets()).map(presentDataSet);
  }

  async dataSet(code: string): Promise<DataSet> {
    const row = await new DataSetRepository(this.deps.db).findDataSet(code);
    if (!row) throw new DomainError('not_found', `Không có bộ số liệu ${code} / no data set ${code}`);
    return presentDataSet(row);
  }

  /** An administrator changes (or adds) an element; values already stored are kept as they are. */
  async setElement(actor: Actor, code: string, body: unknown): Promise<DataElement> {
    assertAdministrator(actor);
    const element = parseInput(dataElementSchema, body);
    if (element.code !== code)
      throw validationError([
        { path: 'code', message: `the body names ${element.code}, the address ${code}` },
      ]);
    const repo = new DataSetRepository(this.deps.db);
    const beforeRow = await repo.findElement(code);
    const before = beforeRow ? presentElement(beforeRow) : null;
    const at = this.deps.clock.now().toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      const writer = new DataSetRepository(trx);
      if (beforeRow) await writer.updateElement(code, elementColumns(element, 'admin', at));
      else await writer.insertElement({ code, ...elementColumns(element, 'admin', at) });
      await this.deps.audit.record(trx, actor, {
        action: 'data_element.defined',
        entityType: 'data_element',
        entityId: code,
        details: { before, after: element },
      });
    });
    return element;
  }

  /** An administrator changes (or adds) a data set: its period type, reporting level and columns. */
  async setDataSet(actor: Actor, code: string, body: unknown): Promise<DataSet> {
    assertAdministrator(actor);
    const set = parseInput(dataSetSchema, body);
    if (set.code !== code)
      throw validationError([{ path: 'code', message: `the body names ${set.code}, the address ${code}` }]);
    const repo = new DataSetRepository(this.deps.db);
    const known = await repo.elementCodes();
    const problems = set.elements.flatMap((e, i) => {
      const unknown = !known.has(e)
        ? [{ path: `elements.${i}`, message: `Không có chỉ số ${e} / no data element ${e}` }]
        : [];
      const twice =
        set.elements.indexOf(e) !== i
          ? [{ path: `elements.${i}`, message: `Chỉ số ${e} có hai lần / ${e} is listed twice` }]
          : [];
      return [...unknown, ...twice];
    });
    if (problems.length > 0) throw validationError(problems);
    const beforeRow = await repo.findDataSet(code);
    const before = beforeRow ? presentDataSet(beforeRow) : null;
    const at = this.deps.clock.now().toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      const writer = new DataSetRepository(trx);
      if (beforeRow) await writer.updateDataSet(code, dataSetColumns(set, 'admin', at));
      else await writer.insertDataSet({ code, ...dataSetColumns(set, 'admin', at) });
      await writer.replaceSetElements(code, set.elements);
      await this.deps.audit.record(trx, actor, {
        action: 'data_set.defined',
        entityType: 'data_set',
        entityId: code,
        details: { before, after: set },
      });
    });
    return set;
  }
}
