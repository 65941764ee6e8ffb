// Each update's pages are at two addresses, one for each side of the partnership: carers and
// workers under the child's record, parents under their own pages. Someone at the other side's
// address is sent to their own; what they see is decided by who they are, never by the address.
import type { FastifyRequest } from 'fastify';
import { can } from '../../core/access/policy.ts';
import { partyOf, type Party } from '../partnership/space.ts';
import { idParam } from '../partnership/params.ts';

/** Where a side's pages start, and the name of the child's id in its addresses. */
export type Root = { prefix: string; param: string; isFamily: boolean };

export const ROOTS: readonly Root[] = [
  { prefix: '/children/:id/family', param: 'id', isFamily: false },
  { prefix: '/family/:childId', param: 'childId', isFamily: true },
];

/** The child's id from an address under this root. */
export function childIdAt(request: FastifyRequest, root: Root): string {
  return idParam(request, root.param);
}

/**
 * The signed-in person's side when this root is the other side's and they may read the child's
 * space; null otherwise (nothing to redirect: anyone else hears "not found" from the page itself).
 */
export function otherSideOf(request: FastifyRequest, root: Root, childId: string): Party | null {
  const actor = request.ctx.actor;
  if (!actor) return null;
  const party = partyOf(actor);
  if ((party === 'parent') === root.isFamily) return null;
  return can(actor, 'partnership.read', { kind: 'child', id: childId }).allowed ? party : null;
}
