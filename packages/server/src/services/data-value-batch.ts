import {
  isoFromDay,
  parsePeriod,
  type DataElement,
  type DataSet,
  type DataValueInput,
  type DataValueRule,
  type DayNumber,
  type Period,
} from '@antt/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { AdminUnitRepository, AdminUnitView } from '../repositories/admin-unit.repository.ts';
import { DataApprovalRepository, type DataApprovalRow } from '../repositories/data-approval.repository.ts';
import { DataValueRepository, type DataValueRow } from '../repositories/data-value.repository.ts';
import type { Actor } from './actor.ts';
import { isValidOn } from './admin-unit-resolution.ts';
import { maySee } from './data-value-access.ts';
import { PERIOD_KIND_OF_TYPE } from './data-value-presenter.ts';
import {
  checkCumulative,
  checkOutlier,
  checkRange,
  checkValueType,
  OUTLIER_HISTORY,
  periodText,
  type RuleFailure,
  type SeriesPoint,
} from './data-value-rules.ts';

// Judging a batch of values before anything is written: first what each value names (the
// element, the unit on the period's first day, the period), without a transaction; then, inside
// the writer's transaction, what is stored (versions, approvals, the unit's series) and the
// rules. The grid's save, the offline sync and the import share these steps.

/** Which part of an input a problem is about (the import names the column from it). */
export type ValueField = 'element' | 'unit' | 'period' | 'value';

export type ValueProblem = { index: number; field: ValueField; rule: DataValueRule; message: string };

export type Catalogue = { elements: Map<string, DataElement>; sets: DataSet[] };

/** A value whose element, unit and period are known and fit together. */
export type ResolvedValue = {
  index: number;
  input: DataValueInput;
  period: Period;
  unit: AdminUnitView;
  set: DataSet;
  element: DataElement;
};

export type Resolution = {
  resolved: ResolvedValue[];
  problems: ValueProblem[];
  /** Codes of units outside the actor's jurisdiction: the whole request is refused. */
  outside: string[];
};

const LEVEL_VI = { commune: 'xã', district: 'huyện', province: 'tỉnh' } as const;

/** Resolves every input; reference data only, so it runs before the write transaction. */
export async function resolveValues(
  units: AdminUnitRepository,
  catalogue: Catalogue,
  actor: Actor,
  inputs: readonly DataValueInput[],
  today: DayNumber,
): Promise<Resolution> {
  const versions = new Map<string, AdminUnitView[]>();
  for (const v of await units.versionsOfCodes(inputs.map((i) => i.unit))) {
    const list = versions.get(v.code);
    if (list) list.push(v);
    else versions.set(v.code, [v]);
  }
  const resolved: ResolvedValue[] = [];
  const problems: ValueProblem[] = [];
  const outside: string[] = [];
  inputs.forEach((input, index) => {
    const problem = (field: ValueField, rule: DataValueRule, message: string) =>
      problems.push({ index, field, rule, message });
    const element = catalogue.elements.get(input.element);
    const setsOfElement = catalogue.sets.filter((s) => s.elements.includes(input.element));
    if (!element || setsOfElement.length === 0) {
      problem(
        'element',
        'element_not_in_set',
        `Chỉ số ${input.element} không thuộc bộ số liệu nào / ${input.element} belongs to no data set`,
      );
      return;
    }
    let period: Period;
    try {
      period = parsePeriod(input.period);
    } catch {
      problem(
        'period',
        'period_not_reportable',
        `Kỳ ${input.period} không hợp lệ / ${input.period} is not a period`,
      );
      return;
    }
    const unitVersions = versions.get(input.unit) ?? [];
    const unit = unitVersions.find((v) => isValidOn(v, period.start));
    if (!unit) {
      const day = isoFromDay(period.start);
      problem(
        'unit',
        'period_not_reportable',
        unitVersions.length === 0
          ? `Không có đơn vị hành chính mã ${input.unit} / no administrative unit has code ${input.unit}`
          : `Mã ${input.unit} không có hiệu lực vào ngày ${day} / code ${input.unit} did not exist on ${day}`,
      );
      return;
    }
    if (!maySee(actor, unit)) {
      outside.push(unit.code);
      return;
    }
    // An element may be in several sets of the level (a daily and a monthly one): the period says which.
    const ofLevel = setsOfElement.filter((s) => s.reportingLevel === unit.level);
    const set = ofLevel.find((s) => period.kind === PERIOD_KIND_OF_TYPE[s.periodType]) ?? ofLevel[0];
    if (!set) {
      problem(
        'element',
        'element_not_in_set',
        `Chỉ số ${input.element} không thuộc bộ số liệu nào do cấp ${LEVEL_VI[unit.level]} báo cáo (${unit.name}) / ${input.element} is in no data set reported by ${unit.level} units such as ${unit.name}`,
      );
      return;
    }
    if (period.kind !== PERIOD_KIND_OF_TYPE[set.periodType]) {
      problem(
        'period',
        'period_not_reportable',
        `Bộ số liệu ${set.code} báo cáo theo ${set.periodType === 'day' ? 'ngày' : set.periodType === 'week' ? 'tuần' : 'tháng'}; kỳ ${input.period} không đúng loại / ${set.code} is reported by ${set.periodType}: ${input.period} is not one`,
      );
      return;
    }
    if (period.start > today) {
      const p = periodText({ period: period.code, start: period.start });
      problem(
        'period',
        'period_not_reportable',
        `Kỳ ${p.vi} chưa tới; chỉ nhập số liệu đến hôm nay / ${p.en} is in the future: values are entered up to today`,
      );
      return;
    }
    resolved.push({ index, input, period, unit, set, element });
  });
  return { resolved, problems, outside };
}

