import {
  addDays,
  campaignInputSchema,
  campaignStatusQuerySchema,
  campaignTargetsInputSchema,
  dayFromIso,
  daysBetween,
  isoFromDay,
  vnDayOf,
  type CampaignStatusDto,
  type CampaignSummary,
  type DayNumber,
} from '@antt/shared';
import type { AdminUnitLevel } from '../db/tables/admin-unit.ts';
import { DomainError, parseInput, validationError, type FieldProblem } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import { AdminUnitRepository, type AdminUnitView } from '../repositories/admin-unit.repository.ts';
import {
  CampaignRepository,
  type CampaignDataSet,
  type CampaignElementRow,
  type CampaignRow,
} from '../repositories/campaign.repository.ts';
import {
  actorLabel,
  hasRole,
  inJurisdiction,
  jurisdictionOf,
  type Actor,
  type Jurisdiction,
} from './actor.ts';
import { resolveUnitVersion } from './admin-unit-resolution.ts';
import { progressOf, rankByShare, seriesOf, type CampaignWindow } from './campaign-progress.ts';
import type { ServiceDeps } from './service-deps.ts';

// Campaigns (shared/DESIGN.md section 5.4): a push of a few weeks on some elements of a data
// set over the reporting units under one unit, each unit with a target (explicit, or its
// eligible population × the element's rate), the progress so far, a leaderboard, and a
// projection of the end value with a plain verdict. Seen by those whose jurisdiction holds the
// campaign's unit; set up by that province's leaders or an administrator.

const LEVEL_DEPTH: Record<AdminUnitLevel, number> = { province: 0, district: 1, commune: 2 };

type UnitRef = { id: string; code: string; name: string };

export class CampaignService {
  private readonly repo: CampaignRepository;
  private readonly units: AdminUnitRepository;

  constructor(private readonly deps: ServiceDeps) {
    this.repo = new CampaignRepository(deps.db, deps.dialect);
    this.units = new AdminUnitRepository(deps.db, deps.dialect);
  }

  /** The campaigns of the actor's province (or under their jurisdiction), latest start first. */
  async list(actor: Actor): Promise<CampaignSummary[]> {
    const jurisdiction = jurisdictionOf(actor);
    const rows: CampaignRow[] = [];
    for (const c of await this.repo.list()) {
      if (maySee(jurisdiction, c, await this.unitById(c.admin_unit_id))) rows.push(c);
    }
    return this.summaries(rows, this.today());
  }

  async create(actor: Actor, body: unknown): Promise<CampaignSummary> {
    const input = parseInput(campaignInputSchema, body);
    const start = dayFromIso(input.startDate);
    const unit = await this.unitOrFieldError(input.unit, start, 'unit');
    await this.assertMayManage(actor, unit, start);
    const dataSet = await this.repo.dataSet(input.dataSet);
    if (!dataSet) throw validationError([{ path: 'dataSet', message: `no data set ${input.dataSet}` }]);
    const problems = checkElements(dataSet, input);
    if (LEVEL_DEPTH[unit.level] > LEVEL_DEPTH[dataSet.reportingLevel]) {
      problems.push({
        path: 'unit',
        message: `a ${unit.level} holds no ${dataSet.reportingLevel}-level reporting units`,
      });
    }
    if (problems.length > 0) throw validationError(problems);

    const id = newId(this.deps.clock.now().getTime());
    const row: CampaignRow = {
      id,
      province_code: unit.province_code,
      name_vi: input.nameVi,
      name_en: input.nameEn,
      data_set_code: dataSet.code,
      admin_unit_id: unit.id,
      start_day: start,
      end_day: dayFromIso(input.endDate),
      population_element: input.populationElement,
      created_at: this.deps.clock.now().toISOString(),
      created_by: actorLabel(actor),
    };
    await this.deps.db.transaction().execute(async (trx) => {
      await new CampaignRepository(trx, this.deps.dialect).insert(
        row,
        input.elements.map((e, position) => ({
          province_code: unit.province_code,
          campaign_id: id,
          element_code: e.element,
          position,
          target_rate: e.targetRate,
        })),
      );
      await this.deps.audit.record(trx, actor, {
        action: 'campaign.created',
        entityType: 'campaign',
        entityId: id,
        provinceCode: unit.province_code,
        adminUnitId: unit.id,
        details: { ...input },
      });
    });
    return (await this.summaries([row], this.today()))[0]!;
  }

