import type { Role } from '@antt/shared';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error.ts';
import type { Actor } from '../services/actor.ts';

declare module 'fastify' {
  // Module augmentation only works on interfaces.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    /** Set by the session plugin on every request: a signed-in user, or an anonymous citizen. */
    actor: Actor;
  }
}

export type UserActor = Extract<Actor, { kind: 'user' }>;

/** The signed-in user, or a 401; with roles given, a 403 unless the user holds one of them. */
export function requireUser(request: FastifyRequest, ...roles: Role[]): UserActor {
  const actor = request.actor;
  if (actor?.kind !== 'user') throw new DomainError('unauthenticated', 'Cần đăng nhập / sign-in required');
  if (roles.length > 0 && !actor.roles.some((r) => roles.includes(r))) {
    throw new DomainError('forbidden', 'Không có quyền / not allowed for your role');
  }
  return actor;
}
