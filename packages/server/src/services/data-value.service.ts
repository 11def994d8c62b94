import {
  dataEntryQuerySchema,
  dataValueBatchSchema,
  dataValueInputSchema,
  dataValueSyncSchema,
  dayFromIso,
  vnDayOf,
  type DataEntryDto,
  type DataValueDto,
  type DataValueInput,
  type DataValueRule,
  type DataValueSyncResult,
} from '@antt/shared';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.ts';
import { DomainError, parseInput, validationError } from '../errors/domain-error.ts';
import { AdminUnitRepository, type AdminUnitView } from '../repositories/admin-unit.repository.ts';
import { DataApprovalRepository } from '../repositories/data-approval.repository.ts';
import { DataSetRepository } from '../repositories/data-set.repository.ts';
import { DataValueRepository } from '../repositories/data-value.repository.ts';
import { JurisdictionRepository } from '../repositories/jurisdiction.repository.ts';
import type { Actor } from './actor.ts';
import { resolveUnitVersion } from './admin-unit-resolution.ts';
import { DataApprovals, type DataApprovalAction } from './data-approval.ts';
import { presentDataSet, presentElement, type DataSetService } from './data-set.service.ts';
import {
  assertEnteringRole,
  assertMaySee,
  mayApprove,
  mayEnter,
  outsideJurisdiction,
  ownAdminUnitId,
} from './data-value-access.ts';
import {
  assessValues,
  resolveValues,
  type Assessment,
  type Catalogue,
  type ResolvedValue,
  type ValueField,
  type ValueProblem,
} from './data-value-batch.ts';
import {
  assertRange,
  periodsBetween,
  presentApproval,
  presentPeriod,
  presentValue,
} from './data-value-presenter.ts';
import { periodText } from './data-value-rules.ts';
import { readDataValueSheet, type SheetProblem } from './data-value-sheet.ts';
import { auditChanges, currentValues, writeAssessed, type WrittenValue } from './data-value-store.ts';
import type { ServiceDeps } from './service-deps.ts';

// Data values (shared/DESIGN.md section 5.4): the entry grid of a unit, a batch saved whole or
// not at all, the offline queue replayed change by change, the bulk import, and approvals.

export type BatchResult = { saved: number; unchanged: number; values: DataValueDto[] };

/** A problem of the import: the rule is null for a row repeated in the file. */
export type ImportProblem = Omit<ValueProblem, 'rule'> & { rule: DataValueRule | null };

export type ImportReport = {
  values: number;
  saved: number;
  unchanged: number;
  dryRun: boolean;
  problems: ImportProblem[];
};

/** What `antt import datavalues` reports: counts, and every problem by row and column. */
export type DataValueImportReport = {
  fileName: string;
  format: 'xlsx' | 'csv';
  layout: 'long' | 'wide';
  rows: number;
  values: number;
  saved: number;
  unchanged: number;
  dryRun: boolean;
  problems: SheetProblem[];
};

export type ImportOptions = { dryRun: boolean; onProgress?: (done: number, total: number) => void };

/** Values judged per slice of the import, so the progress bar moves. */
const IMPORT_SLICE = 250;

const keyText = (v: { element: string; unit: string; period: string }) =>
  `${v.element}|${v.unit}|${v.period}`;

