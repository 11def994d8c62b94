import type { IncidentAction } from '@antt/shared';
import { DomainError } from '../errors/domain-error.ts';
import type { IncidentRow, IncidentVisibility } from '../repositories/incident.repository.ts';
import { hasRole, inJurisdiction, jurisdictionOf, type Actor } from './actor.ts';

// Who may see and change incidents (shared/DESIGN.md sections 5.1 and 5.3), in one place so the
// list, the detail, the export and the buttons of the web app agree. Seeing: the incident's
// commune lies inside the actor's jurisdiction (every version, so a 2024 incident of an old
// commune belongs to today's successor). Changing: officers, leaders, analysts and admins of a
// jurisdiction holding it; procurators supervise and only read. An incident the actor may not
// see answers 404.

export const INCIDENT_WRITER_ROLES = ['officer', 'leader', 'analyst', 'admin'] as const;

export function incidentVisibility(actor: Actor): IncidentVisibility {
  if (actor.kind === 'cli' || actor.kind === 'system') return { scope: 'all' };
  if (actor.kind !== 'user') throw new DomainError('unauthenticated', 'Cần đăng nhập / sign-in required');
  const j = jurisdictionOf(actor);
  return j.scope === 'nation' ? { scope: 'all' } : { scope: 'some', areaIds: [...j.adminUnitIds] };
}

export function maySeeIncident(actor: Actor, row: Pick<IncidentRow, 'admin_unit_id'>): boolean {
  if (actor.kind === 'cli' || actor.kind === 'system') return true;
  return actor.kind === 'user' && inJurisdiction(jurisdictionOf(actor), row.admin_unit_id);
}

export function mayWriteIncidents(actor: Actor): boolean {
  return actor.kind === 'cli' || actor.kind === 'system' || hasRole(actor, ...INCIDENT_WRITER_ROLES);
}

export function incidentNotFound(): DomainError {
  return new DomainError('not_found', 'Không tìm thấy vụ việc / incident not found');
}

export function assertMaySeeIncident<T extends Pick<IncidentRow, 'admin_unit_id'>>(
  actor: Actor,
  row: T | undefined,
): asserts row is T {
  if (!row || !maySeeIncident(actor, row)) throw incidentNotFound();
}

export function assertMayWriteIncidents(actor: Actor): void {
  if (!mayWriteIncidents(actor)) {
    throw new DomainError(
      'forbidden',
      'Vai trò của bạn chỉ được xem vụ việc / your role may only read incidents',
    );
  }
}

/** The place of a new or moved incident must lie inside the writer's jurisdiction. */
export function assertPlaceInJurisdiction(actor: Actor, adminUnitId: string, field = 'communeCode'): void {
  if (maySeeIncident(actor, { admin_unit_id: adminUnitId })) return;
  throw new DomainError(
    'outside_jurisdiction',
    'Nơi xảy ra không thuộc địa bàn của bạn / the place lies outside your jurisdiction',
    { fields: [{ path: field, message: 'outside your jurisdiction' }] },
  );
}

export function allowedIncidentActions(
  actor: Actor,
  row: Pick<IncidentRow, 'admin_unit_id'>,
): IncidentAction[] {
  return mayWriteIncidents(actor) && maySeeIncident(actor, row) ? ['edit', 'delete'] : [];
}
