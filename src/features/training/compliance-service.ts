// The carers' training across a caseload or the whole agency: the carers list, the compliance
// figures and their CSV, and the counts on home pages. Each reads the carers in scope, then their
// completions and sign-offs in one query each, and works out the rest in memory.
import { DateTime } from 'luxon';
import type { Actor } from '../../core/access/actor.ts';
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import { isCarer } from '../../core/access/roles.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { toCsv, type CsvValue } from '../../core/csv.ts';
import type { Db } from '../../core/db/connect.ts';
import { NotFound } from '../../core/errors.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import {
  complianceFigures,
  hasStatus,
  summariseCarers,
  type CarerStanding,
  type ComplianceFigures,
} from './compliance-figures.ts';
import * as store from './compliance-store.ts';
import { CARERS_PER_PAGE, type TCarerListQuery } from './record-schemas.ts';
import { isRequiredOf } from './requirements.ts';
import { findCourses } from './store.ts';
import { findTraineeByUser, traineeName } from './trainees.ts';
import { careKindWords, standingWords, tsdsStatusWords } from './views/record-words.ts';

/** The carers in scope (narrowed by the filter) with where each stands, from a few queries. */
async function standingsInScope(
  db: Db,
  actor: Actor,
  today: string,
  filter: store.CarerFilter = {},
): Promise<{ carers: CarerStanding[]; courses: Awaited<ReturnType<typeof findCourses>> }> {
  const trainees = await store.findActiveTraineesInScope(db, actor, filter);
  const completions = await store.findCompletionsInScope(db, actor, filter);
  const signOffs = await store.findSignOffsInScope(db, actor, filter);
  const courses = await findCourses(db);
  return {
    carers: summariseCarers(trainees, courses, completions, signOffs, today, ENGLAND),
    courses,
  };
}

async function todayFor(db: Db, now: Date): Promise<string> {
  const { timeZone } = await getAgencySettings(db);
  return todayIn(timeZone, now);
}

/** One page of the carers list, or the carer's own record for a carer. */
export type CarerList =
  | { kind: 'own'; carerId: string }
  | {
      kind: 'list';
      carers: CarerStanding[];
      total: number;
      page: number;
      pageCount: number;
      today: string;
      areas: { id: string; name: string }[];
      workers: { id: string; name: string }[];
      isWorkerFilterShown: boolean;
      canReport: boolean;
    };

/** The carers the actor works with and where each stands, filtered and a page at a time. */
export async function listCarers(ctx: Ctx, query: TCarerListQuery): Promise<CarerList> {
  const { actor } = await authorize(ctx, 'training.read');
  if (isCarer(actor.role)) {
    const own = await findTraineeByUser(ctx.db, actor.userId);
    if (!own) throw new NotFound();
    return { kind: 'own', carerId: own.id };
  }
  const today = await todayFor(ctx.db, ctx.now);
  return inTransaction(ctx, async (tx) => {
    const { carers } = await standingsInScope(tx.db, actor, today, {
      areaId: query.area,
      workerId: query.worker,
    });
    const chosen = query.status
      ? carers.filter((carer) => hasStatus(carer, query.status!))
      : carers;
    const pageCount = Math.max(1, Math.ceil(chosen.length / CARERS_PER_PAGE));
    const page = Math.min(query.page, pageCount);
    await recordAudit(tx, {
      action: 'training.read',
      recordType: 'carer',
      recordId: null,
      fields: ['caseload'],
    });
    return {
      kind: 'list',
      carers: chosen.slice((page - 1) * CARERS_PER_PAGE, page * CARERS_PER_PAGE),
      total: chosen.length,
      page,
      pageCount,
      today,
      areas: await store.findAreaChoices(tx.db),
      workers: await store.findWorkerChoices(tx.db),
      // A supervising social worker's list is their own caseload already.
      isWorkerFilterShown: actor.role !== 'supervising_social_worker',
      canReport: can(actor, 'training.report').allowed,
    };
  });
}

