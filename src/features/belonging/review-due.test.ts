import { describe, expect, it } from 'vitest';
import { nextReviewDue, permanencyDrift } from './review-due.ts';

describe('the next looked-after review', () => {
  it('is due 20 working days after the child became looked after, counting bank holidays', () => {
    // Monday 14 December 2026: Christmas Day, Boxing Day (substitute Monday 28th) and New Year's
    // Day fall inside the 20 working days.
    expect(nextReviewDue('2026-12-14', [])).toEqual({ dueOn: '2027-01-14', which: 'first' });
  });

  it('is due 3 months after the first, then every 6 months', () => {
    expect(nextReviewDue('2026-01-05', ['2026-01-30'])).toEqual({
      dueOn: '2026-04-30',
      which: 'second',
    });
    expect(nextReviewDue('2026-01-05', ['2026-04-28', '2026-01-30'])).toEqual({
      dueOn: '2026-10-28',
      which: 'later',
    });
  });

  it('cannot be worked out before the date into care is known', () => {
    expect(nextReviewDue(null, [])).toBeNull();
  });
});

describe('permanency drift', () => {
  const facts = {
    lookedAfterSince: '2026-01-05',
    lastConversationOn: '2026-08-20',
    hasDecision: false,
    decisionTargetMonths: 4,
  };

  it('shows when no conversation has been held for 3 months', () => {
    expect(permanencyDrift(facts, '2026-11-20').isConversationOverdue).toBe(false);
    expect(permanencyDrift(facts, '2026-11-21').isConversationOverdue).toBe(true);
    expect(permanencyDrift(facts, '2026-11-21').conversationDueOn).toBe('2026-11-20');
  });

  it('counts from the date into care when there has been no conversation at all', () => {
    const none = { ...facts, lastConversationOn: null };
    expect(permanencyDrift(none, '2026-04-06').isConversationOverdue).toBe(true);
  });

  it('shows when there is no decision after the agency’s target, and not once decided', () => {
    expect(permanencyDrift(facts, '2026-05-06').isDecisionOverdue).toBe(true);
    expect(permanencyDrift(facts, '2026-05-05').isDecisionOverdue).toBe(false);
    expect(permanencyDrift({ ...facts, hasDecision: true }, '2026-11-21').isDecisionOverdue).toBe(
      false,
    );
  });
});
