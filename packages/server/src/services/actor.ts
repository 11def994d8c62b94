import type { Role } from '@antt/shared';

/**
 * What a user may see: the whole nation, or the administrative units (every version, old and
 * new) whose area lies inside the user's unit. Computed once per request by
 * JurisdictionService and passed to every service that lists, counts or exports.
 */
export type Jurisdiction =
  { scope: 'nation' } | { scope: 'units'; provinceCodes: string[]; adminUnitIds: ReadonlySet<string> };

/** Who is acting. Every service call that reads or writes facts takes one. */
export type Actor =
  | {
      kind: 'user';
      userId: string;
      username: string;
      roles: Role[];
      unitId: string;
      provinceCode: string;
      jurisdiction: Jurisdiction;
    }
  /** The operator at the command line: the CLI runs with the rights of the machine's owner. */
  | { kind: 'cli'; label: string }
  | { kind: 'system'; label: string }
  | { kind: 'citizen' };

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.username;
    case 'cli':
      return `cli:${actor.label}`;
    case 'system':
      return `system:${actor.label}`;
    case 'citizen':
      return 'citizen';
  }
}

export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.kind === 'user' && actor.roles.some((r) => roles.includes(r));
}

/** The jurisdiction of any actor: the CLI and system jobs act nation-wide. */
export function jurisdictionOf(actor: Actor): Jurisdiction {
  if (actor.kind === 'user') return actor.jurisdiction;
  if (actor.kind === 'citizen') return { scope: 'units', provinceCodes: [], adminUnitIds: new Set() };
  return { scope: 'nation' };
}

/** True when a record placed in the given administrative unit lies inside the jurisdiction. */
export function inJurisdiction(
  j: Jurisdiction,
  adminUnitId: string | null,
  provinceCode?: string | null,
): boolean {
  if (j.scope === 'nation') return true;
  if (adminUnitId) return j.adminUnitIds.has(adminUnitId);
  return provinceCode != null && j.provinceCodes.includes(provinceCode);
}
