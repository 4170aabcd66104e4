import { forbidden, unauthenticated } from '../http/errors.ts';

/** Who is acting: the signed-in user, or null for an anonymous visitor. Services take it and check it. */
export type Actor = { id: string; role: 'user' | 'admin' } | null;
export type SignedIn = NonNullable<Actor>;

export function requireUser(actor: Actor): asserts actor is SignedIn {
  if (!actor) throw unauthenticated();
}

export function requireAdmin(actor: Actor): asserts actor is SignedIn {
  requireUser(actor);
  if (actor.role !== 'admin') throw forbidden();
}
