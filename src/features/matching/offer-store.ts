// The SQL for sharing a child's information with a household and hearing its answer. The carers'
// list goes through scope(actor, 'referrals'), as every list must.
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import {
  childImportantPeople,
  children,
  householdMembers,
  households,
  placementOffers,
  referrals,
  users,
  type CareType,
  type ReferralStatus,
} from '../../core/db/tables.ts';

export type OfferAnswer = 'accepted' | 'declined';

/** An offer to a household, as the staff's shortlist and the carers' page show it. */
export type OfferRow = {
  id: string;
  referralId: string;
  householdId: string;
  householdName: string;
  householdReference: string;
  sharedAt: Date;
  response: OfferAnswer | null;
  responseNote: string;
  respondedAt: Date | null;
};

const offerColumns = {
  id: placementOffers.id,
  referralId: placementOffers.referralId,
  householdId: placementOffers.householdId,
  householdName: households.name,
  householdReference: households.reference,
  sharedAt: placementOffers.sharedAt,
  response: placementOffers.response,
  responseNote: placementOffers.responseNote,
  respondedAt: placementOffers.respondedAt,
};

/** Every household a referral has been shared with. */
export async function findOffersForReferral(db: Db, referralId: string): Promise<OfferRow[]> {
  return db
    .select(offerColumns)
    .from(placementOffers)
    .innerJoin(households, eq(households.id, placementOffers.householdId))
    .where(eq(placementOffers.referralId, referralId))
    .orderBy(asc(placementOffers.sharedAt), asc(households.reference));
}

/** One offer, or null. */
export async function findOffer(db: Db, offerId: string): Promise<OfferRow | null> {
  const [row] = await db
    .select(offerColumns)
    .from(placementOffers)
    .innerJoin(households, eq(households.id, placementOffers.householdId))
    .where(eq(placementOffers.id, offerId));
  return row ?? null;
}

/** Shares a referral with a household; null when it already was. */
export async function insertOffer(
  db: Db,
  offer: { referralId: string; householdId: string; sharedBy: string; sharedAt: Date },
): Promise<string | null> {
  const [row] = await db
    .insert(placementOffers)
    .values(offer)
    .onConflictDoNothing()
    .returning({ id: placementOffers.id });
  return row?.id ?? null;
}

/** Records the household's answer. */
export async function saveAnswer(
  db: Db,
  offerId: string,
  answer: { response: OfferAnswer; note: string; by: string; at: Date },
): Promise<void> {
  await db
    .update(placementOffers)
    .set({
      response: answer.response,
      responseNote: answer.note,
      respondedBy: answer.by,
      respondedAt: answer.at,
    })
    .where(eq(placementOffers.id, offerId));
}

/** The carers of a household who can sign in: who is told about an offer. */
export async function findCarerAccounts(
  db: Db,
  householdId: string,
): Promise<{ email: string; firstName: string }[]> {
  return db
    .select({ email: users.email, firstName: householdMembers.firstName })
    .from(householdMembers)
    .innerJoin(users, eq(users.id, householdMembers.userId))
    .where(
      and(
        eq(householdMembers.householdId, householdId),
        eq(householdMembers.memberRole, 'carer'),
        eq(users.isActive, true),
      ),
    )
    .orderBy(asc(householdMembers.firstName));
}

/** The email of the person who shared an offer, to tell them the answer. */
export async function findSharerEmail(
  db: Db,
  offerId: string,
): Promise<{ email: string; name: string } | null> {
  const [row] = await db
    .select({ email: users.email, name: users.name })
    .from(placementOffers)
    .innerJoin(users, eq(users.id, placementOffers.sharedBy))
    .where(and(eq(placementOffers.id, offerId), eq(users.isActive, true)));
  return row ?? null;
}

/** An offer in a list: which child (first name only), the care asked for, the answer so far. */
export type OfferListItem = {
  id: string;
  referralReference: string;
  referralStatus: ReferralStatus;
  childFirstName: string;
  childDateOfBirth: string;
  careType: CareType;
  neededBy: string | null;
  householdName: string;
  sharedAt: Date;
  response: OfferAnswer | null;
};

