// The SQL of a child's plan for going home: the plan, its goals and steps, its reviews and
// check-ins, and the workers who may support a family afterwards.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  households,
  reunificationCheckins as checkins,
  reunificationPlans as plans,
  reunificationSteps as steps,
  users,
  type HowItIs,
  type StepStatus,
  type StepWho,
} from '../../core/db/tables.ts';

export type PlanRow = typeof plans.$inferSelect;
export type StepRow = typeof steps.$inferSelect;

/** A review or check-in, with the name and role of whoever recorded it. */
export type MeetingRow = typeof checkins.$inferSelect & {
  recorderName: string | null;
  recorderRole: string | null;
};

/** A child's plan, if there is one. */
export async function findPlan(db: Db, childId: string): Promise<PlanRow | null> {
  const [row] = await db.select().from(plans).where(eq(plans.childId, childId));
  return row ?? null;
}

/** The plan's goals and steps in their order. */
export async function findSteps(db: Db, childId: string): Promise<StepRow[]> {
  return db
    .select()
    .from(steps)
    .where(eq(steps.childId, childId))
    .orderBy(asc(steps.position), asc(steps.updatedAt), asc(steps.id));
}

/** One goal or step of a child's plan. */
export async function findStep(db: Db, childId: string, stepId: string): Promise<StepRow | null> {
  const [row] = await db
    .select()
    .from(steps)
    .where(and(eq(steps.childId, childId), eq(steps.id, stepId)));
  return row ?? null;
}

/** The plan's reviews and check-ins, the latest first. */
export async function findMeetings(db: Db, childId: string): Promise<MeetingRow[]> {
  const rows = await db
    .select({ meeting: checkins, recorderName: users.name, recorderRole: users.role })
    .from(checkins)
    .leftJoin(users, eq(users.id, checkins.recordedBy))
    .where(eq(checkins.childId, childId))
    .orderBy(desc(checkins.heldOn), desc(checkins.createdAt));
  return rows.map((row) => ({
    ...row.meeting,
    recorderName: row.recorderName,
    recorderRole: row.recorderRole,
  }));
}

/** Writes the plan's own words and dates, starting the plan when there is none. */
export async function savePlanRow(
  db: Db,
  plan: {
    childId: string;
    aim: string;
    supportOffered: string;
    targetOn: string | null;
    nextReviewOn: string | null;
    by: string;
    at: Date;
  },
): Promise<void> {
  const values = {
    aim: plan.aim,
    supportOffered: plan.supportOffered,
    targetOn: plan.targetOn,
    nextReviewOn: plan.nextReviewOn,
    updatedBy: plan.by,
    updatedAt: plan.at,
  };
  await db
    .insert(plans)
    .values({ childId: plan.childId, ...values })
    .onConflictDoUpdate({ target: plans.childId, set: values });
}

/** A goal or step as the forms write it. */
export type StepValues = {
  kind: 'goal' | 'step';
  title: string;
  detail: string;
  who: StepWho;
  dueOn: string | null;
  status: StepStatus;
  progress: string;
  position: number;
};

/** Adds a goal or step to a plan; returns its id. */
export async function insertStep(
  db: Db,
  childId: string,
  step: StepValues & { by: string; at: Date },
): Promise<string> {
  const { by, at, ...values } = step;
  const [row] = await db
    .insert(steps)
    .values({ childId, ...values, updatedBy: by, updatedAt: at })
    .returning({ id: steps.id });
  return row!.id;
}

/** Changes a goal or step. */
export async function updateStep(
  db: Db,
  childId: string,
  stepId: string,
  step: StepValues & { by: string; at: Date },
): Promise<void> {
  const { by, at, ...values } = step;
  await db
    .update(steps)
    .set({ ...values, updatedBy: by, updatedAt: at })
    .where(and(eq(steps.childId, childId), eq(steps.id, stepId)));
}

/** Records a review or check-in. */
export async function insertMeeting(
  db: Db,
  meeting: {
    childId: string;
    kind: 'review' | 'check_in';
    heldOn: string;
    howItIs: HowItIs;
    forFamily: string;
    staffNotes: string;
    nextOn: string | null;
    by: string;
    at: Date;
  },
): Promise<void> {
  const { by, at, ...values } = meeting;
  await db.insert(checkins).values({ ...values, recordedBy: by, createdAt: at });
}

/** Moves the plan's next review to a new date. */
export async function setNextReview(
  db: Db,
  childId: string,
  change: { nextReviewOn: string; by: string; at: Date },
): Promise<void> {
  await db
    .update(plans)
    .set({ nextReviewOn: change.nextReviewOn, updatedBy: change.by, updatedAt: change.at })
    .where(eq(plans.childId, childId));
}

/** Records that the child went home and who supports the family until when. */
export async function markWentHome(
  db: Db,
  childId: string,
  home: {
    wentHomeOn: string;
    supportEndsOn: string;
    supportWorkerId: string;
    by: string;
    at: Date;
  },
): Promise<void> {
  await db
    .update(plans)
    .set({
      status: 'home',
      wentHomeOn: home.wentHomeOn,
      supportEndsOn: home.supportEndsOn,
      supportWorkerId: home.supportWorkerId,
      updatedBy: home.by,
      updatedAt: home.at,
    })
    .where(eq(plans.childId, childId));
}

/** Ends the support after the child went home. */
export async function markClosed(
  db: Db,
  childId: string,
  change: { by: string; at: Date },
): Promise<void> {
  await db
    .update(plans)
    .set({ status: 'closed', updatedBy: change.by, updatedAt: change.at })
    .where(eq(plans.childId, childId));
}

/** A worker who may support a family. */
export type Worker = { id: string; name: string };

/** The supervising social workers with active accounts, by name. */
export async function findSupportWorkers(db: Db): Promise<Worker[]> {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.role, 'supervising_social_worker'), eq(users.isActive, true)))
    .orderBy(asc(users.name), asc(users.id));
}

/** The supervising social worker of a household, if one is allocated. */
export async function findHomeWorkerId(db: Db, householdId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: households.supervisingWorkerId })
    .from(households)
    .where(eq(households.id, householdId));
  return row?.id ?? null;
}

/** A person's name and role, for naming them on a page. */
export async function findPerson(
  db: Db,
  userId: string,
): Promise<{ name: string; role: string } | null> {
  const [row] = await db
    .select({ name: users.name, role: users.role })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

/** The latest review's date, if any: an older review recorded late does not move the next one. */
export async function findLatestReviewOn(db: Db, childId: string): Promise<string | null> {
  const [row] = await db
    .select({ heldOn: sql<string | null>`max(${checkins.heldOn})::text` })
    .from(checkins)
    .where(and(eq(checkins.childId, childId), eq(checkins.kind, 'review')));
  return row?.heldOn ?? null;
}
