// What each carer still needs from the training programme: which courses are overdue, due soon
// or done, and how far they are through the Training, Support and Development Standards. Pure, so
// the carer's own page, the supervising social worker's caseload, the coordinator's compliance
// views and the CSV export all give the same answer.
import { DateTime } from 'luxon';
import type { Jurisdiction } from '../../core/jurisdiction/england.ts';
import { formatDate } from '../../core/time/dates.ts';

/** A carer as the rules need them. */
export type TraineeFacts = {
  careKind: 'foster' | 'kinship';
  /** The household's approval; null while still applying. */
  approvedOn: string | null;
};

export type CourseFacts = {
  id: string;
  title: string;
  isMandatory: boolean;
  audience: 'all_carers' | 'new_carers' | 'kinship_carers';
  refresherMonths: number | null;
  tsdsStandards: number[];
};

export type CompletionFacts = { courseId: string; completedOn: string };

export type StandingStatus = 'overdue' | 'due_soon' | 'due' | 'complete' | 'optional';

/** Where a carer stands with one course, and why. */
export type CourseStanding = {
  courseId: string;
  title: string;
  status: StandingStatus;
  /** The date it must be done by; null when it has no date (optional, done for good, or before approval). */
  dueOn: string | null;
  lastCompletedOn: string | null;
  /** In words, for "why is this due". */
  why: string;
};

// Overdue first, then due soon, then the rest: the order a carer should see them in.
const ORDER: Record<StandingStatus, number> = {
  overdue: 0,
  due_soon: 1,
  due: 2,
  complete: 3,
  optional: 4,
};

/** Whether a course is required of this carer at all. */
export function isRequiredOf(course: CourseFacts, trainee: TraineeFacts): boolean {
  if (!course.isMandatory) return false;
  return course.audience !== 'kinship_carers' || trainee.careKind === 'kinship';
}

/** The months after approval in which this carer evidences the standards: 12, or 18 for kinship. */
export function tsdsMonthsFor(trainee: TraineeFacts, rules: Jurisdiction): number {
  const { tsds } = rules.training;
  return trainee.careKind === 'kinship'
    ? tsds.kinshipMonthsAfterApproval
    : tsds.monthsAfterApproval;
}

/** The date the standards must be evidenced by, or null before approval. */
export function tsdsDeadline(trainee: TraineeFacts, rules: Jurisdiction): string | null {
  if (!trainee.approvedOn) return null;
  return addMonths(trainee.approvedOn, tsdsMonthsFor(trainee, rules));
}

/** Every course with this carer's standing, overdue first, then by date and title. */
export function courseStandings(
  trainee: TraineeFacts,
  courses: CourseFacts[],
  completions: CompletionFacts[],
  today: string,
  rules: Jurisdiction,
): CourseStanding[] {
  const soon = addDays(today, rules.training.dueSoon.days);
  return courses
    .map((course) =>
      standingFor(trainee, course, latestCompletion(completions, course.id), today, soon, rules),
    )
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        compareDates(a.dueOn ?? '9999', b.dueOn ?? '9999') ||
        byTitle(a.title, b.title),
    );
}

// ISO dates sort as plain text; titles by the rules of the language (one collator, made once).
const compareDates = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byTitle = new Intl.Collator('en-GB').compare;

function standingFor(
  trainee: TraineeFacts,
  course: CourseFacts,
  lastCompletedOn: string | null,
  today: string,
  soon: string,
  rules: Jurisdiction,
): CourseStanding {
  const base = { courseId: course.id, title: course.title, lastCompletedOn };
  if (!isRequiredOf(course, trainee)) {
    return {
      ...base,
      status: lastCompletedOn ? 'complete' : 'optional',
      dueOn: null,
      why: 'Not required of you; open to every carer who wants it',
    };
  }
  if (lastCompletedOn && !course.refresherMonths) {
    return { ...base, status: 'complete', dueOn: null, why: 'Done; it does not need refreshing' };
  }
  const { dueOn, why } = lastCompletedOn
    ? {
        dueOn: addMonths(lastCompletedOn, course.refresherMonths!),
        why: `Taken again every ${course.refresherMonths} months; last done ${dateInWords(lastCompletedOn)}`,
      }
    : firstTimeDue(trainee, rules);
  if (!dueOn) return { ...base, status: 'due', dueOn: null, why };
  const status: StandingStatus =
    dueOn < today ? 'overdue' : dueOn <= soon ? 'due_soon' : lastCompletedOn ? 'complete' : 'due';
  return { ...base, status, dueOn, why };
}

