import type { TipAction } from '@antt/shared';
import { DomainError } from '../errors/domain-error.ts';
import type { TipRow } from '../repositories/tip.repository.ts';
import { hasRole, inJurisdiction, jurisdictionOf, type Actor } from './actor.ts';

// Who may see a tip and who may act on it (shared/DESIGN.md sections 5.1 and 5.2), in one
// place, so the actions, the lists and the buttons of the web app agree:
// - seeing: the tip's area lies inside the actor's jurisdiction, or the actor's unit owns it,
//   or it is assigned to the actor (a tip routed to a unit outside its own area);
// - acting: the staff of the owning unit (officers and leaders), its leaders for the decisions,
//   leaders above it for routing and assignment, procurators for the procuracy's own decisions.
// A tip the actor may not see answers 404 — whether it exists is not the actor's business.

export type TipAccessRow = Pick<
  TipRow,
  'area_admin_unit_id' | 'province_code' | 'owner_unit_id' | 'assignee_user_id' | 'status'
>;

export function maySeeTip(actor: Actor, tip: TipAccessRow): boolean {
  if (actor.kind === 'cli' || actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  return (
    inJurisdiction(jurisdictionOf(actor), tip.area_admin_unit_id) ||
    actor.unitId === tip.owner_unit_id ||
    actor.userId === tip.assignee_user_id
  );
}

export function tipNotFound(): DomainError {
  return new DomainError('not_found', 'Không tìm thấy tin báo / tip not found');
}

export function assertMaySeeTip(actor: Actor, tip: TipAccessRow | undefined): asserts tip is TipAccessRow {
  if (!tip || !maySeeTip(actor, tip)) throw tipNotFound();
}

/** Officers and leaders of the unit that owns the tip. */
export function isOwnerStaff(actor: Actor, tip: TipAccessRow): boolean {
  return actor.kind === 'user' && actor.unitId === tip.owner_unit_id && hasRole(actor, 'officer', 'leader');
}

/** Leaders of the unit that owns the tip: they decide, extend, suspend, resume. */
export function isOwnerLeader(actor: Actor, tip: TipAccessRow): boolean {
  return actor.kind === 'user' && actor.unitId === tip.owner_unit_id && hasRole(actor, 'leader');
}

/** A leader whose jurisdiction holds the tip's area (the owner's leaders, or a leader above them). */
export function isSupervisingLeader(actor: Actor, tip: TipAccessRow): boolean {
  return (
    actor.kind === 'user' &&
    hasRole(actor, 'leader') &&
    inJurisdiction(jurisdictionOf(actor), tip.area_admin_unit_id)
  );
}

/** A procurator supervising the tip's area (BLTTHS art. 159). */
export function isSupervisingProcurator(actor: Actor, tip: TipAccessRow): boolean {
  return (
    actor.kind === 'user' &&
    hasRole(actor, 'procurator') &&
    inJurisdiction(jurisdictionOf(actor), tip.area_admin_unit_id)
  );
}

export function forbidden(vi: string, en: string): DomainError {
  return new DomainError('forbidden', `${vi} / ${en}`);
}

export type TipFacts = TipAccessRow & {
  owner_kind: string;
  limit_last_day: number | null;
  procuracy_extended_to: number | null;
  procuracy_notified_at: string | null;
  result_notified_at: string | null;
  decision: string | null;
  informantIdentified: boolean;
};

const OPEN = new Set(['received', 'verifying']);

/**
 * The actions the actor may try now, for the web app's buttons. The action itself checks
 * everything again (and the rules that need dates, such as the suspension's timing).
 */
export function allowedTipActions(actor: Actor, tip: TipFacts): TipAction[] {
  if (actor.kind !== 'user') return [];
  const staff = isOwnerStaff(actor, tip);
  const leader = isOwnerLeader(actor, tip);
  const supervisor = isSupervisingLeader(actor, tip);
  const procurator = isSupervisingProcurator(actor, tip);
  const investigating = tip.owner_kind === 'investigating_body';
  const clockRuns = tip.limit_last_day !== null;
  const actions: TipAction[] = [];
  const add = (action: TipAction, when: boolean) => {
    if (when) actions.push(action);
  };
  add('classify', staff && tip.status === 'received');
  add('route', OPEN.has(tip.status) && (supervisor || (staff && tip.owner_kind === 'duty_desk')));
  add(
    'assign',
    tip.status !== 'decided' && (leader || supervisor || (staff && tip.assignee_user_id === null)),
  );
  add('hand_over', staff && tip.status === 'verifying' && tip.owner_kind === 'commune_police');
  add(
    'notify_procuracy',
    staff && investigating && tip.status !== 'decided' && tip.procuracy_notified_at === null,
  );
  add(
    'extend',
    // After the procuracy's one further extension, no one extends again (BLTTHS art. 147(2)).
    tip.status === 'verifying' && clockRuns && tip.procuracy_extended_to === null && (leader || procurator),
  );
  add('suspend', leader && investigating && tip.status === 'verifying' && clockRuns);
  add('resume', leader && tip.status === 'suspended');
  add('cancel_suspension', procurator && tip.status === 'suspended');
  add('decide', leader && OPEN.has(tip.status));
  add('notify_result', staff && tip.status === 'decided' && tip.result_notified_at === null);
  add('message', staff);
  add('note', staff || supervisor);
  add('reveal_informant', tip.informantIdentified && (leader || actor.userId === tip.assignee_user_id));
  return actions;
}
