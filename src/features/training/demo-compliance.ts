// The demo agency's training history: courses its carers completed before today and the
// standards their supervising social workers signed off, so the records, the carers list and the
// compliance page have a realistic mix. Most carers are up to date; some are late with their
// safeguarding refresher; carers approved in the last year (18 months for kinship carers) are part
// way through the standards, and a few approved in the year before are late with the last one;
// the carer@ household keeps one shared workbook. Deterministic: the same households always get
// the same history, counted back from the day the demo is loaded.
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import { trainingCompletions, tsdsSignoffs } from '../../core/db/tables.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { updateSharedWorkbook } from './record-store.ts';
import { isRequiredOf, tsdsDeadline, type CourseFacts } from './requirements.ts';
import { findCourses } from './store.ts';
import { findActiveTrainees, findTrainingCoordinatorId } from './trainees.ts';

type DemoHome = {
  id: string;
  careKind: 'foster' | 'kinship';
  approvedOn: string;
  workerId: string | null;
  carerIds: string[];
  isCarerAtSignIn: boolean;
};

type Plan = {
  today: DateTime;
  courses: CourseFacts[];
  recordedBy: string | null;
};

const EVIDENCE: Record<number, string> = {
  1: 'Workbook section 1, and our talk about hearing the child’s views',
  2: 'Workbook section 2; clear daily records and took part in the child’s review',
  3: 'Home safety check and workbook section 3',
  4: 'Saw a calm family time handover; workbook section 4',
  5: 'Workbook section 5 and the child’s development plan discussed at supervision',
  6: 'Safeguarding course, and the safer caring plan reviewed together',
  7: 'Personal development plan agreed at supervision',
};

/** Loads past completions and sign-offs for the demo carers; run after the demo courses exist. */
export async function seedDemoCompliance(ctx: Ctx): Promise<void> {
  const { timeZone } = await getAgencySettings(ctx.db);
  const plan: Plan = {
    today: DateTime.fromISO(todayIn(timeZone, ctx.now)),
    courses: await findCourses(ctx.db),
    recordedBy: await findTrainingCoordinatorId(ctx.db),
  };
  const homes = await findDemoHomes(ctx);
  const completions: (typeof trainingCompletions.$inferInsert)[] = [];
  const signOffs: (typeof tsdsSignoffs.$inferInsert)[] = [];
  for (const [index, home] of homes.entries()) {
    const history = historyOf(home, index, plan);
    for (const carerId of home.carerIds) {
      for (const { courseId, completedOn } of history.completions) {
        completions.push({
          carerId,
          courseId,
          completedOn,
          source: 'recorded',
          recordedBy: plan.recordedBy,
        });
      }
      if (!home.workerId) continue;
      for (const { standard, signedOffOn } of history.signOffs) {
        signOffs.push({
          carerId,
          standard,
          signedOffOn,
          signedOffBy: home.workerId,
          evidence: EVIDENCE[standard] ?? '',
        });
      }
    }
    if (home.isCarerAtSignIn && home.carerIds.length > 1) {
      await updateSharedWorkbook(ctx.db, home.id, true);
    }
  }
  // A few hundred rows a batch keeps each statement well inside the parameter limit.
  for (let start = 0; start < completions.length; start += 500) {
    await ctx.db.insert(trainingCompletions).values(completions.slice(start, start + 500));
  }
  for (let start = 0; start < signOffs.length; start += 500) {
    await ctx.db.insert(tsdsSignoffs).values(signOffs.slice(start, start + 500));
  }
}

// Approved households and those taking a break, in a fixed order, each with its carers.
async function findDemoHomes(ctx: Ctx): Promise<DemoHome[]> {
  const rows = await findActiveTrainees(ctx.db);
  const homes = new Map<string, DemoHome>();
  for (const row of rows) {
    if (!row.approvedOn) continue;
    const home = homes.get(row.householdId) ?? {
      id: row.householdId,
      careKind: row.careKind,
      approvedOn: row.approvedOn,
      workerId: row.supervisingWorkerId,
      carerIds: [],
      isCarerAtSignIn: false,
    };
    home.carerIds.push(row.id);
    if (row.email?.startsWith('carer@')) home.isCarerAtSignIn = true;
    homes.set(row.householdId, home);
  }
  return [...homes.values()];
}

type History = {
  completions: { courseId: string; completedOn: string }[];
  signOffs: { standard: number; signedOffOn: string }[];
};

