// The placing worker's matching: the ranked shortlist for a referral with the reasons for each
// place, the households that cannot be matched and why, the shortlist, and comparing two or three
// side by side. Every ranking shown is audited; the worker's own choice is in decision-service.ts.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import type { Resource } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Conflict, Invalid, NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import type { Weights } from './factors.ts';
import { findOffersForReferral, type OfferRow } from './offer-store.ts';
import { findNotEligible, rankReferral, type NotEligible } from './rank-referral.ts';
import type { MatchChild, RankedHousehold } from './ranking.ts';
import * as store from './store.ts';

/** How many ranked households one page of the matches shows. */
export const MATCHES_PER_PAGE = 20;

/** A referral is open to matching, sharing and deciding until it is placed, declined or withdrawn. */
export function isReferralOpen(status: store.ReferralRecord['status']): boolean {
  return status === 'new' || status === 'matching' || status === 'offered';
}

/** Everything the matches page shows. */
export type MatchesView = {
  referral: store.ReferralRecord;
  child: MatchChild;
  weights: Weights;
  ranked: RankedHousehold[];
  rankedTotal: number;
  page: number;
  pageCount: number;
  notEligible: NotEligible;
  shortlist: (store.ShortlistEntry & { rankNow: number | null })[];
  offers: (OfferRow & { rankNow: number | null })[];
  isOpen: boolean;
  hasDecision: boolean;
  /** A household has said yes and the referral is open: the worker may record the decision. */
  canDecide: boolean;
};

const referralResource = (id: string): Resource => ({
  kind: 'referral',
  id,
  offeredHouseholdIds: [],
});

/** Today in the agency's time zone. */
export async function agencyToday(ctx: Ctx): Promise<string> {
  const { timeZone } = await getAgencySettings(ctx.db);
  return todayIn(timeZone, ctx.now);
}

/** The referral, or NotFound. */
export async function loadReferral(ctx: Ctx, id: string): Promise<store.ReferralRecord> {
  const referral = await store.findReferral(ctx.db, id);
  if (!referral) throw new NotFound();
  return referral;
}

/** The ranked matches for a referral, a page at a time, with who cannot be matched and why. */
export async function showMatches(
  ctx: Ctx,
  referralId: string,
  input: { page: number } = { page: 1 },
): Promise<MatchesView> {
  await authorize(ctx, 'matching.run', referralResource(referralId));
  const today = await agencyToday(ctx);
  return inTransaction(ctx, async (tx) => {
    const referral = await loadReferral(tx, referralId);
    const weights = await store.findWeights(tx.db);
    const ranked = await rankReferral(tx.db, referral, weights, today);
    const notEligible = await findNotEligible(tx.db, ranked);
    const rankOf = new Map(ranked.ranking.ranked.map((entry) => [entry.candidate.id, entry.rank]));
    const offers = (await findOffersForReferral(tx.db, referralId)).map((offer) => ({
      ...offer,
      rankNow: rankOf.get(offer.householdId) ?? null,
    }));
    const shortlist = (await store.findShortlist(tx.db, referralId)).map((entry) => ({
      ...entry,
      rankNow: rankOf.get(entry.householdId) ?? null,
    }));
    const hasDecision = (await store.findDecision(tx.db, referralId)) !== null;
    await recordAudit(tx, {
      action: 'matching.ranked',
      recordType: 'referral',
      recordId: referralId,
    });
    const all = ranked.ranking.ranked;
    const pageCount = Math.max(1, Math.ceil(all.length / MATCHES_PER_PAGE));
    const page = Math.min(input.page, pageCount);
    const isOpen = isReferralOpen(referral.status);
    return {
      referral,
      child: ranked.child,
      weights,
      ranked: all.slice((page - 1) * MATCHES_PER_PAGE, page * MATCHES_PER_PAGE),
      rankedTotal: all.length,
      page,
      pageCount,
      notEligible,
      shortlist,
      offers,
      isOpen,
      hasDecision,
      canDecide: isOpen && !hasDecision && offers.some((offer) => offer.response === 'accepted'),
    };
  });
}

/** Adds an eligible household to a referral's shortlist with its rank and score now. */
export async function shortlistHousehold(
  ctx: Ctx,
  referralId: string,
  householdId: string,
): Promise<{ name: string }> {
  const { actor } = await authorize(ctx, 'matching.run', referralResource(referralId));
  const today = await agencyToday(ctx);
  return inTransaction(ctx, async (tx) => {
    const referral = await loadReferral(tx, referralId);
    if (!isReferralOpen(referral.status)) throw new Conflict(CLOSED);
    const weights = await store.findWeights(tx.db);
    const { ranking } = await rankReferral(tx.db, referral, weights, today);
    const entry = await eligibleEntry(tx, ranking.ranked, householdId);
    await store.upsertShortlist(tx.db, {
      referralId,
      householdId,
      rank: entry.rank,
      score: Math.round(entry.score.total),
      by: actor.userId,
      at: ctx.now,
    });
    await recordAudit(tx, {
      action: 'matching.shortlisted',
      recordType: 'referral',
      recordId: referralId,
      fields: ['household'],
    });
    return { name: entry.candidate.name };
  });
}

/** Two or three eligible households side by side, in their ranked order. */
export type Comparison = {
  referral: store.ReferralRecord;
  child: MatchChild;
  entries: RankedHousehold[];
  offers: OfferRow[];
  shortlistedIds: string[];
  isOpen: boolean;
};

/** Compares two or three households for a referral; the ids were checked by the route's schema. */
export async function compareHouseholds(
  ctx: Ctx,
  referralId: string,
  householdIds: readonly string[],
): Promise<Comparison> {
  await authorize(ctx, 'matching.run', referralResource(referralId));
  const today = await agencyToday(ctx);
  return inTransaction(ctx, async (tx) => {
    const referral = await loadReferral(tx, referralId);
    const weights = await store.findWeights(tx.db);
    const ranked = await rankReferral(tx.db, referral, weights, today);
    const entries: RankedHousehold[] = [];
    for (const id of householdIds)
      entries.push(await eligibleEntry(tx, ranked.ranking.ranked, id, 'household'));
    entries.sort((a, b) => a.rank - b.rank);
    await recordAudit(tx, {
      action: 'matching.compared',
      recordType: 'referral',
      recordId: referralId,
      fields: ['households'],
    });
    return {
      referral,
      child: ranked.child,
      entries,
      offers: await findOffersForReferral(tx.db, referralId),
      shortlistedIds: (await store.findShortlist(tx.db, referralId)).map((e) => e.householdId),
      isOpen: isReferralOpen(referral.status),
    };
  });
}

export const CLOSED =
  'This referral is closed: the child has a home, or the referral was declined or withdrawn.';

/** The household's place in the ranking, or Invalid naming the field when it cannot be matched. */
export async function eligibleEntry(
  ctx: Ctx,
  ranked: readonly RankedHousehold[],
  householdId: string,
  field = 'householdId',
): Promise<RankedHousehold> {
  const entry = ranked.find((candidate) => candidate.candidate.id === householdId);
  if (entry) return entry;
  const household = await store.findHouseholdName(ctx.db, householdId);
  if (!household) throw new Invalid({ [field]: 'Choose one of the households in the ranking' });
  throw new Invalid({
    [field]: `${household.name} cannot be matched with this child: see “Not eligible” for the reasons`,
  });
}
