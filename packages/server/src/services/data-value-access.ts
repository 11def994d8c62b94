import type { DataSet } from '@antt/shared';
import { DomainError } from '../errors/domain-error.ts';
import type { AdminUnitView } from '../repositories/admin-unit.repository.ts';
import type { JurisdictionRepository } from '../repositories/jurisdiction.repository.ts';
import { hasRole, inJurisdiction, jurisdictionOf, type Actor } from './actor.ts';

// Who may see, enter and approve a unit's data values (shared/DESIGN.md sections 5.1 and 5.4):
// nobody sees values outside their jurisdiction; officers and leaders enter the values of the
// reporting units they hold; a leader above the unit (not of the unit itself) approves.

export function maySee(actor: Actor, unit: { id: string }): boolean {
  if (actor.kind === 'cli' || actor.kind === 'system') return true;
  return actor.kind === 'user' && inJurisdiction(jurisdictionOf(actor), unit.id);
}

export function outsideJurisdiction(codes: readonly string[]): DomainError {
  const list = [...new Set(codes)].join(', ');
  return new DomainError(
    'outside_jurisdiction',
    `Đơn vị ${list} ngoài địa bàn của bạn / unit ${list} is outside your jurisdiction`,
    { fields: [{ path: 'unit', message: 'outside your jurisdiction' }] },
  );
}

export function assertMaySee(actor: Actor, unit: AdminUnitView): void {
  if (!maySee(actor, unit)) throw outsideJurisdiction([unit.code]);
}

/** Officers and leaders enter values; the command line imports them. */
export function isEnteringRole(actor: Actor): boolean {
  return actor.kind === 'cli' || actor.kind === 'system' || hasRole(actor, 'officer', 'leader');
}

export function assertEnteringRole(actor: Actor): void {
  if (isEnteringRole(actor)) return;
  throw new DomainError(
    'forbidden',
    'Chỉ cán bộ, lãnh đạo đơn vị được nhập số liệu / only officers and leaders enter data values',
  );
}

export function mayEnter(actor: Actor, unit: AdminUnitView, set: DataSet): boolean {
  return isEnteringRole(actor) && maySee(actor, unit) && unit.level === set.reportingLevel;
}

/**
 * A leader whose jurisdiction holds the unit but whose own unit is another one (the province
 * above it): a unit never approves its own figures. `ownAdminUnitId` is the administrative unit
 * of the leader's police unit.
 */
export function mayApprove(actor: Actor, unit: AdminUnitView, ownAdminUnitId: string | null): boolean {
  if (actor.kind === 'cli') return true;
  if (actor.kind !== 'user' || !hasRole(actor, 'leader')) return false;
  return maySee(actor, unit) && ownAdminUnitId !== null && ownAdminUnitId !== unit.id;
}

/** The administrative unit of the user's own police unit (null for the command line). */
export async function ownAdminUnitId(repo: JurisdictionRepository, actor: Actor): Promise<string | null> {
  if (actor.kind !== 'user') return null;
  return (await repo.adminUnitOfPoliceUnit(actor.unitId))?.adminUnitId ?? null;
}