// One household's history: the carers of a household trained together.
function historyOf(home: DemoHome, index: number, plan: Plan): History {
  const approved = DateTime.fromISO(home.approvedOn);
  const deadline = DateTime.fromISO(tsdsDeadline(home, ENGLAND)!);
  const isNew = deadline > plan.today;
  const required = plan.courses.filter((course) => isRequiredOf(course, home));
  // The preparation course first: it is taken before approval.
  const once = required
    .filter((course) => !course.refresherMonths)
    .sort((a, b) => Number(isPreparation(b)) - Number(isPreparation(a)));
  const refreshed = required.filter((course) => course.refresherMonths);
  // How far through their first year (or 18 months) a new carer is, from 0 to 1.
  const progress = isNew
    ? plan.today.diff(approved, 'days').days / deadline.diff(approved, 'days').days
    : 1;
  const completions: History['completions'] = [];
  const doneOnce = isNew
    ? Math.min(once.length, Math.round(progress * once.length) + 1)
    : once.length;
  for (const [position, course] of once.slice(0, doneOnce).entries()) {
    // The preparation course before approval, the others through the first year.
    const date =
      position === 0
        ? approved.minus({ days: 45 })
        : approved.plus({ days: Math.round((position / once.length) * progress * 330) });
    completions.push({ courseId: course.id, completedOn: iso(date) });
  }
  for (const course of refreshed) {
    for (const date of refresherDates(course.refresherMonths!, approved, index, home, plan)) {
      completions.push({ courseId: course.id, completedOn: iso(date) });
    }
  }
  const optional = plan.courses.filter(
    (course) =>
      !isRequiredOf(course, home) &&
      (course.audience !== 'kinship_carers' || home.careKind === 'kinship'),
  );
  const extra = optional.find((course) => course.audience === 'kinship_carers');
  if (home.careKind === 'kinship' && extra) {
    completions.push({ courseId: extra.id, completedOn: iso(approved.plus({ days: 60 })) });
  } else if (index % 3 === 0 && optional.length > 0 && !isNew) {
    const course = optional[index % optional.length]!;
    completions.push({
      courseId: course.id,
      completedOn: iso(plan.today.minus({ days: 120 + index * 7 })),
    });
  }
  // Some carers whose deadline passed this year still have the last standard to finish.
  const isLate = !isNew && deadline > plan.today.minus({ years: 1 }) && index % 2 === 0;
  const signOffs = signOffsOf(approved, deadline, isNew, progress, plan);
  return { completions, signOffs: isLate ? signOffs.slice(0, -1) : signOffs };
}

// Most carers took their last refresher in good time; every seventh is late, and the carer@
// household (and every seventh other) has theirs due within the next few months.
function refresherDates(
  months: number,
  approved: DateTime,
  index: number,
  home: DemoHome,
  plan: Plan,
): DateTime[] {
  const pattern = home.isCarerAtSignIn
    ? 'due_soon'
    : ['current', 'current', 'current', 'late', 'current', 'due_soon', 'current'][index % 7];
  let last =
    pattern === 'late'
      ? plan.today.minus({ months: months + 2 + (index % 4) })
      : pattern === 'due_soon'
        ? plan.today.minus({ months }).plus({ days: 40 + (index % 5) * 7 })
        : plan.today.minus({ months: 2 + ((index * 5) % Math.max(1, months - 8)) });
  const earliest = approved.plus({ days: 30 });
  // A carer approved since then took it for the first time after approval.
  if (last < earliest) last = earliest > plan.today ? plan.today.minus({ days: 7 }) : earliest;
  const dates = [last];
  for (
    let date = last.minus({ months: months - 1 });
    date >= earliest;
    date = date.minus({ months: months - 1 })
  ) {
    dates.push(date);
  }
  return dates;
}

// Established carers had every standard signed off within their first year; new carers part way.
function signOffsOf(
  approved: DateTime,
  deadline: DateTime,
  isNew: boolean,
  progress: number,
  plan: Plan,
): History['signOffs'] {
  const count = isNew ? Math.min(6, Math.floor(progress * 7)) : 7;
  const last = isNew ? plan.today.minus({ days: 7 }) : deadline.minus({ days: 14 });
  const span = Math.max(1, last.diff(approved, 'days').days);
  return Array.from({ length: count }, (_, position) => ({
    standard: position + 1,
    signedOffOn: iso(approved.plus({ days: Math.round(((position + 1) / (count + 1)) * span) })),
  }));
}

function isPreparation(course: CourseFacts): boolean {
  return /skills to foster/i.test(course.title);
}

function iso(date: DateTime): string {
  return date.toISODate()!;
}
