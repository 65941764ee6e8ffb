import { describe, expect, it } from 'vitest';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import {
  deadlinesFor,
  deadlineState,
  decisionDeadline,
  enquiryReplyDeadline,
  hasOverdue,
  homeVisitDeadline,
  panelDeadline,
  type DeadlineFacts,
} from './deadlines.ts';

describe('replying to an enquiry (1 working day, agency practice)', () => {
  it.each([
    ['2026-06-01', '2026-06-02', 'an enquiry on Monday is answered by Tuesday'],
    ['2026-06-05', '2026-06-08', 'an enquiry on Friday is answered by Monday'],
    ['2026-06-06', '2026-06-08', 'an enquiry on Saturday is answered by Monday'],
    ['2026-06-07', '2026-06-08', 'an enquiry on Sunday is answered by Monday'],
    ['2026-05-22', '2026-05-26', 'the Friday before the spring bank holiday: Tuesday'],
    [
      '2026-12-24',
      '2026-12-29',
      'Christmas Eve: after Christmas, the weekend and Boxing Day moved to Monday',
    ],
    ['2026-12-25', '2026-12-29', 'on Christmas Day itself: Tuesday 29th'],
    ['2026-04-02', '2026-04-07', 'Maundy Thursday: after Good Friday and Easter Monday'],
  ])('enquired %s: due %s (%s)', (enquiredOn, dueOn) => {
    const deadline = enquiryReplyDeadline(enquiredOn, ENGLAND);
    expect(deadline.dueOn).toBe(dueOn);
    expect(deadline.rule).toBe('Reply within 1 working day of an enquiry');
    expect(deadline.source).toBe('agency practice');
  });
});

describe('the initial home visit (5 working days after the first conversation)', () => {
  it.each([
    ['2026-06-01', '2026-06-08', 'Monday: the next Monday'],
    ['2026-06-05', '2026-06-12', 'Friday: the next Friday'],
    ['2026-05-20', '2026-05-28', 'a Wednesday before the spring bank holiday: Thursday week'],
    ['2026-12-22', '2026-12-31', 'just before Christmas: New Year’s Eve, after two bank holidays'],
  ])('conversation %s: visit by %s (%s)', (conversationOn, dueOn) => {
    expect(homeVisitDeadline(conversationOn, ENGLAND).dueOn).toBe(dueOn);
  });
});

describe('going to panel (8 months after the application, NMS 14.4)', () => {
  it.each([
    ['2026-01-15', '2026-09-15', 'mid-month: the same day 8 months on'],
    ['2026-06-30', '2027-02-28', 'the 30th: the end of February'],
    ['2027-06-30', '2028-02-29', 'in a leap year, the 29th of February'],
    ['2026-05-02', '2027-01-02', 'over a new year; weekends do not move a calendar-month rule'],
  ])('applied %s: panel by %s (%s)', (appliedOn, dueOn) => {
    const deadline = panelDeadline(appliedOn, ENGLAND);
    expect(deadline.dueOn).toBe(dueOn);
    expect(deadline.source).toBe('NMS 14.4');
    expect(deadline.citation).toContain('National Minimum Standards');
  });
});

describe('the agency decision (7 working days after the panel)', () => {
  it.each([
    ['2026-06-03', '2026-06-12', 'a Wednesday panel: the Friday of the next week'],
    ['2026-12-17', '2026-12-30', 'a panel before Christmas: after the bank holidays'],
    ['2026-08-27', '2026-09-08', 'over the summer bank holiday'],
  ])('panel %s: decision by %s (%s)', (panelOn, dueOn) => {
    const deadline = decisionDeadline(panelOn, ENGLAND);
    expect(deadline.dueOn).toBe(dueOn);
    expect(deadline.citation).toContain('regulation 27');
  });
});

const facts = (overrides: Partial<DeadlineFacts>): DeadlineFacts => ({
  stage: 'enquiry',
  enquiredOn: '2026-06-05',
  stageStartedOn: '2026-06-05',
  appliedOn: null,
  panelOn: null,
  nextAction: '',
  nextActionOn: null,
  ...overrides,
});

describe('which deadlines apply at each stage', () => {
  it.each([
    ['an enquiry: the reply', facts({ stage: 'enquiry' }), ['enquiry_reply']],
    [
      'after the first conversation: the home visit',
      facts({ stage: 'initial_conversation', stageStartedOn: '2026-06-08' }),
      ['home_visit'],
    ],
    ['after the home visit: nothing until they apply', facts({ stage: 'home_visit' }), []],
    ['applied: the panel', facts({ stage: 'application', appliedOn: '2026-07-01' }), ['panel']],
    ['in Stage 1: the panel', facts({ stage: 'stage_one', appliedOn: '2026-07-01' }), ['panel']],
    ['in Stage 2: the panel', facts({ stage: 'stage_two', appliedOn: '2026-07-01' }), ['panel']],
    [
      'going to panel, no date yet: the panel',
      facts({ stage: 'panel', appliedOn: '2026-07-01' }),
      ['panel'],
    ],
    [
      'going to panel on a date: the decision after it',
      facts({ stage: 'panel', appliedOn: '2026-07-01', panelOn: '2027-01-13' }),
      ['decision'],
    ],
    [
      'waiting for the decision: the decision',
      facts({ stage: 'agency_decision', panelOn: '2027-01-13' }),
      ['decision'],
    ],
    ['approved: nothing', facts({ stage: 'approved', nextActionOn: '2026-06-01' }), []],
    ['withdrawn: nothing', facts({ stage: 'withdrawn', nextActionOn: '2026-06-01' }), []],
    [
      'a next action with a date: that date',
      facts({ stage: 'home_visit', nextAction: 'Send the pack', nextActionOn: '2026-06-20' }),
      ['next_action'],
    ],
  ] as const)('%s', (_story, given, kinds) => {
    expect(deadlinesFor(given, ENGLAND).map((deadline) => deadline.kind)).toEqual(kinds);
  });

  it('puts the soonest first', () => {
    const due = deadlinesFor(
      facts({ stage: 'enquiry', nextAction: 'Call back', nextActionOn: '2026-06-06' }),
      ENGLAND,
    );
    expect(due.map((deadline) => [deadline.kind, deadline.dueOn])).toEqual([
      ['next_action', '2026-06-06'],
      ['enquiry_reply', '2026-06-08'],
    ]);
  });
});

describe('overdue, due today, or to come', () => {
  it.each([
    ['2026-06-08', '2026-06-09', 'overdue'],
    ['2026-06-08', '2026-06-08', 'due_today'],
    ['2026-06-08', '2026-06-07', 'upcoming'],
  ] as const)('due %s, today %s: %s', (dueOn, today, state) => {
    expect(deadlineState({ dueOn }, today)).toBe(state);
  });

  it('an enquiry from Friday is overdue on Tuesday, not on Monday', () => {
    const due = deadlinesFor(facts({ stage: 'enquiry', enquiredOn: '2026-06-05' }), ENGLAND);
    expect(hasOverdue(due, '2026-06-08')).toBe(false);
    expect(hasOverdue(due, '2026-06-09')).toBe(true);
  });
});
