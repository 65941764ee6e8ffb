// The family time page: what is coming up and what has been, as this person may see it. A parent
// sees only the sessions they are invited to; staff and carers see all of the child's sessions.
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import type { Ctx } from '../../core/context.ts';
import type { BelongingChild } from '../belonging/child-access.ts';
import { withPartnershipChild, type Party } from '../partnership/space.ts';
import { presentSession, type SessionCard } from './session-view.ts';
import * as store from './store.ts';

/** How many past sessions a page shows. */
export const PAST_PAGE_SIZE = 20;

export type FamilyTimeList = {
  child: BelongingChild;
  party: Party;
  coming: SessionCard[];
  past: SessionCard[];
  /** Which page of past sessions, and whether there are earlier ones. */
  page: number;
  hasEarlier: boolean;
  abilities: { canPlan: boolean };
};

/** The child's family time for this reader; the read is audited. */
export async function readFamilyTime(
  ctx: Ctx,
  childId: string,
  page: number,
): Promise<FamilyTimeList> {
  return withPartnershipChild(ctx, 'partnership.read', childId, async (scene) => {
    const { tx, actor, party, child } = scene;
    const scope = {
      childId: child.id,
      invitedUserId: party === 'parent' ? actor.userId : null,
      now: ctx.now,
    };
    const coming = await store.findComingSessions(tx.db, scope);
    const past = await store.findPastSessions(tx.db, {
      ...scope,
      limit: PAST_PAGE_SIZE,
      offset: (page - 1) * PAST_PAGE_SIZE,
    });
    const pastCount = await store.countPastSessions(tx.db, scope);
    const rows = [...coming, ...past];
    const invitees = await store.findInvitees(
      tx.db,
      rows.map((row) => row.id),
    );
    await recordAudit(tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: child.id,
      fields: ['family_time_sessions'],
    });
    const reader = { party, userId: actor.userId };
    return {
      child,
      party,
      coming: coming.map((row) => presentSession(row, reader, invitees, ctx.now)),
      past: past.map((row) => presentSession(row, reader, invitees, ctx.now)),
      page,
      hasEarlier: page * PAST_PAGE_SIZE < pastCount,
      abilities: {
        canPlan: can(actor, 'partnership.manage', { kind: 'child', id: child.id }).allowed,
      },
    };
  });
}
