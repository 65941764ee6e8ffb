// Personal family time calendars. Each person going to family time (a parent, a carer, the
// supervising social worker) may make a secret address their calendar app fetches now and then.
// Every fetch works out afresh what that person may know now: a parent kept out of the space, a
// carer whose child has moved on or a worker no longer allocated sees those sessions no more.
import { randomBytes } from 'node:crypto';
import { loadReach, type Actor } from '../../core/access/actor.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import { isRole, type Role } from '../../core/access/roles.ts';
import type { Ctx } from '../../core/context.ts';
import { Forbidden } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import type { BelongingChild } from '../belonging/child-access.ts';
import { partyOf, withPartnershipChild, type Party } from '../partnership/space.ts';
import { buildFamilyTimeCalendar } from './calendar.ts';
import * as feeds from './feed-store.ts';

/** What a feed token looks like: 32 random bytes in base64url. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

// How far back a feed reaches: enough for "when was the last one?", small enough to stay quick.
const FEED_HISTORY_DAYS = 92;

/** The calendar page: the person's own feed address, if they have one and may have one. */
export type MyFeed = {
  child: BelongingChild;
  party: Party;
  /** Managers oversee family time but do not go: the feed is for the people going. */
  canHaveFeed: boolean;
  token: string | null;
};

/** Whether people in this role go to family time, and so may have a feed. */
export function canHaveFeed(role: Role): boolean {
  return ['birth_parent', 'foster_carer', 'kinship_carer', 'supervising_social_worker'].includes(
    role,
  );
}

/**
 * The children whose family time this person may know about now, from their relationships as
 * they are now and the same policy the pages use.
 */
export function feedChildIds(actor: Actor): string[] {
  const { reach } = actor;
  const candidates = ((): string[] => {
    switch (actor.role) {
      case 'birth_parent':
        return reach.partnershipChildIds;
      case 'foster_carer':
      case 'kinship_carer':
        return reach.childIdsAtHome;
      case 'supervising_social_worker':
        return [...reach.childIdsInAllocatedHomes, ...reach.childIdsInReunificationSupport];
      default:
        return [];
    }
  })();
  return [...new Set(candidates)].filter(
    (id) => can(actor, 'partnership.read', { kind: 'child', id }).allowed,
  );
}

/** The signed-in person's calendar page, reached from one of the children they are going with. */
export async function readMyFeed(ctx: Ctx, childId: string): Promise<MyFeed> {
  return withPartnershipChild(
    ctx,
    'partnership.read',
    childId,
    async ({ tx, actor, party, child }) => ({
      child,
      party,
      canHaveFeed: canHaveFeed(actor.role),
      token: canHaveFeed(actor.role) ? await feeds.findFeedToken(tx.db, actor.userId) : null,
    }),
  );
}

/** Makes the signed-in person a new feed address; any old address stops working. */
export async function resetMyFeed(ctx: Ctx, childId: string): Promise<string> {
  return withPartnershipChild(ctx, 'partnership.write', childId, async ({ tx, actor }) => {
    if (!canHaveFeed(actor.role)) {
      throw new Forbidden('The family time calendar is for the people going to family time');
    }
    const token = randomBytes(32).toString('base64url');
    await feeds.replaceFeedToken(tx.db, actor.userId, token, ctx.now);
    await recordAudit(tx, {
      action: 'family_time.feed_created',
      recordType: 'family_time_feed',
      recordId: actor.userId,
      fields: ['token'],
    });
    return token;
  });
}

/**
 * The feed a token opens, as iCalendar text; null for a token that opens nothing (unknown,
 * replaced, or its owner's account closed). The fetch is audited as the owner's read.
 */
export async function renderFamilyTimeFeed(ctx: Ctx, token: string): Promise<string | null> {
  if (!FEED_TOKEN.test(token)) return null;
  const owner = await feeds.findFeedOwner(ctx.db, token);
  if (!owner || !owner.isActive || !isRole(owner.role)) return null;
  const actor: Actor = {
    userId: owner.userId,
    role: owner.role,
    name: owner.name,
    email: owner.email,
    reach: await loadReach(ctx.db, owner.userId, owner.role),
  };
  const party = partyOf(actor);
  const childIds = canHaveFeed(actor.role) ? feedChildIds(actor) : [];
  const sessions = await feeds.findFeedSessions(ctx.db, {
    childIds,
    invitedUserId: party === 'parent' ? actor.userId : null,
    from: new Date(ctx.now.getTime() - FEED_HISTORY_DAYS * 24 * 60 * 60 * 1000),
  });
  const settings = await getAgencySettings(ctx.db);
  await recordAudit(ctx, {
    action: 'partnership.read',
    recordType: 'family_time_feed',
    recordId: actor.userId,
    fields: ['family_time_sessions'],
    actor: { userId: actor.userId, role: actor.role },
  });
  return buildFamilyTimeCalendar({
    agencyName: settings.name,
    timeZone: settings.timeZone,
    now: ctx.now,
    reader: party,
    sessions,
  });
}