// A required course never taken is due with the standards: within 12 months of approval, or 18
// for kinship carers.
function firstTimeDue(trainee: TraineeFacts, rules: Jurisdiction) {
  const deadline = tsdsDeadline(trainee, rules);
  if (!deadline) return { dueOn: null, why: 'Needed once you are approved' };
  const months = tsdsMonthsFor(trainee, rules);
  return {
    dueOn: deadline,
    why: `Required within ${months} months of approval (${rules.training.tsds.source})`,
  };
}

function latestCompletion(completions: CompletionFacts[], courseId: string): string | null {
  let latest: string | null = null;
  for (const completion of completions) {
    if (completion.courseId === courseId && (!latest || completion.completedOn > latest)) {
      latest = completion.completedOn;
    }
  }
  return latest;
}

/** The 7 Training, Support and Development Standards, in order. */
export const TSDS_STANDARDS = [
  'Understand the principles and values essential for fostering children and young people',
  'Understand your role as a foster carer',
  'Understand health and safety, and healthy care',
  'Know how to communicate effectively',
  'Understand the development of children and young people',
  'Keep children and young people safe from harm',
  'Develop yourself',
] as const;

/** Where a carer is with the standards. */
export type TsdsProgress = {
  deadline: string | null;
  months: number;
  /** Standards the supervising social worker has signed off, 1 to 7. */
  signedOff: number[];
  /** Standards that completed courses give evidence towards, not yet signed off. */
  evidencedByCourses: number[];
  status: 'complete' | 'overdue' | 'in_progress' | 'not_started';
};

/** The standards signed off, those with course evidence, and whether the deadline has passed. */
export function tsdsProgress(
  trainee: TraineeFacts,
  signedOffStandards: number[],
  completedCourses: CourseFacts[],
  today: string,
  rules: Jurisdiction,
): TsdsProgress {
  const signedOff = [...new Set(signedOffStandards)].sort((a, b) => a - b);
  const evidencedByCourses = [
    ...new Set(completedCourses.flatMap((course) => course.tsdsStandards)),
  ]
    .filter((standard) => !signedOff.includes(standard))
    .sort((a, b) => a - b);
  const deadline = tsdsDeadline(trainee, rules);
  const isComplete = signedOff.length === TSDS_STANDARDS.length;
  const status = isComplete
    ? 'complete'
    : deadline && deadline < today
      ? 'overdue'
      : signedOff.length > 0 || evidencedByCourses.length > 0
        ? 'in_progress'
        : 'not_started';
  return { deadline, months: tsdsMonthsFor(trainee, rules), signedOff, evidencedByCourses, status };
}

// The same few thousand dates come round for every carer in an agency-wide view, and date
// arithmetic and formatting are the slow part of it, so each answer is worked out once.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

function remembered(key: string, work: () => string): string {
  let answer = memo.get(key);
  if (answer === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    answer = work();
    memo.set(key, answer);
  }
  return answer;
}

function addMonths(isoDate: string, months: number): string {
  return remembered(`m${isoDate}+${months}`, () =>
    DateTime.fromISO(isoDate).plus({ months }).toISODate()!,
  );
}

function addDays(isoDate: string, days: number): string {
  return remembered(`d${isoDate}+${days}`, () =>
    DateTime.fromISO(isoDate).plus({ days }).toISODate()!,
  );
}

function dateInWords(isoDate: string): string {
  return remembered(`w${isoDate}`, () => formatDate(isoDate));
}
