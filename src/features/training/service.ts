// The training programme as the coordinator runs it: the catalogue, venues, term dates and
// classroom sessions. Every session goes through the one rule in session-rules.ts.
import { DateTime } from 'luxon';
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import type { TSessionInput } from './schemas.ts';
import { offerSessionToWaitingDemand } from './catch-up.ts';
import { checkClassroomSession } from './session-rules.ts';
import * as store from './store.ts';

/** The course catalogue, for everyone who takes or runs training, and whether they run it. */
export async function listCourses(ctx: Ctx) {
  const { actor } = await authorize(ctx, 'training.read');
  return {
    courses: await store.findCourses(ctx.db),
    canManage: can(actor, 'training.manage').allowed,
  };
}

/** Sessions not yet over, soonest first within each area. */
export async function listUpcomingSessions(ctx: Ctx) {
  await authorize(ctx, 'training.manage');
  return store.findUpcomingSessions(ctx.db, ctx.now);
}

/** Each area's school terms, half-terms and inset days. */
export async function listTermCalendars(ctx: Ctx): Promise<store.AreaTerms[]> {
  await authorize(ctx, 'training.manage');
  return store.findAreaCalendars(ctx.db);
}

/** What the new-session form offers: classroom courses, venues and trainers. */
export async function startSessionForm(ctx: Ctx) {
  await authorize(ctx, 'training.manage');
  const courses = await store.findCourses(ctx.db);
  const venues = await store.findVenues(ctx.db);
  const trainers = await store.findTrainers(ctx.db);
  return {
    courses: courses.filter((course) => course.deliveryMode !== 'e_learning'),
    venues,
    trainers,
  };
}

/**
 * Adds a classroom session; throws Invalid naming each field that keeps it from running then
 * (outside term, in half-term, outside 10am to 2pm, more places than the venue holds).
 */
export async function createClassroomSession(ctx: Ctx, input: TSessionInput): Promise<string> {
  const { actor } = await authorize(ctx, 'training.manage');
  const { courses, venues, trainers } = await startSessionForm(ctx);
  const errors: FieldErrors = {};
  const course = courses.find((each) => each.id === input.courseId);
  const venue = venues.find((each) => each.id === input.venueId);
  if (!course) errors.courseId = 'Choose one of the classroom courses';
  if (!venue) errors.venueId = 'Choose one of the venues';
  if (input.trainerId && !trainers.some((each) => each.id === input.trainerId)) {
    errors.trainerId = 'Choose one of the trainers';
  }
  if (venue && input.capacity > venue.capacity) {
    errors.capacity = `${venue.name} holds ${venue.capacity} people; enter ${venue.capacity} places or fewer`;
  }
  const { timeZone } = await getAgencySettings(ctx.db);
  const startsAt = wallClock(input.date, input.startTime, timeZone);
  const endsAt = wallClock(input.date, input.endTime, timeZone);
  if (!startsAt || !endsAt) {
    errors.date = 'Enter a real date, like 2026-11-10';
  } else if (venue) {
    const calendars = await store.findAreaCalendars(ctx.db);
    const area = calendars.find((each) => each.id === venue.areaId)!;
    const check = checkClassroomSession({ startsAt, endsAt, timeZone, area });
    if (!check.ok) {
      for (const problem of check.problems) {
        errors[problem.field] = errors[problem.field]
          ? `${errors[problem.field]}; ${problem.reason}`
          : problem.reason;
      }
    }
  }
  if (Object.keys(errors).length > 0 || !startsAt || !endsAt) throw new Invalid(errors);
  return inTransaction(ctx, async (tx) => {
    const id = await store.insertSession(tx.db, {
      courseId: input.courseId,
      venueId: input.venueId,
      startsAt,
      endsAt,
      trainerId: input.trainerId || null,
      capacity: input.capacity,
      isCatchUp: input.isCatchUp === 'yes',
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      action: 'training.session_created',
      recordType: 'training_session',
      recordId: id,
      fields: ['courseId', 'venueId', 'startsAt', 'endsAt', 'trainerId', 'capacity', 'isCatchUp'],
    });
    // Carers waiting for a catch-up of this course are offered it at once.
    await offerSessionToWaitingDemand(tx, id);
    return id;
  });
}

/** The instant a civil date and a 24-hour time stand for on the agency's clock, or null. */
export function wallClock(date: string, time: string, timeZone: string): Date | null {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });
  return local.isValid ? local.toJSDate() : null;
}