/**
 * The offers the actor may read: for carers, those to their own households; for placing staff,
 * all. Referrals come through scope(actor, 'referrals'); the household filter narrows a carer's
 * list to their own home's offers (a referral may be shared with several households).
 */
export async function findOffersFor(db: Db, actor: Actor): Promise<OfferListItem[]> {
  const ownHomes =
    actor.role === 'foster_carer' || actor.role === 'kinship_carer'
      ? inArray(
          placementOffers.householdId,
          db
            .select({ id: householdMembers.householdId })
            .from(householdMembers)
            .where(eq(householdMembers.userId, actor.userId)),
        )
      : undefined;
  return db
    .select({
      id: placementOffers.id,
      referralReference: referrals.reference,
      referralStatus: referrals.status,
      childFirstName: referrals.childFirstName,
      childDateOfBirth: referrals.childDateOfBirth,
      careType: referrals.careType,
      neededBy: referrals.neededBy,
      householdName: households.name,
      sharedAt: placementOffers.sharedAt,
      response: placementOffers.response,
    })
    .from(placementOffers)
    .innerJoin(referrals, eq(referrals.id, placementOffers.referralId))
    .innerJoin(households, eq(households.id, placementOffers.householdId))
    .where(and(scope(actor, 'referrals'), ownHomes))
    .orderBy(sql`${placementOffers.response} IS NOT NULL`, desc(placementOffers.sharedAt));
}

/** What the child's record adds for carers deciding whether to say yes. */
export type ChildDetails = {
  preferredName: string | null;
  cultureNotes: string;
  healthNotes: string;
  needs: string[];
  needsNotes: string;
  attachmentNotes: string;
  schoolName: string;
  socialWorkerName: string;
  socialWorkerEmail: string;
  socialWorkerPhone: string;
  importantPeople: { name: string; relationship: string; notes: string }[];
};

/** The child's record's fields carers are told before saying yes (never an address). */
export async function findChildDetails(db: Db, childId: string): Promise<ChildDetails | null> {
  const [child] = await db
    .select({
      preferredName: children.preferredName,
      cultureNotes: children.cultureNotes,
      healthNotes: children.healthNotes,
      needs: children.needs,
      needsNotes: children.needsNotes,
      attachmentNotes: children.attachmentNotes,
      schoolName: children.schoolName,
      socialWorkerName: children.socialWorkerName,
      socialWorkerEmail: children.socialWorkerEmail,
      socialWorkerPhone: children.socialWorkerPhone,
    })
    .from(children)
    .where(eq(children.id, childId));
  if (!child) return null;
  // Carers are not staff: they hear only of people confirmed on the child's map, still part of it,
  // and never anyone flagged not safe or under a no-contact order.
  const importantPeople = await db
    .select({
      name: childImportantPeople.name,
      relationship: childImportantPeople.relationship,
      notes: childImportantPeople.notes,
    })
    .from(childImportantPeople)
    .where(
      and(
        eq(childImportantPeople.childId, childId),
        eq(childImportantPeople.status, 'confirmed'),
        isNull(childImportantPeople.leftOn),
        ne(childImportantPeople.contactStatus, 'not_safe'),
        eq(childImportantPeople.hasNoContactOrder, false),
      ),
    )
    .orderBy(asc(childImportantPeople.name));
  return { ...child, importantPeople };
}

/** How many children a carer's household has been asked about and not yet answered. */
export async function countOffersWaiting(db: Db, actor: Actor): Promise<number> {
  if (actor.reach.householdIds.length === 0) return 0;
  const [row] = await db
    .select({ count: sql<number | string>`count(*)` })
    .from(placementOffers)
    .innerJoin(referrals, eq(referrals.id, placementOffers.referralId))
    .where(
      and(
        scope(actor, 'referrals'),
        inArray(placementOffers.householdId, actor.reach.householdIds),
        isNull(placementOffers.response),
        inArray(referrals.status, ['new', 'matching', 'offered']),
      ),
    );
  return toCount(row?.count);
}
