import { describe, expect, it } from 'vitest';
import {
  groupPlanItems,
  isDueSoon,
  isReviewOverdue,
  isSupportOver,
  lastCheckIn,
  latestNextCheckIn,
  nextCheckInDue,
  positionAtEnd,
  supportEndsOn,
  type Meeting,
} from './rules.ts';

describe('supportEndsOn: six months after going home', () => {
  it.each([
    ['2026-01-15', '2026-07-15'],
    ['2026-11-16', '2027-05-16'],
    ['2026-12-31', '2027-06-30'],
    ['2026-08-31', '2027-02-28'],
    ['2027-08-31', '2028-02-29'],
    ['2026-03-31', '2026-09-30'],
    ['2028-02-29', '2028-08-29'],
  ])('going home on %s, the support ends on %s', (wentHomeOn, endsOn) => {
    expect(supportEndsOn(wentHomeOn)).toBe(endsOn);
  });
});

const checkIn = (heldOn: string, nextOn: string | null = null): Meeting => ({
  kind: 'check_in',
  heldOn,
  nextOn,
});
const review = (heldOn: string, nextOn: string | null = null): Meeting => ({
  kind: 'review',
  heldOn,
  nextOn,
});

describe('nextCheckInDue: within 4 weeks of going home, then of the last check-in', () => {
  it.each<[string, string, Meeting[], string]>([
    ['no check-in yet', '2026-11-16', [], '2026-12-14'],
    ['no check-in yet, across a year end', '2026-12-20', [], '2027-01-17'],
    ['no check-in yet, across February', '2027-02-01', [], '2027-03-01'],
    ['one check-in', '2026-11-16', [checkIn('2026-11-30')], '2026-12-28'],
    [
      'the latest of several, in any order',
      '2026-11-16',
      [checkIn('2026-12-20'), checkIn('2026-11-30')],
      '2027-01-17',
    ],
    [
      'an earlier date arranged at the last check-in',
      '2026-11-16',
      [checkIn('2026-11-30', '2026-12-10')],
      '2026-12-10',
    ],
    [
      'a later date arranged than the rule allows',
      '2026-11-16',
      [checkIn('2026-11-30', '2027-01-30')],
      '2026-12-28',
    ],
    [
      'reviews before going home do not count',
      '2026-11-16',
      [review('2026-11-10', '2026-12-01')],
      '2026-12-14',
    ],
    [
      'check-ins dated before going home do not count',
      '2026-11-16',
      [checkIn('2026-11-01')],
      '2026-12-14',
    ],
    ['a check-in on the day of going home', '2026-11-16', [checkIn('2026-11-16')], '2026-12-14'],
    ['a last check-in at a month end', '2026-12-01', [checkIn('2027-01-31')], '2027-02-28'],
  ])('%s', (_story, wentHomeOn, meetings, dueOn) => {
    expect(nextCheckInDue(wentHomeOn, meetings)).toBe(dueOn);
  });

  it('names the last check-in the due date counts from', () => {
    expect(lastCheckIn('2026-11-16', [])).toBeNull();
    expect(
      lastCheckIn('2026-11-16', [
        checkIn('2026-12-01'),
        review('2026-12-20'),
        checkIn('2026-11-20'),
      ]),
    ).toEqual(checkIn('2026-12-01'));
    expect(latestNextCheckIn('2026-12-01')).toBe('2026-12-29');
  });
});

describe('isReviewOverdue', () => {
  it.each<[string | null, string, boolean]>([
    [null, '2026-11-17', false],
    ['2026-11-18', '2026-11-17', false],
    ['2026-11-17', '2026-11-17', false],
    ['2026-11-16', '2026-11-17', true],
    ['2025-12-31', '2026-01-01', true],
  ])('a review due %s, today %s: overdue %s', (nextReviewOn, today, isOverdue) => {
    expect(isReviewOverdue(nextReviewOn, today)).toBe(isOverdue);
  });
});

describe('what falls due, and when the support is over', () => {
  it.each<[string, string, boolean]>([
    ['2026-11-10', '2026-11-17', true],
    ['2026-11-24', '2026-11-17', true],
    ['2026-11-25', '2026-11-17', false],
    ['2027-01-03', '2026-12-28', true],
  ])('due %s, today %s: due soon %s', (dueOn, today, isSoon) => {
    expect(isDueSoon(dueOn, today)).toBe(isSoon);
  });

  it.each<[string, string, boolean]>([
    ['2027-05-16', '2027-05-15', false],
    ['2027-05-16', '2027-05-16', true],
    ['2027-05-16', '2027-06-01', true],
  ])('support ending %s, today %s: over %s', (endsOn, today, isOver) => {
    expect(isSupportOver(endsOn, today)).toBe(isOver);
  });
});

describe('groupPlanItems: steps follow their goal', () => {
  const item = (kind: 'goal' | 'step', position: number, title: string) => ({
    kind,
    position,
    title,
  });

  it('puts steps under the goal above them, and steps before any goal on their own', () => {
    const groups = groupPlanItems([
      item('step', 40, 'housing appointment'),
      item('goal', 30, 'a settled home'),
      item('step', 5, 'first meeting'),
      item('goal', 50, 'routines'),
      item('step', 60, 'parenting course'),
      item('step', 60, 'bedtimes'),
    ]);
    expect(
      groups.map((group) => [group.goal?.title ?? null, group.steps.map((step) => step.title)]),
    ).toEqual([
      [null, ['first meeting']],
      ['a settled home', ['housing appointment']],
      ['routines', ['parenting course', 'bedtimes']],
    ]);
  });

  it('gives a goal with no steps an empty list, and an empty plan no groups', () => {
    expect(groupPlanItems([item('goal', 10, 'alone')])).toEqual([
      { goal: item('goal', 10, 'alone'), steps: [] },
    ]);
    expect(groupPlanItems([])).toEqual([]);
  });

  it('puts a new item after everything else', () => {
    expect(positionAtEnd([])).toBe(10);
    expect(positionAtEnd([item('goal', 30, 'a'), item('step', 70, 'b')])).toBe(80);
  });
});
