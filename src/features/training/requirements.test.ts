import { describe, expect, it } from 'vitest';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import {
  courseStandings,
  tsdsProgress,
  type CourseFacts,
  type TraineeFacts,
} from './requirements.ts';

const TODAY = '2026-11-22';

const safeguarding: CourseFacts = {
  id: 'safeguarding',
  title: 'Safeguarding children',
  isMandatory: true,
  audience: 'all_carers',
  refresherMonths: 36,
  tsdsStandards: [6],
};
const attachment: CourseFacts = {
  id: 'attachment',
  title: 'Attachment',
  isMandatory: true,
  audience: 'all_carers',
  refresherMonths: null,
  tsdsStandards: [1, 5],
};
const kinshipIntro: CourseFacts = {
  id: 'kinship',
  title: 'Caring for a relative’s child',
  isMandatory: true,
  audience: 'kinship_carers',
  refresherMonths: null,
  tsdsStandards: [2],
};
const humanities: CourseFacts = {
  id: 'humanities',
  title: 'Humanities at home',
  isMandatory: false,
  audience: 'all_carers',
  refresherMonths: null,
  tsdsStandards: [],
};
const COURSES = [safeguarding, attachment, kinshipIntro, humanities];

const fosterCarerApproved11MonthsAgo: TraineeFacts = {
  careKind: 'foster',
  approvedOn: '2025-12-22',
};
const kinshipCarerApproved13MonthsAgo: TraineeFacts = {
  careKind: 'kinship',
  approvedOn: '2025-10-22',
};

describe('the standards’ deadline', () => {
  it('gives a foster carer approved 11 months ago one month left of their 12', () => {
    const progress = tsdsProgress(fosterCarerApproved11MonthsAgo, [1, 2], [], TODAY, ENGLAND);
    expect(progress).toMatchObject({ deadline: '2026-12-22', months: 12, status: 'in_progress' });
  });

  it('gives a kinship carer approved 13 months ago 18 months, so five are left', () => {
    const progress = tsdsProgress(kinshipCarerApproved13MonthsAgo, [], [], TODAY, ENGLAND);
    expect(progress).toMatchObject({ deadline: '2027-04-22', months: 18, status: 'not_started' });
  });

  it('is overdue for a foster carer approved 13 months ago who has not finished', () => {
    const fosterCarer: TraineeFacts = { careKind: 'foster', approvedOn: '2025-10-22' };
    expect(tsdsProgress(fosterCarer, [1, 2, 3], [], TODAY, ENGLAND).status).toBe('overdue');
  });

  it('is complete once all 7 are signed off, late or not', () => {
    const late: TraineeFacts = { careKind: 'foster', approvedOn: '2020-01-01' };
    expect(tsdsProgress(late, [1, 2, 3, 4, 5, 6, 7], [], TODAY, ENGLAND).status).toBe('complete');
  });

  it('counts courses done as evidence towards standards not yet signed off', () => {
    const progress = tsdsProgress(
      fosterCarerApproved11MonthsAgo,
      [1],
      [attachment],
      TODAY,
      ENGLAND,
    );
    expect(progress.evidencedByCourses).toEqual([5]);
  });

  it('has no deadline before approval', () => {
    const applicant: TraineeFacts = { careKind: 'foster', approvedOn: null };
    expect(tsdsProgress(applicant, [], [], TODAY, ENGLAND).deadline).toBeNull();
  });
});

describe('a carer’s courses, in the order they need them', () => {
  it('puts a lapsed refresher first, then what falls due with the standards', () => {
    const standings = courseStandings(
      fosterCarerApproved11MonthsAgo,
      COURSES,
      [{ courseId: 'safeguarding', completedOn: '2023-06-01' }],
      TODAY,
      ENGLAND,
    );
    expect(standings.map((each) => [each.courseId, each.status, each.dueOn])).toEqual([
      ['safeguarding', 'overdue', '2026-06-01'],
      ['attachment', 'due_soon', '2026-12-22'],
      // The kinship course is not required of a foster carer.
      ['kinship', 'optional', null],
      ['humanities', 'optional', null],
    ]);
  });

  it('requires the kinship course of a kinship carer, within 18 months', () => {
    const standings = courseStandings(kinshipCarerApproved13MonthsAgo, COURSES, [], TODAY, ENGLAND);
    expect(standings.find((each) => each.courseId === 'kinship')).toMatchObject({
      status: 'due',
      dueOn: '2027-04-22',
    });
  });

  it('counts a refresher done recently as complete until it comes round again', () => {
    const [safe] = courseStandings(
      fosterCarerApproved11MonthsAgo,
      [safeguarding],
      [
        { courseId: 'safeguarding', completedOn: '2023-01-01' },
        { courseId: 'safeguarding', completedOn: '2026-03-01' },
      ],
      TODAY,
      ENGLAND,
    );
    expect(safe).toMatchObject({ status: 'complete', dueOn: '2029-03-01' });
  });

  it('says why each required course is due', () => {
    const [first] = courseStandings(
      fosterCarerApproved11MonthsAgo,
      [attachment],
      [],
      TODAY,
      ENGLAND,
    );
    expect(first!.why).toBe('Required within 12 months of approval (NMS 20.3)');
  });
});
