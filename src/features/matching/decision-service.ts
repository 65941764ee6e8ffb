// The worker's choice of home, and placing the child there. The ranking informs; the worker
// decides and says why, and says why not when the choice was not the household ranked first. The
// ranking and the weights are kept with the decision, so outcomes can be learned from later.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import type { Resource } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Conflict, Invalid } from '../../core/errors.ts';
import { formatDate } from '../../core/time/dates.ts';
import { startPlacement } from '../placements/index.ts';
import { setReferralStatus } from '../referrals/index.ts';
import { FACTORS } from './factors.ts';
import {
  agencyToday,
  CLOSED,
  eligibleEntry,
  isReferralOpen,
  loadReferral,
} from './matching-service.ts';
import { findOffersForReferral, type OfferRow } from './offer-store.ts';
import { rankReferral } from './rank-referral.ts';
import type { RankedHousehold } from './ranking.ts';
import * as store from './store.ts';

/** What the worker records: the home, why, why not the top one (when it is not), and the day. */
export type DecisionInput = {
  householdId: string;
  reasons: string;
  reasonNotTop: string;
  startedOn: string;
};

/** What the decision form shows: the households that said yes with their rank now, and the top. */
export type DecisionForm = {
  referral: store.ReferralRecord;
  accepted: (OfferRow & { rank: number | null; score: number | null })[];
  top: { id: string; name: string } | null;
  today: string;
  isOpen: boolean;
  hasDecision: boolean;
};

async function authorizeDeciding(ctx: Ctx, referralId: string) {
  const resource: Resource = { kind: 'referral', id: referralId, offeredHouseholdIds: [] };
  await authorize(ctx, 'matching.run', resource);
  return authorize(ctx, 'placement.create', resource);
}

/** The households that said yes, ranked as they stand now, for the decision form. */
export async function readDecisionForm(ctx: Ctx, referralId: string): Promise<DecisionForm> {
  await authorizeDeciding(ctx, referralId);
  const today = await agencyToday(ctx);
  return inTransaction(ctx, async (tx) => {
    const referral = await loadReferral(tx, referralId);
    const weights = await store.findWeights(tx.db);
    const { ranking } = await rankReferral(tx.db, referral, weights, today);
    const byId = new Map(ranking.ranked.map((entry) => [entry.candidate.id, entry]));
    const offers = await findOffersForReferral(tx.db, referralId);
    await recordAudit(tx, {
      action: 'matching.ranked',
      recordType: 'referral',
      recordId: referralId,
    });
    const top = ranking.ranked[0];
    return {
      referral,
      accepted: offers
        .filter((offer) => offer.response === 'accepted')
        .map((offer) => ({
          ...offer,
          rank: byId.get(offer.householdId)?.rank ?? null,
          score: byId.has(offer.householdId)
            ? Math.round(byId.get(offer.householdId)!.score.total)
            : null,
        })),
      top: top ? { id: top.candidate.id, name: top.candidate.name } : null,
      today,
      isOpen: isReferralOpen(referral.status),
      hasDecision: (await store.findDecision(tx.db, referralId)) !== null,
    };
  });
}

// The ranking as it stood, compactly: each household's place, total and points per factor.
function rankingSnapshot(ranked: readonly RankedHousehold[]) {
  const round = (value: number) => Math.round(value * 10) / 10;
  return ranked.map((entry) => ({
    householdId: entry.candidate.id,
    reference: entry.candidate.reference,
    rank: entry.rank,
    total: round(entry.score.total),
    points: Object.fromEntries(entry.score.factors.map((f) => [f.factor, round(f.points)])),
  }));
}

/**
 * Records the choice and places the child, in one transaction: the decision with the ranking and
 * weights, the child's record created from the referral when there is none, the placement
 * started, the referral placed. Returns the child's id.
 */
export async function decideMatch(
  ctx: Ctx,
  referralId: string,
  input: DecisionInput,
): Promise<{ childId: string }> {
  const { actor } = await authorizeDeciding(ctx, referralId);
  const today = await agencyToday(ctx);
  return inTransaction(ctx, async (tx) => {
    const referral = await loadReferral(tx, referralId);
    if (!isReferralOpen(referral.status)) throw new Conflict(CLOSED);
    if (await store.findDecision(tx.db, referralId)) {
      throw new Conflict('A decision is already recorded for this referral.');
    }
    const offers = await findOffersForReferral(tx.db, referralId);
    const offer = offers.find(
      (candidate) =>
        candidate.householdId === input.householdId && candidate.response === 'accepted',
    );
    if (!offer) {
      throw new Invalid({
        householdId: 'Choose a household that has said yes to caring for this child',
      });
    }
    const weights = await store.findWeights(tx.db);
    const { ranking } = await rankReferral(tx.db, referral, weights, today);
    const chosen = await eligibleEntry(tx, ranking.ranked, input.householdId);
    const top = ranking.ranked[0]!;
    if (chosen.rank > 1 && input.reasonNotTop.trim() === '') {
      throw new Invalid({
        reasonNotTop: `Say why you did not choose the household ranked first, ${top.candidate.name}`,
      });
    }
    await store.insertDecision(tx.db, {
      referralId,
      householdId: input.householdId,
      chosenRank: chosen.rank,
      topHouseholdId: top.candidate.id,
      reasons: input.reasons.trim(),
      reasonNotTop: chosen.rank > 1 ? input.reasonNotTop.trim() : '',
      ranking: rankingSnapshot(ranking.ranked),
      weights: Object.fromEntries(FACTORS.map((factor) => [factor, weights[factor]])),
      decidedBy: actor.userId,
      decidedAt: ctx.now,
    });
    const childId = referral.childId ?? (await createChild(tx, referral));
    await startPlacement(tx, {
      childId,
      householdId: input.householdId,
      careType: referral.careType,
      startedOn: input.startedOn,
      referralId,
    });
    await setReferralStatus(tx, referralId, 'placed');
    await store.saveReferralResponse(
      tx.db,
      referralId,
      `We have found a home for ${referral.childFirstName} with ${offer.householdName}, from ${formatDate(input.startedOn)}.`,
      ctx.now,
    );
    await recordAudit(tx, {
      action: 'matching.decided',
      recordType: 'referral',
      recordId: referralId,
      fields: [
        'household',
        'reasons',
        ...(chosen.rank > 1 ? ['reason_not_top'] : []),
        'ranking',
        'weights',
      ],
    });
    return { childId };
  });
}

async function createChild(tx: Ctx, referral: store.ReferralRecord): Promise<string> {
  const childId = await store.insertChildFromReferral(tx.db, referral);
  await store.linkReferralChild(tx.db, referral.id, childId);
  await recordAudit(tx, {
    action: 'child.created',
    recordType: 'child',
    recordId: childId,
    fields: ['name', 'date_of_birth', 'needs', 'school', 'social_worker', 'from_referral'],
  });
  return childId;
}
