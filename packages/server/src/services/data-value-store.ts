import type { DataValueDto } from '@antt/shared';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/dialect.ts';
import type { DB } from '../db/schema.ts';
import { DomainError } from '../errors/domain-error.ts';
import { DataValueRepository, type DataValueRow } from '../repositories/data-value.repository.ts';
import { actorLabel, type Actor } from './actor.ts';
import type { Assessment } from './data-value-batch.ts';
import { presentValue } from './data-value-presenter.ts';
import { periodText } from './data-value-rules.ts';

// Writing judged values: version 1 for a new value, +1 for each change, the row removed for a
// cleared one. Every write names the version it was judged against, so a change that slipped in
// between (another request on PostgreSQL) turns into a conflict instead of being overwritten.

/** What one write did, for the audit record and the answer. */
export type WrittenValue = {
  assessment: Assessment;
  before: { value: number; comment: string | null } | null;
  after: DataValueRow | null;
};

function conflictMeanwhile(a: Assessment): DomainError {
  const p = periodText({ period: a.value.period.code, start: a.value.period.start });
  return new DomainError(
    'data_value_conflict',
    `Số liệu ${a.value.element.code} của ${a.value.unit.code} kỳ ${p.vi} vừa được người khác sửa; hãy tải lại / ${a.value.element.code} of ${a.value.unit.code} for ${p.en} was just changed by someone else: reload`,
    { fields: [{ path: `values.${a.value.index}.value`, message: 'changed meanwhile' }] },
  );
}

/** Writes the changes among the assessments; `opId` is the offline change id (null for the grid). */
export async function writeAssessed(
  trx: Kysely<DB>,
  actor: Actor,
  assessments: readonly Assessment[],
  at: string,
  opId: string | null,
): Promise<WrittenValue[]> {
  const repo = new DataValueRepository(trx);
  const written: WrittenValue[] = [];
  for (const a of assessments) {
    if (a.change === 'unchanged') continue;
    const { unit, element, period, input } = a.value;
    const key = { adminUnitId: unit.id, element: element.code, period: period.code };
    const before = a.stored ? { value: Number(a.stored.value), comment: a.stored.comment } : null;
    if (a.change === 'delete') {
      if (!(await repo.deleteIfVersion(key, Number(a.stored!.version)))) throw conflictMeanwhile(a);
      written.push({ assessment: a, before, after: null });
      continue;
    }
    const after: DataValueRow = {
      province_code: a.stored?.province_code ?? unit.province_code,
      admin_unit_id: unit.id,
      element_code: element.code,
      period: period.code,
      start_day: period.start,
      end_day: period.end,
      value: input.value!,
      comment: a.comment,
      version: a.stored ? Number(a.stored.version) + 1 : 1,
      op_id: opId,
      created_at: a.stored?.created_at ?? at,
      updated_at: at,
      updated_by: actorLabel(actor),
    };
    if (a.change === 'update') {
      const ok = await repo.updateIfVersion(key, Number(a.stored!.version), {
        value: after.value,
        comment: after.comment,
        version: after.version,
        op_id: after.op_id,
        updated_at: after.updated_at,
        updated_by: after.updated_by,
      });
      if (!ok) throw conflictMeanwhile(a);
    } else {
      try {
        await repo.insert(after);
      } catch (error) {
        if (isUniqueViolation(error)) throw conflictMeanwhile(a);
        throw error;
      }
    }
    written.push({ assessment: a, before, after });
  }
  return written;
}

/** The audit details of written values: what each was and became. */
export function auditChanges(written: readonly WrittenValue[]) {
  return written.map((w) => ({
    element: w.assessment.value.element.code,
    unit: w.assessment.value.unit.code,
    period: w.assessment.value.period.code,
    before: w.before,
    after: w.after
      ? { value: Number(w.after.value), comment: w.after.comment, version: w.after.version }
      : null,
  }));
}

/** The values as they stand after a batch: unchanged ones as stored, written ones as written. */
export function currentValues(
  assessments: readonly Assessment[],
  written: readonly WrittenValue[],
): DataValueDto[] {
  const after = new Map(written.map((w) => [w.assessment.value.index, w.after]));
  const out: DataValueDto[] = [];
  for (const a of assessments) {
    const row = after.has(a.value.index) ? after.get(a.value.index) : a.stored;
    if (row) out.push(presentValue(row, a.value.unit.code));
  }
  return out;
}