export class DataValueService {
  private readonly units: AdminUnitRepository;
  readonly approvals: DataApprovals;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly dataSets: DataSetService,
  ) {
    this.units = new AdminUnitRepository(deps.db, deps.dialect);
    this.approvals = new DataApprovals(deps, dataSets);
  }

  /** The grid of one unit: its periods between from and to, the values, the approval states. */
  async entry(
    actor: Actor,
    setCode: string,
    query: unknown,
    lang: 'vi' | 'en' = 'vi',
  ): Promise<DataEntryDto> {
    const q = parseInput(dataEntryQuerySchema, query);
    const set = await this.dataSets.dataSet(setCode);
    const [from, to] = [dayFromIso(q.from), dayFromIso(q.to)];
    assertRange(from, to);
    const unit = await this.unitOn(q.unit, from);
    assertMaySee(actor, unit);
    const periods = periodsBetween(set.periodType, from, to);
    const [first, last] = [periods[0]!.start, periods.at(-1)!.start];
    const codes = new Set(periods.map((p) => p.code));
    const [values, approvals, own] = await Promise.all([
      new DataValueRepository(this.deps.db).inRange([unit.id], set.elements, first, last),
      new DataApprovalRepository(this.deps.db).inRange(set.code, [unit.id], first, last),
      ownAdminUnitId(new JurisdictionRepository(this.deps.db), actor),
    ]);
    return {
      dataSet: set.code,
      unit: { id: unit.id, code: unit.code, name: unit.name, level: unit.level },
      periods: periods.map((p) => presentPeriod(p, lang)),
      values: values.filter((v) => codes.has(v.period)).map((v) => presentValue(v, unit.code)),
      approvals: periods.map((p) =>
        presentApproval(
          unit.code,
          p.code,
          approvals.find((a) => a.period === p.code),
        ),
      ),
      canEnter: mayEnter(actor, unit, set),
      canApprove: unit.level === set.reportingLevel && mayApprove(actor, unit, own),
    };
  }

  /** Saves a batch from the grid: every value or none (422, 409 for stale versions and locks). */
  async save(actor: Actor, body: unknown): Promise<BatchResult> {
    assertEnteringRole(actor);
    const { values: inputs } = parseInput(dataValueBatchSchema, body);
    const seen = new Map<string, number>();
    const repeated = inputs.flatMap((v, i) => {
      const earlier = seen.get(keyText(v));
      seen.set(keyText(v), i);
      return earlier === undefined
        ? []
        : [{ path: `values.${i}.period`, message: `the same element, unit and period as values.${earlier}` }];
    });
    if (repeated.length > 0) throw validationError(repeated);

    const resolution = await this.resolve(actor, inputs);
    const at = this.deps.clock.now().toISOString();
    return this.deps.db.transaction().execute(async (trx) => {
      const assessments = await assessValues(trx, resolution.resolved);
      refuseBatch(resolution.problems, assessments);
      const written = await writeAssessed(trx, actor, assessments, at, null);
      await this.auditWritten(trx, actor, written, 'grid');
      return {
        saved: written.length,
        unchanged: assessments.length - written.length,
        values: currentValues(assessments, written),
      };
    });
  }

  /**
   * The bulk import: every value judged by the same rules as the grid, all problems reported,
   * nothing written when there is one (or on a dry run).
   */
  async importValues(actor: Actor, inputs: DataValueInput[], options: ImportOptions): Promise<ImportReport> {
    assertEnteringRole(actor);
    const parsed = parseInput(z.array(dataValueInputSchema).max(1_000_000), inputs);
    const problems: ImportProblem[] = [];
    const firstOf = new Map<string, number>();
    const unique: DataValueInput[] = [];
    const indexOfUnique: number[] = [];
    parsed.forEach((v, i) => {
      const earlier = firstOf.get(keyText(v));
      if (earlier !== undefined) {
        problems.push({
          index: i,
          field: 'period',
          rule: null,
          message: `trùng chỉ số, đơn vị và kỳ với một dòng trước / the same element, unit and period as an earlier row`,
        });
        return;
      }
      firstOf.set(keyText(v), i);
      indexOfUnique.push(i);
      unique.push(v);
    });
    const resolution = await this.resolve(actor, unique);
    const original = (p: { index: number }) => indexOfUnique[p.index]!;
    problems.push(...resolution.problems.map((p) => ({ ...p, index: original(p) })));

    const total = parsed.length;
    const run = async (db: Kysely<DB>) => {
      const assessments: Assessment[] = [];
      for (const slice of slicesByGroup(resolution.resolved, IMPORT_SLICE)) {
        assessments.push(...(await assessValues(db, slice)));
        options.onProgress?.(assessments.length, total);
      }
      for (const a of assessments) {
        const index = original(a.value);
        if (a.locked)
          problems.push({ index, field: 'period', rule: 'period_locked', message: lockedMessage(a) });
        else if (a.failure) problems.push({ index, field: 'value', ...a.failure });
      }
      problems.sort((x, y) => x.index - y.index);
      const changes = assessments.filter((a) => a.change !== 'unchanged').length;
      const report = {
        values: total,
        saved: changes,
        unchanged: assessments.length - changes,
        dryRun: options.dryRun,
        problems,
      };
      if (options.dryRun || problems.length > 0) return { report, write: null };
      return { report, write: assessments };
    };
    if (options.dryRun) return (await run(this.deps.db)).report;
    const at = this.deps.clock.now().toISOString();
    return this.deps.db.transaction().execute(async (trx) => {
      const { report, write } = await run(trx);
      if (!write) return { ...report, saved: 0, unchanged: 0 };
      const written = await writeAssessed(trx, actor, write, at, null);
      await this.auditWritten(trx, actor, written, 'import');
      options.onProgress?.(total, total);
      return { ...report, saved: written.length, unchanged: write.length - written.length };
    });
  }

  /**
   * Imports a CSV or XLSX file (data-value-sheet.ts): every row checked, each problem named by
   * its spreadsheet row and column; nothing written when there is one, or on a dry run.
   */
  async importFile(
    actor: Actor,
    file: { name: string; bytes: Buffer },
    options: ImportOptions,
  ): Promise<DataValueImportReport> {
    const sheet = await readDataValueSheet(file.bytes);
    const base = { fileName: file.name, format: sheet.format, layout: sheet.layout, rows: sheet.rows };
    if (sheet.problems.some((p) => p.row === 1)) {
      return { ...base, values: 0, saved: 0, unchanged: 0, dryRun: options.dryRun, problems: sheet.problems };
    }
    // A file with unreadable cells is judged whole too, so one run lists every problem, but it
    // is never written.
    const report = await this.importValues(
      actor,
      sheet.values.map((v) => v.input),
      { ...options, dryRun: options.dryRun || sheet.problems.length > 0 },
    );
    const problems: SheetProblem[] = [
      ...sheet.problems,
      ...report.problems.map((p) => {
        const from = sheet.values[p.index]!;
        return { row: from.row, column: from.columns[p.field], message: p.message };
      }),
    ].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
    const written = !options.dryRun && problems.length === 0;
    return {
      ...base,
      values: sheet.values.length,
      saved: written || options.dryRun ? report.saved : 0,
      unchanged: written || options.dryRun ? report.unchanged : 0,
      dryRun: options.dryRun,
      problems,
    };
  }

  /**
   * Replays an offline queue. One transaction, each change judged on its own: a change already
   * applied (same opId) is reported so; one made against a version that is no longer current is
   * a conflict unless it proposes what is stored; the rest pass the grid's rules or are refused.
   */
  async sync(actor: Actor, body: unknown): Promise<DataValueSyncResult> {
    assertEnteringRole(actor);
    const { changes } = parseInput(dataValueSyncSchema, body);
    const resolution = await this.resolve(actor, changes);
    const resolvedAt = new Map(resolution.resolved.map((r) => [r.index, r]));
    const problemAt = new Map(resolution.problems.map((p) => [p.index, p]));
    const at = this.deps.clock.now().toISOString();
    return this.deps.db.transaction().execute(async (trx) => {
      const repo = new DataValueRepository(trx);
      const results: DataValueSyncResult['results'] = [];
      const written: WrittenValue[] = [];
      for (const [index, change] of changes.entries()) {
        const outcome = (
          kind: DataValueSyncResult['results'][number]['outcome'],
          current: DataValueDto | null,
          refusal: { rule: DataValueRule; message: string } | null = null,
        ) =>
          results.push({
            opId: change.opId,
            outcome: kind,
            current,
            rule: refusal?.rule ?? null,
            message: refusal?.message ?? null,
          });
        const resolved = resolvedAt.get(index);
        if (!resolved) {
          outcome('refused', null, problemAt.get(index)!);
          continue;
        }
        const [a] = await assessValues(trx, [resolved]);
        const stored = a!.stored;
        const current = stored ? presentValue(stored, resolved.unit.code) : null;
        const key = {
          adminUnitId: resolved.unit.id,
          element: resolved.element.code,
          period: resolved.period.code,
        };
        if (stored && stored.op_id === change.opId) {
          outcome('already_applied', current);
          continue;
        }
        const sameValue =
          change.value === null ? !stored : stored !== undefined && Number(stored.value) === change.value;
        const storedVersion = stored ? Number(stored.version) : 0;
        if (storedVersion !== change.baseVersion || a!.change === 'unchanged') {
          if (!sameValue) {
            outcome('conflict', current);
            continue;
          }
          // What the change proposes is already there: applied, without a new version.
          if (stored) await repo.setOpId(key, change.opId);
          outcome('applied', current);
          continue;
        }
        if (a!.locked) {
          outcome('refused', current, { rule: 'period_locked', message: lockedMessage(a!) });
          continue;
        }
        if (a!.failure) {
          outcome('refused', current, a!.failure);
          continue;
        }
        const [w] = await writeAssessed(trx, actor, [a!], at, change.opId);
        written.push(w!);
        outcome('applied', w!.after ? presentValue(w!.after, resolved.unit.code) : null);
      }
      await this.auditWritten(trx, actor, written, 'sync');
      return { results };
    });
  }

  approve(actor: Actor, setCode: string, action: DataApprovalAction, body: unknown) {
    return this.approvals.act(actor, setCode, action, body);
  }

  approvalQueue(actor: Actor, setCode: string, query: unknown) {
    return this.approvals.queue(actor, setCode, query);
  }

  private async catalogue(): Promise<Catalogue> {
    const repo = new DataSetRepository(this.deps.db);
    const [elements, sets] = await Promise.all([repo.listElements(), repo.listDataSets()]);
    return {
      elements: new Map(elements.map((e) => [e.code, presentElement(e)])),
      sets: sets.map(presentDataSet),
    };
  }

  /** Reference data only (before any write transaction); a unit outside the jurisdiction refuses the whole request. */
  private async resolve(actor: Actor, inputs: readonly DataValueInput[]) {
    const today = vnDayOf(this.deps.clock.now());
    const resolution = await resolveValues(this.units, await this.catalogue(), actor, inputs, today);
    if (resolution.outside.length > 0) throw outsideJurisdiction(resolution.outside);
    return resolution;
  }

  private async unitOn(code: string, day: number): Promise<AdminUnitView> {
    try {
      return await resolveUnitVersion(this.units, code, day);
    } catch (e) {
      if (e instanceof DomainError) throw validationError([{ path: 'unit', message: e.message }], e.message);
      throw e;
    }
  }

  private async auditWritten(
    trx: Kysely<DB>,
    actor: Actor,
    written: readonly WrittenValue[],
    via: 'grid' | 'sync' | 'import',
  ): Promise<void> {
    if (written.length === 0) return;
    const units = new Set(written.map((w) => w.assessment.value.unit.id));
    const first = written[0]!.assessment.value.unit;
    await this.deps.audit.record(trx, actor, {
      action: 'datavalue.saved',
      entityType: 'data_value',
      provinceCode: first.province_code,
      adminUnitId: units.size === 1 ? first.id : null,
      details: { via, changes: auditChanges(written) },
    });
  }
}

