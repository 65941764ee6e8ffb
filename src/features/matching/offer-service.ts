// Sharing a child's information with a household before they are asked to say yes, and their
// answer. Carers see everything the agency knows about the child (their most common complaint is
// being told too little), except where the child must not live and any birth-family address.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize, requireActor } from '../../core/access/authorize.ts';
import { can, type Resource } from '../../core/access/policy.ts';
import { isCarer } from '../../core/access/roles.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Conflict, NotFound } from '../../core/errors.ts';
import { queueMail } from '../../core/mail/outbox.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { ageOn } from '../../core/time/dates.ts';
import {
  agencyToday,
  CLOSED,
  eligibleEntry,
  isReferralOpen,
  loadReferral,
} from './matching-service.ts';
import * as offers from './offer-store.ts';
import { setReferralStatus } from '../referrals/index.ts';
import { rankReferral } from './rank-referral.ts';
import * as store from './store.ts';

// The household's own offer: a carer of another household offered the same child is not let in.
const offerResource = (referralId: string, householdId: string): Resource => ({
  kind: 'referral',
  id: referralId,
  offeredHouseholdIds: [householdId],
});

/** Where a carer reads an offer. */
export const offerPath = (offerId: string) => `/offers/${offerId}`;

/**
 * Shares a referral with an eligible household: the offer, the referral marked offered, and an
 * email to each of its carers who can sign in, saying a child needs a home (no name, no detail).
 */
export async function shareWithHousehold(
  ctx: Ctx,
  referralId: string,
  householdId: string,
  publicUrl: string,
): Promise<{ offerId: string; name: string; emailed: number }> {
  const { actor } = await authorize(ctx, 'matching.run', {
    kind: 'referral',
    id: referralId,
    offeredHouseholdIds: [],
  });
  const today = await agencyToday(ctx);
  const agency = await getAgencySettings(ctx.db);
  return inTransaction(ctx, async (tx) => {
    const referral = await loadReferral(tx, referralId);
    if (!isReferralOpen(referral.status)) throw new Conflict(CLOSED);
    const weights = await store.findWeights(tx.db);
    const { ranking } = await rankReferral(tx.db, referral, weights, today);
    const entry = await eligibleEntry(tx, ranking.ranked, householdId);
    const offerId = await offers.insertOffer(tx.db, {
      referralId,
      householdId,
      sharedBy: actor.userId,
      sharedAt: ctx.now,
    });
    if (!offerId)
      throw new Conflict(
        `This child’s information is already shared with ${entry.candidate.name}.`,
      );
    if (referral.status !== 'offered') {
      await setReferralStatus(tx, referralId, 'offered');
    }
    const carers = await offers.findCarerAccounts(tx.db, householdId);
    for (const carer of carers) {
      await queueMail(tx.db, {
        to: carer.email,
        subject: 'A child needs a home: could you help?',
        text: [
          `Dear ${carer.firstName},`,
          'We are looking for a home for a child, and we think your household could be right for them.',
          'Please sign in to read everything we know about them, then tell us whether you can help. Saying no is fine: it helps us too.',
          `${publicUrl}${offerPath(offerId)}`,
          agency.name,
        ].join('\n\n'),
      });
    }
    await recordAudit(tx, {
      action: 'placement.offered',
      recordType: 'placement_offer',
      recordId: offerId,
      fields: ['referral', 'household'],
    });
    return { offerId, name: entry.candidate.name, emailed: carers.length };
  });
}

/** The offers the person may read: carers their own household's; placing staff every one. */
export async function listOffers(ctx: Ctx): Promise<offers.OfferListItem[]> {
  const { actor } = requireActor(ctx);
  if (!isCarer(actor.role)) await authorize(ctx, 'referral.list');
  return inTransaction(ctx, async (tx) => {
    const items = await offers.findOffersFor(tx.db, actor);
    await recordAudit(tx, { action: 'referral.list', recordType: 'referral', recordId: null });
    return items;
  });
}

/** What a household is told about a child before saying yes: everything, but where to keep away. */
export type OfferView = {
  offer: offers.OfferRow;
  referralReference: string;
  isOpen: boolean;
  /** This person may answer for the household (a carer of it) while the referral is open. */
  canAnswer: boolean;
  child: {
    firstName: string;
    lastName: string;
    preferredName: string | null;
    dateOfBirth: string;
    age: number;
    gender: string;
    ethnicity: string;
    faith: string;
    languages: string[];
    cultureNotes: string;
    needs: string[];
    needsSummary: string;
    needsNotes: string;
    attachmentNotes: string;
    healthNotes: string;
    prefersOnlyChild: boolean;
    importantPeople: offers.ChildDetails['importantPeople'];
  };
  siblings: { count: number; isTogether: boolean; ages: number[] };
  careType: string;
  urgency: string;
  neededBy: string | null;
  school: { name: string; areaName: string | null };
  /** Where family time happens, by area, unless that would say where the child must not live. */
  familyTimeAreaName: string | null;
  socialWorker: { name: string; email: string; phone: string };
  authorityName: string;
};