  /** Explicit targets for some units (a null target goes back to the default); audited. */
  async setTargets(actor: Actor, id: string, body: unknown): Promise<CampaignStatusDto> {
    const input = parseInput(campaignTargetsInputSchema, body);
    const campaign = await this.campaign(id);
    const unit = await this.unitById(campaign.admin_unit_id);
    await this.assertMayManage(actor, unit, campaign.start_day);
    const elements = new Set((await this.repo.elementsOf([id])).map((e) => e.element_code));
    const dataSet = await this.dataSetOf(campaign);
    const reporting = await this.reportingUnits(campaign, unit, dataSet.reportingLevel);
    const byCode = new Map([unit, ...reporting].map((u) => [u.code, u]));
    const problems: FieldProblem[] = [];
    const targets = input.targets.map((t, i) => {
      if (!elements.has(t.element))
        problems.push({
          path: `targets.${i}.element`,
          message: `${t.element} is not an element of the campaign`,
        });
      const target = byCode.get(t.unit);
      if (!target)
        problems.push({
          path: `targets.${i}.unit`,
          message: `${t.unit} is not the campaign's unit or one of its reporting units`,
        });
      return { element: t.element, unitId: target?.id ?? '', target: t.target };
    });
    if (problems.length > 0) throw validationError(problems);
    await this.deps.db.transaction().execute(async (trx) => {
      await new CampaignRepository(trx, this.deps.dialect).setTargets(campaign.province_code, id, targets);
      await this.deps.audit.record(trx, actor, {
        action: 'campaign.targets_set',
        entityType: 'campaign',
        entityId: id,
        provinceCode: campaign.province_code,
        adminUnitId: campaign.admin_unit_id,
        details: { targets: input.targets },
      });
    });
    return this.status(actor, id, {});
  }

  /** Progress per unit and for the whole, projections, verdicts and the leaderboard. */
  async status(actor: Actor, id: string, query: unknown): Promise<CampaignStatusDto> {
    const q = parseInput(campaignStatusQuerySchema, query);
    const campaign = await this.campaign(id);
    const unit = await this.unitById(campaign.admin_unit_id);
    this.assertMaySee(actor, campaign, unit);
    const asOf = q.asOf ? dayFromIso(q.asOf) : this.today();
    const [summary] = await this.summaries([campaign], asOf, new Map([[unit.id, unit]]));
    const dataSet = await this.dataSetOf(campaign);
    const units = await this.reportingUnits(campaign, unit, dataSet.reportingLevel);
    const ids = units.map((u) => u.id);
    const elements = await this.repo.elementsOf([id]);
    const aggregationOf = new Map(dataSet.elements.map((e) => [e.code, e.aggregation]));
    const w: CampaignWindow = {
      start: campaign.start_day,
      end: campaign.end_day,
      through: Math.min(asOf, campaign.end_day),
    };

    const population = await this.populations(campaign, ids);
    const explicit = new Map<string, number>();
    for (const t of await this.repo.targetsOf(id))
      explicit.set(`${t.element_code}|${t.admin_unit_id}`, Number(t.target));

    const total: CampaignStatusDto['total']['progress'] = [];
    const perUnit = new Map(ids.map((uid) => [uid, [] as CampaignStatusDto['total']['progress']]));
    let series: CampaignStatusDto['series'] = [];
    for (const [index, element] of elements.entries()) {
      const aggregation = aggregationOf.get(element.element_code) ?? 'sum';
      const progress = seriesOf(
        ids,
        {
          aggregation,
          window:
            w.through >= w.start
              ? await this.repo.valuesBetween(element.element_code, ids, w.start, w.through)
              : [],
          before:
            aggregation === 'last' ? await this.repo.latestBefore(element.element_code, ids, w.start) : [],
        },
        w,
      );
      const targetOf = (uid: string) => unitTarget(element, uid, explicit, population);
      for (const uid of ids) {
        perUnit
          .get(uid)!
          .push(progressOf(element.element_code, progress.perUnit.get(uid)!, targetOf(uid), w));
      }
      // The whole's target: one set for the campaign's unit itself, else the units' targets
      // added up (none while any unit has none).
      const unitTargets = ids.map(targetOf);
      const totalTarget =
        explicit.get(`${element.element_code}|${unit.id}`) ??
        (unitTargets.length > 0 && unitTargets.every((t) => t !== null)
          ? unitTargets.reduce((s: number, t) => s + t!, 0)
          : null);
      total.push(progressOf(element.element_code, progress.total, totalTarget, w));
      if (index === 0) {
        series = progress.total.observations.map((o) => ({
          date: isoFromDay(addDays(w.start, o.day)),
          value: o.value,
        }));
      }
    }

    const ranks = rankByShare(new Map(ids.map((uid) => [uid, perUnit.get(uid)![0]?.share ?? null])));
    // Everyone in the province sees the whole's progress and their own place on the leaderboard;
    // the rows of units outside their jurisdiction stay hidden.
    const jurisdiction = jurisdictionOf(actor);
    return {
      campaign: summary!,
      asOf: isoFromDay(asOf),
      total: { progress: total },
      rankedUnits: units.length,
      units: units
        .filter((u) => inJurisdiction(jurisdiction, u.id))
        .map((u) => ({
          unit: { id: u.id, code: u.code, name: u.name },
          population: population.get(u.id) ?? null,
          progress: perUnit.get(u.id)!,
          rank: ranks.get(u.id) ?? null,
        })),
      series,
    };
  }

