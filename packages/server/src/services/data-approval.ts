import {
  dataApprovalActionSchema,
  dataApprovalQueueQuerySchema,
  dayFromIso,
  DATA_APPROVAL_ACTIONS,
  parsePeriod,
  type DataApprovalDto,
  type DataApprovalState,
  type DataSet,
  type Period,
} from '@antt/shared';
import { DomainError, parseInput, validationError } from '../errors/domain-error.ts';
import { AdminUnitRepository, type AdminUnitView } from '../repositories/admin-unit.repository.ts';
import { DataApprovalRepository } from '../repositories/data-approval.repository.ts';
import { DataValueRepository } from '../repositories/data-value.repository.ts';
import { JurisdictionRepository } from '../repositories/jurisdiction.repository.ts';
import { actorLabel, type Actor } from './actor.ts';
import { isValidOn, resolveUnitVersion } from './admin-unit-resolution.ts';
import {
  assertMaySee,
  mayApprove,
  mayEnter,
  maySee,
  outsideJurisdiction,
  ownAdminUnitId,
} from './data-value-access.ts';
import { assertRange, PERIOD_KIND_OF_TYPE, periodsBetween, presentApproval } from './data-value-presenter.ts';
import { periodText } from './data-value-rules.ts';
import type { DataSetService } from './data-set.service.ts';
import type { ServiceDeps } from './service-deps.ts';

// Approving a unit's data (shared/DESIGN.md section 5.4): the unit submits a period; a leader
// above it approves (the values are locked until un-approved) or returns it with a comment.
// Every action is audited; an action that does not fit a period's state changes nothing.

export type DataApprovalAction = (typeof DATA_APPROVAL_ACTIONS)[number];

/** From which states each action may start, and the state it leads to. */
const TRANSITIONS: Record<
  DataApprovalAction,
  { from: DataApprovalState[]; to: Exclude<DataApprovalState, 'open'> }
