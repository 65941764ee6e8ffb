// Where each carer stands, and the agency's figures made from it: pure, so the carers list, the
// compliance page, its CSV and the home pages' counts all agree, and the sums are easy to test.
import { DateTime } from 'luxon';
import type { Jurisdiction } from '../../core/jurisdiction/england.ts';
import {
  courseStandings,
  isRequiredOf,
  tsdsProgress,
  type CompletionFacts,
  type CourseFacts,
  type CourseStanding,
  type TsdsProgress,
} from './requirements.ts';
import type { Trainee } from './trainees.ts';

export type CarerCompletion = CompletionFacts & { carerId: string };
export type CarerSignOff = { carerId: string; standard: number };

/** One carer with every course's standing and their progress through the standards. */
export type CarerStanding = {
  trainee: Trainee;
  standings: CourseStanding[];
  tsds: TsdsProgress;
  overdueCount: number;
  dueSoonCount: number;
  /** Nothing overdue: no required course past its date, the standards not past their deadline. */
  isUpToDate: boolean;
  /** The standards are not finished and their deadline falls within the due-soon window. */
  isTsdsDueSoon: boolean;
};

/** Each carer's standing, from all the carers' completions and sign-offs fetched at once. */
export function summariseCarers(
  trainees: Trainee[],
  courses: CourseFacts[],
  completions: CarerCompletion[],
  signOffs: CarerSignOff[],
  today: string,
  rules: Jurisdiction,
): CarerStanding[] {
  const completionsOf = groupBy(completions, (completion) => completion.carerId);
  const signOffsOf = groupBy(signOffs, (signOff) => signOff.carerId);
  const courseById = new Map(courses.map((course) => [course.id, course]));
  const soon = DateTime.fromISO(today).plus({ days: rules.training.dueSoon.days }).toISODate()!;
  return trainees.map((trainee) => {
    const done = completionsOf.get(trainee.id) ?? [];
    const standings = courseStandings(trainee, courses, done, today, rules);
    const completedCourses = [...new Set(done.map((completion) => completion.courseId))]
      .map((id) => courseById.get(id))
      .filter((course): course is CourseFacts => course !== undefined);
    const signedOff = (signOffsOf.get(trainee.id) ?? []).map((signOff) => signOff.standard);
    const tsds = tsdsProgress(trainee, signedOff, completedCourses, today, rules);
    const overdueCount = standings.filter((standing) => standing.status === 'overdue').length;
    const isTsdsOpen = tsds.status !== 'complete' && tsds.status !== 'overdue';
    return {
      trainee,
      standings,
      tsds,
      overdueCount,
      dueSoonCount: standings.filter((standing) => standing.status === 'due_soon').length,
      isUpToDate: overdueCount === 0 && tsds.status !== 'overdue',
      isTsdsDueSoon: isTsdsOpen && tsds.deadline !== null && tsds.deadline <= soon,
    };
  });
}

/** Whether a carer is one the list's status filter asks for. */
export function hasStatus(
  carer: CarerStanding,
  status: 'overdue' | 'due_soon' | 'tsds_overdue',
): boolean {
  switch (status) {
    case 'overdue':
      return carer.overdueCount > 0;
    case 'due_soon':
      return carer.dueSoonCount > 0;
    case 'tsds_overdue':
      return carer.tsds.status === 'overdue';
  }
}

/** A group of carers (an area, a supervising social worker) and how they stand. */
export type GroupFigures = {
  /** The area's or worker's id, for a link to the carers behind the numbers; null for none. */
  id: string | null;
  name: string;
  carers: number;
  upToDate: number;
  /** Whole per cent up to date; null for a group of nobody. */
  share: number | null;
  overdueCourses: number;
  tsdsOverdue: number;
};

/** One mandatory course across the carers who must take it. */
export type CourseFigures = {
  courseId: string;
  title: string;
  required: number;
  /** Done, and not yet due again. */
  current: number;
  overdue: number;
  share: number | null;
};

export type ComplianceFigures = {
  carers: number;
  upToDate: number;
  share: number | null;
  overdueCourses: number;
  tsdsOverdue: number;
  tsdsDueSoon: number;
  byArea: GroupFigures[];
  byCourse: CourseFigures[];
  byWorker: GroupFigures[];
};

/** The headline figures and the breakdowns by area, by mandatory course and by worker. */
export function complianceFigures(
  carers: CarerStanding[],
  courses: CourseFacts[],
): ComplianceFigures {
  const headline = figuresOf(null, '', carers);
  return {
    carers: headline.carers,
    upToDate: headline.upToDate,
    share: headline.share,
    overdueCourses: headline.overdueCourses,
    tsdsOverdue: headline.tsdsOverdue,
    tsdsDueSoon: carers.filter((carer) => carer.isTsdsDueSoon).length,
    byArea: groupFigures(carers, (trainee) => [trainee.areaId, trainee.areaName ?? 'No area']),
    byCourse: courses
      .filter((course) => course.isMandatory)
      .map((course) => courseFigures(course, carers)),
    byWorker: groupFigures(carers, (trainee) => [
      trainee.supervisingWorkerId,
      trainee.supervisingWorkerName ?? 'No supervising social worker',
    ]),
  };
}

function courseFigures(course: CourseFacts, carers: CarerStanding[]): CourseFigures {
  const standings = carers
    .filter((carer) => isRequiredOf(course, carer.trainee))
    .map((carer) => carer.standings.find((standing) => standing.courseId === course.id))
    .filter((standing): standing is CourseStanding => standing !== undefined);
  const current = standings.filter(
    (standing) => standing.lastCompletedOn !== null && standing.status !== 'overdue',
  ).length;
  return {
    courseId: course.id,
    title: course.title,
    required: standings.length,
    current,
    overdue: standings.filter((standing) => standing.status === 'overdue').length,
    share: percent(current, standings.length),
  };
}

function groupFigures(
  carers: CarerStanding[],
  keyOf: (trainee: Trainee) => [string | null, string],
): GroupFigures[] {
  const groups = new Map<string, { id: string | null; name: string; members: CarerStanding[] }>();
  for (const carer of carers) {
    const [id, name] = keyOf(carer.trainee);
    const key = id ?? '';
    const group = groups.get(key) ?? { id, name, members: [] };
    group.members.push(carer);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => figuresOf(group.id, group.name, group.members))
    .sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : a.name.localeCompare(b.name)));
}

function figuresOf(id: string | null, name: string, carers: CarerStanding[]): GroupFigures {
  const upToDate = carers.filter((carer) => carer.isUpToDate).length;
  return {
    id,
    name,
    carers: carers.length,
    upToDate,
    share: percent(upToDate, carers.length),
    overdueCourses: carers.reduce((sum, carer) => sum + carer.overdueCount, 0),
    tsdsOverdue: carers.filter((carer) => carer.tsds.status === 'overdue').length,
  };
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