  private today(): DayNumber {
    return vnDayOf(this.deps.clock.now());
  }

  private async campaign(id: string): Promise<CampaignRow> {
    const found = await this.repo.findById(id);
    if (!found) throw new DomainError('not_found', `Không có chiến dịch ${id} / no campaign ${id}`);
    return found;
  }

  private async dataSetOf(campaign: CampaignRow): Promise<CampaignDataSet> {
    const found = await this.repo.dataSet(campaign.data_set_code);
    if (!found)
      throw new DomainError('internal_error', `the campaign's data set ${campaign.data_set_code} is missing`);
    return found;
  }

  private async unitById(id: string): Promise<AdminUnitView> {
    const found = await this.units.findById(id);
    if (!found) throw new DomainError('internal_error', `the campaign's unit ${id} is missing`);
    return found;
  }

  private async unitOrFieldError(code: string, day: DayNumber, field: string): Promise<AdminUnitView> {
    try {
      return await resolveUnitVersion(this.units, code, day);
    } catch (error) {
      if (
        error instanceof DomainError &&
        (error.code === 'unit_code_unknown' || error.code === 'unit_not_valid_on_date')
      )
        throw validationError([{ path: field, message: error.message }]);
      throw error;
    }
  }

  /** A campaign is seen by those whose jurisdiction holds its unit or who work in its province (the CLI sees all). */
  private assertMaySee(actor: Actor, campaign: CampaignRow, unit: AdminUnitView): void {
    if (maySee(jurisdictionOf(actor), campaign, unit)) return;
    throw new DomainError(
      'outside_jurisdiction',
      'Chiến dịch ngoài địa bàn của bạn / the campaign is outside your jurisdiction',
    );
  }

  /** Campaigns are set up by an administrator, or a leader whose jurisdiction holds the unit's province. */
  private async assertMayManage(actor: Actor, unit: AdminUnitView, day: DayNumber): Promise<void> {
    if (actor.kind === 'cli' || actor.kind === 'system' || hasRole(actor, 'admin')) return;
    if (actor.kind === 'user' && hasRole(actor, 'leader')) {
      const province = await this.provinceOf(unit, day);
      if (inJurisdiction(actor.jurisdiction, province.id)) return;
    }
    throw new DomainError(
      'forbidden',
      'Chỉ lãnh đạo công an tỉnh, thành phố hoặc quản trị viên được lập chiến dịch / only the province’s leaders or an administrator set up campaigns',
    );
  }

  private async provinceOf(unit: AdminUnitView, day: DayNumber): Promise<AdminUnitView> {
    if (unit.level === 'province') return unit;
    const [province] = await this.units.validOnDay([unit.province_code], day, 'province');
    return province ?? unit;
  }

  /** The units of the data set's reporting level under the campaign's unit, on its first day. */
  private async reportingUnits(
    campaign: CampaignRow,
    unit: AdminUnitView,
    level: AdminUnitLevel,
  ): Promise<AdminUnitView[]> {
    let frontier = [unit];
    const found: AdminUnitView[] = [];
    // Province → district → commune: at most two steps down.
    for (let step = 0; step <= 2 && frontier.length > 0; step++) {
      const next: AdminUnitView[] = [];
      for (const u of frontier) {
        if (u.level === level) found.push(u);
        else if (LEVEL_DEPTH[u.level] < LEVEL_DEPTH[level])
          next.push(...(await this.units.childrenOn(u.id, campaign.start_day)));
      }
      frontier = next;
    }
    return found.sort((a, b) => a.code.localeCompare(b.code));
  }

