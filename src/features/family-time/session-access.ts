// Reaching one session inside a child's space: a parent reaches only the sessions they are
// invited to; for them, any other session of the child does not exist.
import { NotFound } from '../../core/errors.ts';
import type { PartnershipScene } from '../partnership/space.ts';
import * as store from './store.ts';

/** The session with its invitees, or NotFound when it is not the child's or not this parent's. */
export async function findReachableSession(
  scene: Pick<PartnershipScene, 'tx' | 'actor' | 'party' | 'child'>,
  sessionId: string,
): Promise<{ row: store.SessionRow; invitees: store.InviteeRow[] }> {
  const row = await store.findSession(scene.tx.db, scene.child.id, sessionId);
  if (!row) throw new NotFound();
  const invitees = await store.findInvitees(scene.tx.db, [row.id]);
  const isInvited = invitees.some((invitee) => invitee.userId === scene.actor.userId);
  if (scene.party === 'parent' && !isInvited) throw new NotFound();
  return { row, invitees };
}
