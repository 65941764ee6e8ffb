// When the next looked-after child review is due, and whether permanency planning has drifted.
// Pure: the numbers come from the jurisdiction pack and the agency's settings.
import { ENGLAND, type Jurisdiction } from '../../core/jurisdiction/england.ts';
import { addMonths, addWorkingDays } from '../../core/time/working-days.ts';

/** The next review and the rule that sets its date; null when the date into care is unknown. */
export type ReviewDue = { dueOn: string; which: 'first' | 'second' | 'later' } | null;

/**
 * The next looked-after review: the first within 20 working days of becoming looked after, the
 * second within 3 months of the first, later ones within 6 months of the one before (England).
 */
export function nextReviewDue(
  lookedAfterSince: string | null,
  reviewsHeldOn: readonly string[],
  rules: Jurisdiction = ENGLAND,
): ReviewDue {
  const { firstWithinWorkingDays, secondWithinMonths, thenEveryMonths } =
    rules.belonging.lookedAfterReviews;
  const held = [...reviewsHeldOn].sort();
  const last = held.at(-1);
  if (!last) {
    if (!lookedAfterSince) return null;
    return {
      dueOn: addWorkingDays(lookedAfterSince, firstWithinWorkingDays, rules.holidays),
      which: 'first',
    };
  }
  return held.length === 1
    ? { dueOn: addMonths(last, secondWithinMonths), which: 'second' }
    : { dueOn: addMonths(last, thenEveryMonths), which: 'later' };
}

/** What makes permanency planning look stuck for one young person. */
export type Drift = {
  /** No conversation with the young person for longer than the gap allows (or none at all). */
  isConversationOverdue: boolean;
  /** The date a conversation was due by; null before the child's date into care is known. */
  conversationDueOn: string | null;
  /** No decision yet, and the agency's target after becoming looked after has passed. */
  isDecisionOverdue: boolean;
  decisionDueOn: string | null;
};

/** Whether permanency planning has drifted for a young person, on a day. */
export function permanencyDrift(
  facts: {
    lookedAfterSince: string | null;
    lastConversationOn: string | null;
    hasDecision: boolean;
    /** The agency's target: a decision within this many months of becoming looked after. */
    decisionTargetMonths: number;
  },
  today: string,
  rules: Jurisdiction = ENGLAND,
): Drift {
  const gap = rules.belonging.conversationGap.months;
  const since = facts.lastConversationOn ?? facts.lookedAfterSince;
  const conversationDueOn = since ? addMonths(since, gap) : null;
  const decisionDueOn = facts.lookedAfterSince
    ? addMonths(facts.lookedAfterSince, facts.decisionTargetMonths)
    : null;
  return {
    isConversationOverdue: conversationDueOn !== null && conversationDueOn < today,
    conversationDueOn,
    isDecisionOverdue: !facts.hasDecision && decisionDueOn !== null && decisionDueOn < today,
    decisionDueOn,
  };
}
