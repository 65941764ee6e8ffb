// The two doors into a child's family time: staff and carers come through the child's record
// (/children/:id/family), parents through their own pages (/family/:childId). Each door serves
// the same pages; someone at the other side's door is sent round to their own.
import type { FastifyRequest } from 'fastify';
import { spaceRoot } from '../partnership/paths.ts';
import { partyOf, type Party } from '../partnership/space.ts';
import { idParam } from '../partnership/params.ts';

export type Root = { prefix: string; param: 'id' | 'childId'; isForParents: boolean };

export const ROOTS: readonly Root[] = [
  { prefix: '/children/:id/family', param: 'id', isForParents: false },
  { prefix: '/family/:childId', param: 'childId', isForParents: true },
];

/** The side of the partnership the signed-in person is on. */
export function partyOfRequest(request: FastifyRequest): Party {
  return request.ctx.actor ? partyOf(request.ctx.actor) : 'staff';
}

/** The child's id from the address at this door. */
export function childIdAt(request: FastifyRequest, root: Root): string {
  return idParam(request, root.param);
}

/**
 * Where this person should be instead (the same page at their own door), or null when they came
 * through the right one. Only the address changes; the page itself checks who may see it.
 */
export function ownDoorFor(request: FastifyRequest, root: Root, childId: string): string | null {
  const party = partyOfRequest(request);
  if ((party === 'parent') === root.isForParents) return null;
  const path = request.url.split('?')[0] ?? '';
  const here = spaceRoot(root.isForParents ? 'parent' : 'staff', childId);
  return path.toLowerCase().startsWith(here.toLowerCase())
    ? `${spaceRoot(party, childId)}${path.slice(here.length)}`
    : null;
}
