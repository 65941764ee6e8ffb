import { describe, expect, it } from 'vitest';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import {
  comfortCallDeadline,
  introMeetingDeadline,
  problemWithHeldDate,
  startStatus,
} from './start-rules.ts';

describe('when the introductory meeting is due', () => {
  it('counts 5 working days, skipping the weekend and the August bank holiday', () => {
    // Friday 28 August 2026; Monday 31 August is the summer bank holiday.
    const deadline = introMeetingDeadline('2026-08-28', ENGLAND);
    expect(deadline.dueOn).toBe('2026-09-07');
    expect(deadline.holidaysName).toBe('England and Wales bank holidays');
    expect(deadline.rule).toContain('within 5 working days');
    expect(deadline.citation).toBe(ENGLAND.partnership.introMeeting.citation);
  });

  it('is the next Monday for a child arriving on a Monday in an ordinary week', () => {
    expect(introMeetingDeadline('2026-10-05', ENGLAND).dueOn).toBe('2026-10-12');
  });

  it('skips Christmas, Boxing Day’s substitute and New Year’s Day', () => {
    expect(introMeetingDeadline('2026-12-23', ENGLAND).dueOn).toBe('2027-01-04');
  });
});

describe('when the comfort call is due', () => {
  it('counts 2 calendar days: a weekend does not wait', () => {
    expect(comfortCallDeadline('2026-10-05', ENGLAND).dueOn).toBe('2026-10-07');
    expect(comfortCallDeadline('2026-10-09', ENGLAND).dueOn).toBe('2026-10-11');
    expect(comfortCallDeadline('2026-10-09', ENGLAND).holidaysName).toBeNull();
  });
});

describe('where a part stands', () => {
  const deadline = comfortCallDeadline('2026-10-05', ENGLAND);
  it.each([
    [null, '2026-10-07', 'due', false],
    [null, '2026-10-08', 'overdue', false],
    ['2026-10-06', '2026-10-20', 'done', false],
    ['2026-10-09', '2026-10-20', 'done', true],
  ] as const)('held on %s, today %s: %s', (heldOn, today, state, isLate) => {
    expect(startStatus(deadline, heldOn, today)).toMatchObject({ state, isLate });
  });
});

describe('the day something was held', () => {
  const base = { startedOn: '2026-10-05', today: '2026-10-08', what: 'the call' };
  it('may be today, or up to 30 days before the child arrived', () => {
    expect(problemWithHeldDate({ ...base, heldOn: '2026-10-08' })).toBeNull();
    expect(problemWithHeldDate({ ...base, heldOn: '2026-09-05' })).toBeNull();
  });
  it('may not be after today, or long before the child arrived', () => {
    expect(problemWithHeldDate({ ...base, heldOn: '2026-10-09' })).toBe(
      'The date of the call cannot be after today',
    );
    expect(problemWithHeldDate({ ...base, heldOn: '2026-09-04' })).toContain('30 days before');
  });
});
