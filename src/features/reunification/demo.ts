// The demo's plans for going home: Mia Price (living with carer@'s family, supervised by worker@)
// working towards going home to her mum Dani (parent@), and a child who went home seven weeks ago
// whose family Hannah Kowalski (worker@) supports, with the next check-in due in a week.
// Deterministic for a moment; people are found by name and email.
import {
  and,
  desc,
  eq,
  isNotNull,
  isNull,
  like,
  notExists,
  notInArray,
  or,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { children, households, placements, users } from '../../core/db/tables.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import {
  homePlanFor,
  MIA_PLAN,
  MIA_REVIEWS,
  MIA_STEPS,
  WENT_HOME_DAYS_AGO,
  type DemoMeeting,
  type DemoStep,
} from './demo-words.ts';
import { supportEndsOn } from './rules.ts';
import * as store from './store.ts';

const HOUR_MS = 60 * 60 * 1000;

/** Writes the demo's two plans; run once, after the demo's people, homes and placements exist. */
export async function seedDemoReunification(ctx: Ctx): Promise<void> {
  const today = await agencyToday(ctx.db, ctx.now);
  const [worker] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(like(users.email, 'worker@%'))
    .limit(1);
  if (!worker) return;
  await seedMiaPlan(ctx, worker.id, today);
  await seedFamilyAtHome(ctx, worker.id, today);
}

const dayFrom = (today: string, days: number) =>
  DateTime.fromISO(today).plus({ days }).toISODate()!;

async function seedMiaPlan(ctx: Ctx, workerId: string, today: string): Promise<void> {
  const [mia] = await ctx.db
    .select({ id: children.id, startedOn: placements.startedOn })
    .from(children)
    .innerJoin(placements, eq(placements.childId, children.id))
    .where(
      and(
        eq(children.firstName, 'Mia'),
        eq(children.lastName, 'Price'),
        isNull(placements.endedOn),
      ),
    )
    .limit(1);
  if (!mia) return;
  await store.savePlanRow(ctx.db, {
    childId: mia.id,
    aim: MIA_PLAN.aim,
    supportOffered: MIA_PLAN.supportOffered,
    targetOn: dayFrom(today, MIA_PLAN.targetInDays),
    nextReviewOn: dayFrom(today, MIA_PLAN.nextReviewInDays),
    by: workerId,
    at: ctx.now,
  });
  await insertSteps(ctx, mia.id, MIA_STEPS, workerId, today);
  // Reviews from before Mia came to this home would not make sense; the demo keeps after it.
  const reviews = MIA_REVIEWS.filter((review) => dayFrom(today, -review.daysAgo) >= mia.startedOn);
  await insertMeetings(ctx, mia.id, 'review', reviews, workerId, today);
}

async function seedFamilyAtHome(ctx: Ctx, workerId: string, today: string): Promise<void> {
  const child = await findChildGoneHome(ctx.db, workerId);
  if (!child) return;
  const wentHomeOn = dayFrom(today, -WENT_HOME_DAYS_AGO);
  // The child's last placement ends the day they went home, so the record and the plan agree.
  if (child.startedOn < wentHomeOn) {
    await ctx.db
      .update(placements)
      .set({ endedOn: wentHomeOn })
      .where(eq(placements.id, child.placementId));
  }
  const plan = homePlanFor(child.name);
  await store.savePlanRow(ctx.db, {
    childId: child.id,
    aim: plan.aim,
    supportOffered: plan.supportOffered,
    targetOn: null,
    nextReviewOn: null,
    by: workerId,
    at: ctx.now,
  });
  await store.markWentHome(ctx.db, child.id, {
    wentHomeOn,
    supportEndsOn: supportEndsOn(wentHomeOn),
    supportWorkerId: workerId,
    by: workerId,
    at: ctx.now,
  });
  await insertSteps(ctx, child.id, plan.steps, workerId, today);
  await insertMeetings(ctx, child.id, 'check_in', plan.checkIns, workerId, today);
}

type GoneHome = { id: string; name: string; placementId: string; startedOn: string };

// A child who went home from one of the agency's homes and lives in none of them now: the most
// recent return home, or failing that the latest ending in a home the worker supervises (not an
// adoption, a guardianship order or turning 18).
async function findChildGoneHome(db: Db, workerId: string): Promise<GoneHome | null> {
  const current = alias(placements, 'current');
  const noHomeNow = notExists(
    db
      .select({ one: sql`1` })
      .from(current)
      .where(and(eq(current.childId, children.id), isNull(current.endedOn))),
  );
  const columns = {
    id: children.id,
    firstName: children.firstName,
    preferredName: children.preferredName,
    placementId: placements.id,
    startedOn: placements.startedOn,
  };
  const [returned] = await db
    .select(columns)
    .from(placements)
    .innerJoin(children, eq(children.id, placements.childId))
    .where(
      and(eq(placements.endReasonKind, 'return_home'), isNotNull(placements.endedOn), noHomeNow),
    )
    .orderBy(desc(placements.endedOn), desc(placements.id))
    .limit(1);
  const [ended] = returned
    ? [returned]
    : await db
        .select(columns)
        .from(placements)
        .innerJoin(children, eq(children.id, placements.childId))
        .innerJoin(households, eq(households.id, placements.householdId))
        .where(
          and(
            eq(households.supervisingWorkerId, workerId),
            isNotNull(placements.endedOn),
            noHomeNow,
            // Nobody goes home after an adoption, a guardianship order or turning 18.
            or(
              isNull(placements.endReasonKind),
              notInArray(placements.endReasonKind, [
                'adoption',
                'special_guardianship',
                'turned_18',
              ]),
            ),
          ),
        )
        .orderBy(desc(placements.endedOn), desc(placements.id))
        .limit(1);
  if (!ended) return null;
  return {
    id: ended.id,
    name: ended.preferredName ?? ended.firstName,
    placementId: ended.placementId,
    startedOn: ended.startedOn,
  };
}

async function insertSteps(
  ctx: Ctx,
  childId: string,
  steps: readonly DemoStep[],
  workerId: string,
  today: string,
): Promise<void> {
  for (const [index, step] of steps.entries()) {
    await store.insertStep(ctx.db, childId, {
      kind: step.kind,
      title: step.title,
      detail: step.detail ?? '',
      who: step.who,
      dueOn: step.dueInDays === undefined ? null : dayFrom(today, step.dueInDays),
      status: step.status,
      progress: step.progress ?? '',
      position: (index + 1) * 10,
      by: workerId,
      at: ctx.now,
    });
  }
}

async function insertMeetings(
  ctx: Ctx,
  childId: string,
  kind: 'review' | 'check_in',
  meetings: readonly DemoMeeting[],
  workerId: string,
  today: string,
): Promise<void> {
  for (const meeting of meetings) {
    const heldOn = dayFrom(today, -meeting.daysAgo);
    await store.insertMeeting(ctx.db, {
      childId,
      kind,
      heldOn,
      howItIs: meeting.howItIs,
      forFamily: meeting.forFamily,
      staffNotes: meeting.staffNotes,
      nextOn: dayFrom(today, meeting.nextInDays),
      by: workerId,
      // Written up the afternoon of the meeting.
      at: new Date(DateTime.fromISO(heldOn).toJSDate().getTime() + 16 * HOUR_MS),
    });
  }
}