/** One offer with everything the agency knows about the child, for the household to decide. */
export async function readOffer(ctx: Ctx, offerId: string): Promise<OfferView> {
  const found = await offers.findOffer(ctx.db, offerId);
  if (!found) throw new NotFound();
  const resource = offerResource(found.referralId, found.householdId);
  const { actor } = await authorize(ctx, 'referral.read_offer', resource);
  const today = await agencyToday(ctx);
  return inTransaction(ctx, async (tx) => {
    const referral = await loadReferral(tx, found.referralId);
    const record = referral.childId ? await offers.findChildDetails(tx.db, referral.childId) : null;
    await recordAudit(tx, {
      action: 'referral.read',
      recordType: 'referral',
      recordId: referral.id,
    });
    if (referral.childId && record) {
      await recordAudit(tx, {
        action: 'child.read',
        recordType: 'child',
        recordId: referral.childId,
      });
    }
    const isOpen = isReferralOpen(referral.status);
    return {
      offer: found,
      referralReference: referral.reference,
      isOpen,
      canAnswer: isOpen && can(actor, 'referral.respond_offer', resource).allowed,
      child: {
        firstName: referral.childFirstName,
        lastName: referral.childLastName,
        preferredName: record?.preferredName ?? null,
        dateOfBirth: referral.childDateOfBirth,
        age: ageOn(referral.childDateOfBirth, today),
        gender: referral.childGender,
        ethnicity: referral.childEthnicity,
        faith: referral.childFaith,
        languages: referral.childLanguages,
        cultureNotes: record?.cultureNotes ?? '',
        needs: [...new Set([...referral.needs, ...(record?.needs ?? [])])],
        needsSummary: referral.needsSummary,
        needsNotes: record?.needsNotes ?? '',
        attachmentNotes: record?.attachmentNotes ?? '',
        healthNotes: record?.healthNotes ?? '',
        prefersOnlyChild: referral.prefersOnlyChild,
        importantPeople: record?.importantPeople ?? [],
      },
      siblings: {
        count: referral.siblingsCount,
        isTogether: referral.siblingsTogether,
        ages: referral.siblingsAges,
      },
      careType: referral.careType,
      urgency: referral.urgency,
      neededBy: referral.neededBy,
      school: {
        name: referral.schoolName || record?.schoolName || '',
        areaName: referral.schoolAreaId === referral.avoidAreaId ? null : referral.schoolAreaName,
      },
      familyTimeAreaName:
        referral.familyTimeAreaId !== null && referral.familyTimeAreaId === referral.avoidAreaId
          ? null
          : referral.familyTimeAreaName,
      socialWorker: {
        name: referral.socialWorkerName || record?.socialWorkerName || '',
        email: referral.socialWorkerEmail || record?.socialWorkerEmail || '',
        phone: referral.socialWorkerPhone || record?.socialWorkerPhone || '',
      },
      authorityName: referral.authorityName,
    };
  });
}

/** A carer's answer for their household: yes or no, with a note; the worker who asked is told. */
export async function answerOffer(
  ctx: Ctx,
  offerId: string,
  answer: { response: offers.OfferAnswer; note: string },
): Promise<void> {
  const found = await offers.findOffer(ctx.db, offerId);
  if (!found) throw new NotFound();
  const { actor } = await authorize(
    ctx,
    'referral.respond_offer',
    offerResource(found.referralId, found.householdId),
  );
  await inTransaction(ctx, async (tx) => {
    const referral = await loadReferral(tx, found.referralId);
    if (!isReferralOpen(referral.status)) throw new Conflict(CLOSED);
    await offers.saveAnswer(tx.db, offerId, { ...answer, by: actor.userId, at: ctx.now });
    const sharer = await offers.findSharerEmail(tx.db, offerId);
    if (sharer) {
      await queueMail(tx.db, {
        to: sharer.email,
        subject: `${found.householdName} has answered about referral ${referral.reference}`,
        text: [
          `${found.householdName} ${answer.response === 'accepted' ? 'said yes: they would like to care for the child' : 'said no this time'} (referral ${referral.reference}).`,
          'Sign in to Kinfold to read their note and record your decision.',
        ].join('\n\n'),
      });
    }
    await recordAudit(tx, {
      action: 'placement.offer_answered',
      recordType: 'placement_offer',
      recordId: offerId,
      fields: ['response', 'response_note'],
    });
  });
}
