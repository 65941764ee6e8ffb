import { describe, expect, it } from 'vitest';
import {
  latestSafetyCheck,
  problemsWithOutreach,
  type NewStep,
  type OutreachPerson,
  type PastStep,
} from './outreach-rules.ts';

// Noor is Zara's great-aunt, found in old records. Before anyone writes to her, rings her or meets
// her, a safety check must have cleared contact; the latest check on or before the day counts.
const noor: OutreachPerson = {
  name: 'Noor Ahmed',
  contactStatus: 'to_be_found',
  hasNoContactOrder: false,
};
const TODAY = '2026-06-01';
const search: PastStep = { stepOn: '2026-02-20', kind: 'search', safetyOutcome: null };
const cleared = (stepOn: string): PastStep => ({
  stepOn,
  kind: 'safety_check',
  safetyOutcome: 'cleared',
});
const concerns = (stepOn: string): PastStep => ({
  stepOn,
  kind: 'safety_check',
  safetyOutcome: 'concerns',
});
const step = (kind: NewStep['kind'], stepOn: string, more: Partial<NewStep> = {}): NewStep => ({
  kind,
  stepOn,
  safetyOutcome: null,
  contactStatus: null,
  ...more,
});

describe('the safety rule for contacting someone found through family finding', () => {
  it.each([
    {
      story: 'a letter with no check at all',
      history: [search],
      attempt: step('letter', '2026-03-05'),
      kind: 'Record a cleared safety check before contacting Noor Ahmed: no check yet.',
    },
    {
      story: 'a phone call after a check that raised concerns',
      history: [search, concerns('2026-03-03')],
      attempt: step('phone_call', '2026-03-10'),
      kind: 'Record a cleared safety check before contacting Noor Ahmed: the last check, on 3 March 2026, raised concerns.',
    },
    {
      story: 'a meeting after a cleared check was followed by one with concerns',
      history: [cleared('2026-03-01'), concerns('2026-04-02')],
      attempt: step('meeting', '2026-04-10'),
      kind: 'Record a cleared safety check before contacting Noor Ahmed: the last check, on 2 April 2026, raised concerns.',
    },
    {
      story: 'a visit dated before the only check',
      history: [cleared('2026-03-01')],
      attempt: step('visit', '2026-02-27'),
      kind: 'Record a cleared safety check before contacting Noor Ahmed: no check on or before 27 February 2026.',
    },
    {
      story: 'a letter on the day of a check that cleared, even with concerns raised later',
      history: [cleared('2026-03-01'), concerns('2026-04-02')],
      attempt: step('letter', '2026-03-01'),
      kind: undefined,
    },
    {
      story: 'a visit long after a cleared check',
      history: [search, cleared('2026-03-01')],
      attempt: step('visit', '2026-05-30'),
      kind: undefined,
    },
    {
      story: 'a search, which does not reach her, with no check at all',
      history: [],
      attempt: step('search', '2026-02-20'),
      kind: undefined,
    },
  ])('$story', ({ history, attempt, kind }) => {
    const errors = problemsWithOutreach(attempt, { person: noor, history, today: TODAY });
    expect(errors.kind).toBe(kind);
  });

  it('counts the later of two checks on the same day, in the order they were recorded', () => {
    const sameDay = [cleared('2026-03-01'), concerns('2026-03-01')];
    expect(latestSafetyCheck(sameDay, '2026-03-01')?.safetyOutcome).toBe('concerns');
    expect(latestSafetyCheck(sameDay, '2026-02-28')).toBeUndefined();
  });

  it.each([
    {
      story: 'not safe',
      person: { ...noor, contactStatus: 'not_safe' as const },
      message:
        'Noor Ahmed is marked not safe, so nobody contacts them through family finding. Talk to your manager if that has changed.',
    },
    {
      story: 'under a no-contact order',
      person: { ...noor, hasNoContactOrder: true },
      message:
        'There is a no-contact order for Noor Ahmed, so nobody contacts them through family finding. Talk to your manager if the order has changed.',
    },
  ])('never lets anyone contact a person who is $story, even after a cleared check', (row) => {
    const facts = { person: row.person, history: [cleared('2026-03-01')], today: TODAY };
    for (const kind of ['letter', 'phone_call', 'meeting', 'visit'] as const) {
      expect(problemsWithOutreach(step(kind, '2026-03-02'), facts).kind).toBe(row.message);
    }
    // Finding out more about them, and checking, still go ahead.
    expect(problemsWithOutreach(step('search', '2026-03-02'), facts)).toEqual({});
    expect(
      problemsWithOutreach(
        step('safety_check', '2026-03-02', { safetyOutcome: 'concerns' }),
        facts,
      ),
    ).toEqual({});
  });
});

describe('the other things a step must get right', () => {
  const facts = { person: noor, history: [search], today: TODAY };

  it('refuses a safety outcome on a step that is not a safety check, and asks for one on a check', () => {
    expect(
      problemsWithOutreach(step('letter', '2026-03-05', { safetyOutcome: 'cleared' }), facts)
        .safetyOutcome,
    ).toBe(
      'Only a safety check has a safety outcome: choose “Not a safety check” for a letter or email',
    );
    expect(problemsWithOutreach(step('safety_check', '2026-03-05'), facts).safetyOutcome).toBe(
      'Say whether the safety check cleared contact or raised concerns',
    );
  });

  it('refuses a step dated after today', () => {
    expect(problemsWithOutreach(step('search', '2026-06-02'), facts).stepOn).toBe(
      'The date cannot be in the future: enter 1 June 2026 or earlier',
    );
  });

  it('will not mark someone as approached or in touch before a cleared check', () => {
    const searched = step('search', '2026-03-05', { contactStatus: 'in_touch' });
    expect(problemsWithOutreach(searched, facts).contactStatus).toBe(
      'Record a cleared safety check before marking Noor Ahmed as in touch: no check yet.',
    );
    const afterCheck = { ...facts, history: [search, cleared('2026-03-01')] };
    expect(problemsWithOutreach(searched, afterCheck)).toEqual({});
    // Moving her back to "to be found", or to "lost touch", needs no check.
    expect(
      problemsWithOutreach(step('other', '2026-03-05', { contactStatus: 'lost_touch' }), facts),
    ).toEqual({});
  });

  it('leaves a flagged person’s status to the worker’s decision on their details', () => {
    const flagged = { ...facts, person: { ...noor, contactStatus: 'not_safe' as const } };
    expect(
      problemsWithOutreach(step('search', '2026-03-05', { contactStatus: 'to_be_found' }), flagged)
        .contactStatus,
    ).toContain('Noor Ahmed is flagged for safeguarding');
    expect(
      problemsWithOutreach(step('search', '2026-03-05', { contactStatus: 'not_safe' }), flagged),
    ).toEqual({});
  });
});
