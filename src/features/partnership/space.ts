// What every partnership page starts with: the policy's answer for this child, a transaction, the
// child's name as the page should say it, where they live now (for staff and carers to know and
// for the confidentiality check to guard), and which side of the partnership this person is on.
import { and, eq, isNull } from 'drizzle-orm';
import type { Action } from '../../core/access/actions.ts';
import type { Actor } from '../../core/access/actor.ts';
import { authorize } from '../../core/access/authorize.ts';
import { isCarer } from '../../core/access/roles.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { households, partnershipSpaces, placements } from '../../core/db/tables.ts';
import { NotFound } from '../../core/errors.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import { findBelongingChild, type BelongingChild } from '../belonging/child-access.ts';

/** Which side of the partnership someone is on. */
export type Party = 'staff' | 'carer' | 'parent';

/** The home the child lives in now, if any. Never shown to a parent when it is confidential. */
export type CurrentHome = {
  placementId: string;
  householdId: string;
  startedOn: string;
  isConfidential: boolean;
  careKind: 'foster' | 'kinship';
};

/** The space's own settings, with their defaults when nobody has changed them. */
export type SpaceSettings = {
  /** What emails call the child: never the full name. */
  emailLabel: string;
  /** For kinship care: how the carers are related to the parents. */
  carersRelationship: string;
};

/** Everything a partnership use case needs, inside its transaction. */
export type PartnershipScene = {
  tx: Ctx;
  actor: Actor;
  party: Party;
  child: BelongingChild;
  home: CurrentHome | null;
  settings: SpaceSettings;
  /** Today in the agency's time zone. */
  today: string;
};

/** The side of the partnership a signed-in person is on. */
export function partyOf(actor: Actor): Party {
  if (actor.role === 'birth_parent') return 'parent';
  return isCarer(actor.role) ? 'carer' : 'staff';
}

/**
 * Authorises the action on the child (404 for strangers, 403 when refused) before the
 * transaction, then runs `work` in it.
 */
export async function withPartnershipChild<T>(
  ctx: Ctx,
  action: Action,
  childId: string,
  work: (scene: PartnershipScene) => Promise<T>,
): Promise<T> {
  const { actor } = await authorize(ctx, action, { kind: 'child', id: childId });
  return inTransaction(ctx, async (tx) => {
    const child = await findBelongingChild(tx.db, childId);
    if (!child) throw new NotFound();
    return work({
      tx,
      actor,
      party: partyOf(actor),
      child,
      home: await findCurrentHome(tx.db, childId),
      settings: await findSpaceSettings(tx.db, child),
      today: await agencyToday(tx.db, ctx.now),
    });
  });
}

/** The home a child lives in now, or null when they live in none of the agency's homes. */
export async function findCurrentHome(db: Db, childId: string): Promise<CurrentHome | null> {
  const [row] = await db
    .select({
      placementId: placements.id,
      householdId: placements.householdId,
      startedOn: placements.startedOn,
      isConfidential: placements.isConfidential,
      careKind: households.careKind,
    })
    .from(placements)
    .innerJoin(households, eq(households.id, placements.householdId))
    .where(and(eq(placements.childId, childId), isNull(placements.endedOn)));
  return row ?? null;
}

/** A space's settings; the email label defaults to the child's initial. */
export async function findSpaceSettings(
  db: Db,
  child: Pick<BelongingChild, 'id' | 'knownAs'>,
): Promise<SpaceSettings> {
  const [row] = await db
    .select()
    .from(partnershipSpaces)
    .where(eq(partnershipSpaces.childId, child.id));
  return {
    emailLabel: row?.emailLabel || defaultEmailLabel(child.knownAs),
    carersRelationship: row?.carersRelationship ?? '',
  };
}

/** "M." for Mia: enough for a parent or carer to know which child, nothing for anyone else. */
export function defaultEmailLabel(knownAs: string): string {
  return `${knownAs.charAt(0).toUpperCase()}.`;
}