> = {
  submit: { from: ['open', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'returned' },
  unapprove: { from: ['approved'], to: 'returned' },
};

const STATE_VI: Record<DataApprovalState, string> = {
  open: 'đang mở',
  submitted: 'đã gửi duyệt',
  approved: 'đã phê duyệt',
  returned: 'đã trả lại',
};

const ACTION_VI: Record<DataApprovalAction, string> = {
  submit: 'gửi duyệt',
  approve: 'phê duyệt',
  return: 'trả lại',
  unapprove: 'hủy phê duyệt',
};

const AUDIT_ACTION: Record<DataApprovalAction, string> = {
  submit: 'dataset.submitted',
  approve: 'dataset.approved',
  return: 'dataset.returned',
  unapprove: 'dataset.unapproved',
};

export class DataApprovals {
  private readonly units: AdminUnitRepository;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly dataSets: DataSetService,
  ) {
    this.units = new AdminUnitRepository(deps.db, deps.dialect);
  }

  /** Submits, approves, returns or un-approves periods of one unit, all of them or none. */
  async act(
    actor: Actor,
    setCode: string,
    action: DataApprovalAction,
    body: unknown,
  ): Promise<{ items: DataApprovalDto[] }> {
    const input = parseInput(dataApprovalActionSchema, body);
    const set = await this.dataSets.dataSet(setCode);
    const periods = parsePeriods(set, input.periods);
    const versions = await this.units.versionsOfCode(input.unit);
    const targets = periods.map((period, i) => {
      const unit = versions.find((v) => isValidOn(v, period.start));
      if (!unit)
        throw validationError([
          {
            path: `periods.${i}`,
            message: `Mã ${input.unit} không có hiệu lực vào kỳ ${period.code} / code ${input.unit} did not exist in ${period.code}`,
          },
        ]);
      return { period, unit };
    });
    const outside = targets.filter((t) => !maySee(actor, t.unit));
    if (outside.length > 0) throw outsideJurisdiction([input.unit]);
    const own = await ownAdminUnitId(new JurisdictionRepository(this.deps.db), actor);
    for (const { unit } of targets) {
      const allowed = action === 'submit' ? mayEnter(actor, unit, set) : mayApprove(actor, unit, own);
      if (!allowed) {
        throw new DomainError(
          'forbidden',
          action === 'submit'
            ? `Chỉ cán bộ, lãnh đạo của đơn vị được gửi duyệt số liệu / only the unit's officers and leaders submit its data`
            : `Chỉ lãnh đạo cấp trên của ${unit.name} được ${ACTION_VI[action]} / only a leader above ${unit.name} may ${action}`,
        );
      }
    }
    const comment = input.comment?.trim() || null;
    if (action === 'return' && !comment) {
      throw validationError(
        [{ path: 'comment', message: 'Trả lại cần ghi lý do / say why the period is returned' }],
        'Trả lại cần ghi lý do / a return needs a comment',
      );
    }

    const unitIds = [...new Set(targets.map((t) => t.unit.id))];
    const first = Math.min(...periods.map((p) => p.start));
    const last = Math.max(...periods.map((p) => p.start));
    const at = this.deps.clock.now().toISOString();
    const transition = TRANSITIONS[action];
    return this.deps.db.transaction().execute(async (trx) => {
      const approvals = new DataApprovalRepository(trx);
      const rows = await approvals.inRange(set.code, unitIds, first, last);
      const rowOf = (unitId: string, period: string) =>
        rows.find((r) => r.admin_unit_id === unitId && r.period === period);
      const counts =
        action === 'submit'
          ? await new DataValueRepository(trx).countsByUnitAndPeriod(unitIds, set.elements, first, last)
          : [];
      const refused: { period: string; state: DataApprovalState; reason: string }[] = [];
      for (const { period, unit } of targets) {
        const state = rowOf(unit.id, period.code)?.state ?? 'open';
        const p = periodText({ period: period.code, start: period.start });
        if (!transition.from.includes(state)) {
          refused.push({
            period: period.code,
            state,
            reason: `kỳ ${p.vi} ${STATE_VI[state]}, không thể ${ACTION_VI[action]} / ${p.en} is ${state}: cannot ${action}`,
          });
        } else if (
          action === 'submit' &&
          !counts.some((c) => c.admin_unit_id === unit.id && c.period === period.code && c.n > 0)
        ) {
          refused.push({
            period: period.code,
            state,
            reason: `kỳ ${p.vi} chưa có số liệu nào để gửi duyệt / ${p.en} has no values to submit`,
          });
        }
      }
      if (refused.length > 0) {
        throw new DomainError('approval_state_invalid', refused.map((r) => r.reason).join('; '), {
          periods: refused,
        });
      }
      const before: { period: string; state: DataApprovalState; comment: string | null }[] = [];
      const items: DataApprovalDto[] = [];
      for (const { period, unit } of targets) {
        const row = rowOf(unit.id, period.code);
        before.push({ period: period.code, state: row?.state ?? 'open', comment: row?.comment ?? null });
        const next = {
          province_code: row?.province_code ?? unit.province_code,
          data_set_code: set.code,
          admin_unit_id: unit.id,
          period: period.code,
          start_day: period.start,
          end_day: period.end,
          state: transition.to,
          // An un-approval keeps the comment of the return before it unless it gives its own.
          comment: action === 'unapprove' ? (comment ?? row?.comment ?? null) : comment,
          changed_at: at,
          changed_by: actorLabel(actor),
        };
        await approvals.upsert(next);
        items.push(presentApproval(input.unit, period.code, next));
      }
      await this.deps.audit.record(trx, actor, {
        action: AUDIT_ACTION[action],
        entityType: 'data_set',
        entityId: set.code,
        provinceCode: targets[0]!.unit.province_code,
        adminUnitId: targets[0]!.unit.id,
        details: { dataSet: set.code, unit: input.unit, periods: input.periods, comment, before },
      });
      return { items };
    });
  }

  /** Every reporting unit under a province or district × period, with its state and number of values. */
  async queue(actor: Actor, setCode: string, query: unknown) {
    const q = parseInput(dataApprovalQueueQuerySchema, query);
    const set = await this.dataSets.dataSet(setCode);
    const [from, to] = [dayFromIso(q.from), dayFromIso(q.to)];
    assertRange(from, to);
    let root: AdminUnitView;
    try {
      root = await resolveUnitVersion(this.units, q.unit, to);
    } catch (e) {
      if (e instanceof DomainError) throw validationError([{ path: 'unit', message: e.message }], e.message);
      throw e;
    }
    assertMaySee(actor, root);
    const reporting = (await this.reportingUnitsUnder(root, set, to)).filter((u) => maySee(actor, u));
    const periods = periodsBetween(set.periodType, from, to);
    const unitIds = reporting.map((u) => u.id);
    const [first, last] = [periods[0]!.start, periods.at(-1)!.start];
    const [rows, counts] = await Promise.all([
      new DataApprovalRepository(this.deps.db).inRange(set.code, unitIds, first, last),
      new DataValueRepository(this.deps.db).countsByUnitAndPeriod(unitIds, set.elements, first, last),
    ]);
    const rowOf = new Map(rows.map((r) => [`${r.admin_unit_id}|${r.period}`, r]));
    const countOf = new Map(counts.map((c) => [`${c.admin_unit_id}|${c.period}`, c.n]));
    const items = reporting.flatMap((unit) =>
      periods.map((p) => ({
        ...presentApproval(unit.code, p.code, rowOf.get(`${unit.id}|${p.code}`)),
        unitName: unit.name,
        valueCount: countOf.get(`${unit.id}|${p.code}`) ?? 0,
      })),
    );
    return { items: q.state ? items.filter((i) => i.state === q.state) : items };
  }

  /** The units of the set's reporting level at or under the unit on the day, by code. */
  private async reportingUnitsUnder(
    root: AdminUnitView,
    set: DataSet,
    day: number,
  ): Promise<AdminUnitView[]> {
    if (root.level === set.reportingLevel) return [root];
    const out: AdminUnitView[] = [];
    let frontier = [root];
    for (let depth = 0; frontier.length > 0 && depth < 3; depth++) {
      const next: AdminUnitView[] = [];
      for (const u of frontier) {
        for (const child of await this.units.childrenOn(u.id, day)) {
          if (child.level === set.reportingLevel) out.push(child);
          else next.push(child);
        }
      }
      frontier = next;
    }
    return out.sort((a, b) => a.code.localeCompare(b.code));
  }
}

function parsePeriods(set: DataSet, codes: readonly string[]): Period[] {
  const problems: { path: string; message: string }[] = [];
  const periods: Period[] = [];
  codes.forEach((code, i) => {
    let p: Period | null = null;
    try {
      p = parsePeriod(code);
    } catch {
      p = null;
    }
    if (!p || p.kind !== PERIOD_KIND_OF_TYPE[set.periodType]) {
      problems.push({
        path: `periods.${i}`,
        message: `${code} không phải kỳ ${set.periodType} của bộ số liệu ${set.code} / ${code} is not a ${set.periodType} period of ${set.code}`,
      });
    } else if (periods.some((q) => q.code === p.code)) {
      problems.push({ path: `periods.${i}`, message: `${code} có hai lần / ${code} is listed twice` });
    } else periods.push(p);
  });
  if (problems.length > 0) throw validationError(problems);
  return periods;
}
