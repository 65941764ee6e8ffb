// One child's permanency planning gathered in one place, so the staff page, the carer's view and
// the young person's own page are built from the same facts and the same rules.
import type { PermanencyOption } from '../../core/db/tables.ts';
import type { Db } from '../../core/db/connect.ts';
import { getAgencySettings } from '../../core/settings.ts';
import type { BelongingChild } from '../belonging/child-access.ts';
import {
  nextReviewDue,
  permanencyDrift,
  type Drift,
  type ReviewDue,
} from '../belonging/review-due.ts';
import { countOptionMentions } from './rules.ts';
import * as store from './store.ts';

/** Everything known about a child's permanency planning, on a day. */
export type Planning = {
  conversations: store.Conversation[];
  decision: store.Decision | null;
  reviews: store.Review[];
  nextReview: ReviewDue;
  drift: Drift;
  /** The agency's target: a decision within this many months of becoming looked after. */
  decisionTargetMonths: number;
  optionCounts: Record<PermanencyOption, number>;
};

/** Reads a child's conversations, decision and reviews and works out what is due. */
export async function gatherPlanning(
  db: Db,
  child: BelongingChild,
  today: string,
): Promise<Planning> {
  const { permanencyDecisionMonths } = await getAgencySettings(db);
  const conversations = await store.findConversations(db, child.id);
  const decision = await store.findLatestDecision(db, child.id);
  const reviews = await store.findReviews(db, child.id);
  return {
    conversations,
    decision,
    reviews,
    nextReview: nextReviewDue(
      child.lookedAfterSince,
      reviews.map((review) => review.heldOn),
    ),
    drift: permanencyDrift(
      {
        lookedAfterSince: child.lookedAfterSince,
        lastConversationOn: conversations[0]?.heldOn ?? null,
        hasDecision: decision !== null,
        decisionTargetMonths: permanencyDecisionMonths,
      },
      today,
    ),
    decisionTargetMonths: permanencyDecisionMonths,
    optionCounts: countOptionMentions(conversations),
  };
}