/** The agency's compliance figures, by area, by mandatory course and by worker. */
export async function getCompliance(
  ctx: Ctx,
): Promise<{ figures: ComplianceFigures; today: string; dueSoonUntil: string }> {
  const { actor } = await authorize(ctx, 'training.report');
  const today = await todayFor(ctx.db, ctx.now);
  return inTransaction(ctx, async (tx) => {
    const { carers, courses } = await standingsInScope(tx.db, actor, today);
    return {
      figures: complianceFigures(carers, courses),
      today,
      dueSoonUntil: dueSoonUntil(today),
    };
  });
}

const CSV_HEADINGS = [
  'Carer',
  'Household',
  'Area',
  'Supervising social worker',
  'Kind of care',
  'Approved on',
  'Course',
  'Status',
  'Due on',
  'Last completed on',
  'Standards deadline',
  'Standards status',
  'Standards signed off',
];

/**
 * One row per carer per required course with its status and date, and the standards beside it.
 * The export takes people's names out of Kinfold, so it is audited.
 */
export async function exportComplianceCsv(ctx: Ctx): Promise<{ csv: string; today: string }> {
  const { actor } = await authorize(ctx, 'training.report');
  const today = await todayFor(ctx.db, ctx.now);
  return inTransaction(ctx, async (tx) => {
    const { carers, courses } = await standingsInScope(tx.db, actor, today);
    await recordAudit(tx, {
      action: 'training.report',
      recordType: 'carer',
      recordId: null,
      fields: ['compliance.csv'],
    });
    const rows = carers.flatMap((carer) => csvRowsOf(carer, courses));
    return { csv: toCsv(CSV_HEADINGS, rows), today };
  });
}

function csvRowsOf(carer: CarerStanding, courses: Awaited<ReturnType<typeof findCourses>>) {
  const { trainee, tsds } = carer;
  const about: CsvValue[] = [
    traineeName(trainee),
    trainee.householdName,
    trainee.areaName,
    trainee.supervisingWorkerName,
    careKindWords(trainee.careKind),
    trainee.approvedOn,
  ];
  const standards: CsvValue[] = [
    tsds.deadline,
    tsdsStatusWords(tsds.status).label,
    `${tsds.signedOff.length} of 7`,
  ];
  const required = carer.standings.filter((standing) => {
    const course = courses.find((each) => each.id === standing.courseId);
    return course !== undefined && isRequiredOf(course, trainee);
  });
  if (required.length === 0) return [[...about, null, null, null, null, ...standards]];
  return required.map((standing) => [
    ...about,
    standing.title,
    standingWords(standing.status).label,
    standing.dueOn,
    standing.lastCompletedOn,
    ...standards,
  ]);
}

/** The export's file name, with the day it was made. */
export function complianceFileName(today: string): string {
  return `training-compliance-${today}.csv`;
}

/** What a home page says of training: counts for the carers the actor may see. */
export type TrainingSummary = {
  carers: number;
  carersWithOverdue: number;
  overdueCourses: number;
  tsdsOverdue: number;
  /** Carers whose standards are due within the next 90 days and not yet done. */
  tsdsDueSoon: number;
};

/**
 * Counts for a home page (a supervising social worker's caseload, the coordinator's agency):
 * overdue courses and the standards' deadlines in the next 90 days, for the actor's scope.
 */
export async function summariseTrainingFor(
  db: Db,
  actor: Actor,
  now: Date,
): Promise<TrainingSummary> {
  const today = await todayFor(db, now);
  const { carers } = await standingsInScope(db, actor, today);
  return {
    carers: carers.length,
    carersWithOverdue: carers.filter((carer) => carer.overdueCount > 0).length,
    overdueCourses: carers.reduce((sum, carer) => sum + carer.overdueCount, 0),
    tsdsOverdue: carers.filter((carer) => carer.tsds.status === 'overdue').length,
    tsdsDueSoon: carers.filter((carer) => carer.isTsdsDueSoon).length,
  };
}

// The last day of "due in the next 90 days".
function dueSoonUntil(today: string): string {
  return DateTime.fromISO(today).plus({ days: ENGLAND.training.dueSoon.days }).toISODate()!;
}