function lockedMessage(a: Assessment): string {
  const p = periodText({ period: a.value.period.code, start: a.value.period.start });
  return `Kỳ ${p.vi} của ${a.value.unit.name} đã được phê duyệt (${a.locked!.changed_by}); cần hủy phê duyệt trước khi sửa / ${p.en} of ${a.value.unit.name} is approved (${a.locked!.changed_by}): it must be un-approved before any edit`;
}

/** Refuses a judged batch: a locked period first, then stale versions, then the rules. */
function refuseBatch(problems: readonly ValueProblem[], assessments: readonly Assessment[]): void {
  const path = (index: number) => `values.${index}.value`;
  const locked = assessments.filter((a) => a.locked);
  if (locked.length > 0) {
    throw new DomainError('period_locked', locked.map(lockedMessage).join('; '), {
      fields: locked.map((a) => ({
        path: path(a.value.index),
        message: lockedMessage(a),
        rule: 'period_locked',
      })),
      periods: locked.map((a) => presentApproval(a.value.unit.code, a.value.period.code, a.locked)),
    });
  }
  const conflicts = assessments.filter((a) => a.conflict);
  if (conflicts.length > 0) {
    const describe = (a: Assessment) => {
      const p = periodText({ period: a.value.period.code, start: a.value.period.start });
      const s = a.stored;
      return s
        ? `${a.value.element.code} ${a.value.unit.code} ${p.vi}: hiện là ${Number(s.value)} (${s.updated_by}, ${s.updated_at}) / now ${Number(s.value)} (${s.updated_by}, ${s.updated_at})`
        : `${a.value.element.code} ${a.value.unit.code} ${p.vi}: đã bị xóa / was cleared`;
    };
    throw new DomainError(
      'data_value_conflict',
      `Số liệu đã được người khác sửa; hãy tải lại / values were changed meanwhile, reload: ${conflicts.map(describe).join('; ')}`,
      {
        fields: conflicts.map((a) => ({ path: path(a.value.index), message: describe(a) })),
        conflicts: conflicts.map((a) => ({
          index: a.value.index,
          element: a.value.element.code,
          unit: a.value.unit.code,
          period: a.value.period.code,
          baseVersion: a.value.input.baseVersion ?? null,
          current: a.stored ? presentValue(a.stored, a.value.unit.code) : null,
        })),
      },
    );
  }
  const failures: ValueProblem[] = [
    ...problems,
    ...assessments.flatMap((a) =>
      a.failure ? [{ index: a.value.index, field: 'value' as ValueField, ...a.failure }] : [],
    ),
  ].sort((x, y) => x.index - y.index);
  if (failures.length > 0) {
    throw new DomainError(
      'data_value_refused',
      `Số liệu không hợp lệ, chưa lưu gì / values refused, nothing saved: ${failures
        .map((f) => `values.${f.index}: ${f.message}`)
        .join('; ')}`,
      {
        fields: failures.map((f) => ({
          path: path(f.index),
          message: f.message,
          rule: f.rule,
          field: f.field,
        })),
      },
    );
  }
}

/** Consecutive slices of values that never split one unit's series of an element. */
function slicesByGroup(values: readonly ResolvedValue[], size: number): ResolvedValue[][] {
  const groups = new Map<string, ResolvedValue[]>();
  for (const v of values) {
    const key = `${v.unit.id}|${v.element.code}`;
    const members = groups.get(key);
    if (members) members.push(v);
    else groups.set(key, [v]);
  }
  const out: ResolvedValue[][] = [];
  let slice: ResolvedValue[] = [];
  for (const members of groups.values()) {
    slice.push(...members);
    if (slice.length >= size) {
      out.push(slice);
      slice = [];
    }
  }
  if (slice.length > 0) out.push(slice);
  return out;
}