export type ValueChange = 'unchanged' | 'insert' | 'update' | 'delete';

export type Assessment = {
  value: ResolvedValue;
  stored: DataValueRow | undefined;
  change: ValueChange;
  /** The comment the value will carry: the one given, or the stored one when none is given. */
  comment: string | null;
  /** The writer's baseVersion is not the stored version (a change made meanwhile). */
  conflict: boolean;
  /** The approval that locks the period, for a change. */
  locked: DataApprovalRow | undefined;
  failure: RuleFailure | null;
};

const keyOf = (unitId: string, element: string) => `${unitId}|${element}`;

/** The unit's stored series of an element around the batch's periods, with the batch applied. */
type Group = { stored: Map<string, DataValueRow>; series: SeriesPoint[] };

async function loadGroups(db: Kysely<DB>, values: readonly ResolvedValue[]): Promise<Map<string, Group>> {
  const repo = new DataValueRepository(db);
  const byGroup = new Map<string, ResolvedValue[]>();
  for (const v of values) {
    const key = keyOf(v.unit.id, v.element.code);
    const members = byGroup.get(key);
    if (members) members.push(v);
    else byGroup.set(key, [v]);
  }
  const groups = new Map<string, Group>();
  for (const [key, members] of byGroup) {
    const { unit, element } = members[0]!;
    const first = Math.min(...members.map((m) => m.period.start));
    const last = Math.max(...members.map((m) => m.period.start));
    const [inside, before, after] = await Promise.all([
      repo.inRange([unit.id], [element.code], first, last),
      repo.latestBefore(unit.id, element.code, first, OUTLIER_HISTORY + 1),
      repo.firstAfter(unit.id, element.code, last),
    ]);
    const stored = new Map(inside.map((r) => [r.period, r]));
    const points = new Map<string, SeriesPoint>();
    for (const r of [...before, ...inside, ...(after ? [after] : [])]) {
      points.set(r.period, { period: r.period, start: r.start_day, end: r.end_day, value: Number(r.value) });
    }
    // The batch is judged as it will stand: a pasted column counts as history for its own rows.
    for (const m of members) {
      if (m.input.value === null) points.delete(m.period.code);
      else
        points.set(m.period.code, {
          period: m.period.code,
          start: m.period.start,
          end: m.period.end,
          value: m.input.value,
        });
    }
    groups.set(key, { stored, series: [...points.values()].sort((a, b) => a.start - b.start) });
  }
  return groups;
}

function judge(v: ResolvedValue, series: readonly SeriesPoint[], comment: string | null): RuleFailure | null {
  const value = v.input.value!;
  const typeOrRange = checkValueType(v.element, value) ?? checkRange(v.element, value);
  if (typeOrRange) return typeOrRange;
  const earlier = series.filter((p) => p.start < v.period.start);
  const later = series.find((p) => p.start > v.period.start);
  return (
    checkCumulative(v.element, value, earlier.at(-1), later) ??
    checkOutlier(v.element, value, v.period.start, earlier, comment)
  );
}

/** Reads what is stored for the values (inside the writer's transaction) and applies the rules. */
export async function assessValues(db: Kysely<DB>, values: readonly ResolvedValue[]): Promise<Assessment[]> {
  const groups = await loadGroups(db, values);
  const approved = await new DataApprovalRepository(db).approvedAmong(
    [...new Set(values.map((v) => v.set.code))],
    [...new Set(values.map((v) => v.unit.id))],
    [...new Set(values.map((v) => v.period.code))],
  );
  const lockOf = new Map(approved.map((a) => [`${a.data_set_code}|${a.admin_unit_id}|${a.period}`, a]));
  return values.map((v) => {
    const group = groups.get(keyOf(v.unit.id, v.element.code))!;
    const stored = group.stored.get(v.period.code);
    const given = v.input.comment;
    const comment = given === undefined ? (stored?.comment ?? null) : given?.trim() || null;
    const value = v.input.value;
    let change: ValueChange;
    if (value === null) change = stored ? 'delete' : 'unchanged';
    else if (stored && Number(stored.value) === value && stored.comment === comment) change = 'unchanged';
    else change = stored ? 'update' : 'insert';
    const base = v.input.baseVersion;
    const conflict =
      change !== 'unchanged' && base !== undefined && base !== (stored ? Number(stored.version) : 0);
    const locked =
      change === 'unchanged' ? undefined : lockOf.get(`${v.set.code}|${v.unit.id}|${v.period.code}`);
    const failure = change === 'insert' || change === 'update' ? judge(v, group.series, comment) : null;
    return { value: v, stored, change, comment, conflict, locked, failure };
  });
}