  /** Each unit's eligible population: its latest value on or before the start, else its earliest after. */
  private async populations(campaign: CampaignRow, unitIds: readonly string[]): Promise<Map<string, number>> {
    const dayAfterStart = addDays(campaign.start_day, 1);
    const out = new Map<string, number>();
    for (const v of await this.repo.latestBefore(campaign.population_element, unitIds, dayAfterStart))
      out.set(v.unitId, v.value);
    const missing = unitIds.filter((id) => !out.has(id));
    if (missing.length > 0) {
      for (const v of await this.repo.earliestFrom(campaign.population_element, missing, dayAfterStart))
        if (!out.has(v.unitId)) out.set(v.unitId, v.value);
    }
    return out;
  }

  private async summaries(
    rows: readonly CampaignRow[],
    today: DayNumber,
    knownUnits: ReadonlyMap<string, AdminUnitView> = new Map(),
  ): Promise<CampaignSummary[]> {
    const missing = rows.map((r) => r.admin_unit_id).filter((uid) => !knownUnits.has(uid));
    const units = new Map(knownUnits);
    for (const u of await this.units.findByIds(missing)) units.set(u.id, u);
    const elements = new Map<string, CampaignElementRow[]>();
    for (const e of await this.repo.elementsOf(rows.map((r) => r.id))) {
      elements.set(e.campaign_id, [...(elements.get(e.campaign_id) ?? []), e]);
    }
    return rows.map((r) => {
      const unit = units.get(r.admin_unit_id);
      const daysTotal = daysBetween(r.start_day, r.end_day) + 1;
      return {
        id: r.id,
        nameVi: r.name_vi,
        nameEn: r.name_en,
        dataSet: r.data_set_code,
        unit: unitRef(unit, r.admin_unit_id),
        startDate: isoFromDay(r.start_day),
        endDate: isoFromDay(r.end_day),
        populationElement: r.population_element,
        elements: (elements.get(r.id) ?? []).map((e) => ({
          element: e.element_code,
          targetRate: e.target_rate === null ? null : Number(e.target_rate),
        })),
        daysTotal,
        daysLeft: Math.max(0, Math.min(daysTotal, daysBetween(today, r.end_day))),
      };
    });
  }
}

function unitRef(unit: AdminUnitView | undefined, id: string): UnitRef {
  return unit ? { id: unit.id, code: unit.code, name: unit.name } : { id, code: '', name: '' };
}

/** The elements and the population element must be in the data set, each element once. */
function checkElements(
  dataSet: CampaignDataSet,
  input: { populationElement: string; elements: { element: string }[] },
): FieldProblem[] {
  const inSet = new Set(dataSet.elements.map((e) => e.code));
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  input.elements.forEach((e, i) => {
    if (!inSet.has(e.element))
      problems.push({
        path: `elements.${i}.element`,
        message: `${e.element} is not in data set ${dataSet.code}`,
      });
    else if (seen.has(e.element))
      problems.push({ path: `elements.${i}.element`, message: `${e.element} twice` });
    seen.add(e.element);
  });
  if (!inSet.has(input.populationElement)) {
    problems.push({
      path: 'populationElement',
      message: `${input.populationElement} is not in data set ${dataSet.code}`,
    });
  }
  return problems;
}

/** An explicit target, else the unit's eligible population × the element's rate, rounded. */
function unitTarget(
  element: CampaignElementRow,
  unitId: string,
  explicit: ReadonlyMap<string, number>,
  population: ReadonlyMap<string, number>,
): number | null {
  const set = explicit.get(`${element.element_code}|${unitId}`);
  if (set !== undefined) return set;
  const people = population.get(unitId);
  if (element.target_rate === null || people === undefined) return null;
  return Math.round(people * Number(element.target_rate));
}

/**
 * Those whose jurisdiction holds the campaign's unit see it all. A province's campaign is the
 * province's common effort: every commune of the province sees it too, with only its own rows
 * (see status); a smaller unit's campaign stays with that unit's jurisdiction.
 */
function maySee(j: Jurisdiction, campaign: CampaignRow, unit: AdminUnitView): boolean {
  if (inJurisdiction(j, campaign.admin_unit_id)) return true;
  return unit.level === 'province' && inJurisdiction(j, null, campaign.province_code);
}
