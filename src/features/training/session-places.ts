// Who has a place where: a course's sessions to book (nearest first for a carer), one session's
// booked list and waiting list for the staff running it, and the catch-ups nobody can offer yet.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { scope } from '../../core/access/scope.ts';
import type { Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import * as bookings from './booking-store.ts';
import { findUnmetDemand } from './catch-up-store.ts';
import { nearestSessions, type NearbySession } from './my-training.ts';
import { findCourses, findVenues } from './store.ts';
import {
  findTraineeByUser,
  findTraineesInScope,
  findTraineesOfHousehold,
  type Trainee,
} from './trainees.ts';

/** A course's sessions still to come; for a carer, nearest first, with their household's places. */
export async function listCourseSessions(ctx: Ctx, courseId: string) {
  const { actor } = await authorize(ctx, 'training.read');
  const course = (await findCourses(ctx.db)).find((each) => each.id === courseId);
  if (!course) throw new NotFound();
  const trainee = can(actor, 'training.take_part').allowed
    ? await findTraineeByUser(ctx.db, actor.userId)
    : undefined;
  const sessions: NearbySession[] = trainee
    ? await nearestSessions(ctx, trainee, courseId, null, Number.MAX_SAFE_INTEGER)
    : (await bookings.findUpcomingSessionsOfCourse(ctx.db, courseId, ctx.now)).map((session) => ({
        ...session,
        km: null,
      }));
  // The carer first, then anyone they share a home with (one may book for both).
  const household: Trainee[] = trainee
    ? (await findTraineesOfHousehold(ctx.db, trainee.householdId)).sort(
        (a, b) => Number(b.id === trainee.id) - Number(a.id === trainee.id),
      )
    : [];
  const held = trainee ? await heldBy(ctx, household) : new Map<string, string>();
  return {
    course,
    sessions,
    me: trainee ?? null,
    household,
    /** The household's current bookings: "sessionId carerId" to the booking's status. */
    held,
    canManage: can(actor, 'training.manage').allowed,
  };
}

async function heldBy(ctx: Ctx, household: Trainee[]): Promise<Map<string, string>> {
  const held = new Map<string, string>();
  for (const carer of household) {
    for (const booking of await bookings.findBookingsOfCarer(ctx.db, carer.id)) {
      if (booking.status !== 'cancelled')
        held.set(`${booking.sessionId} ${carer.id}`, booking.status);
    }
  }
  return held;
}

/** One session for the staff running it: the places, the waiting list, and carers to book. */
export async function readSessionPlaces(ctx: Ctx, sessionId: string) {
  const session = await bookings.findSessionDetails(ctx.db, sessionId);
  if (!session) throw new NotFound();
  const { actor } = await authorize(ctx, 'training.take_register', {
    kind: 'training_session',
    id: session.id,
    trainerId: session.trainerId,
  });
  const list = await bookings.findBookingsOfSession(ctx.db, sessionId);
  const current = new Set(list.filter((b) => b.status !== 'cancelled').map((b) => b.carerId));
  // The carers' scope is the book rule in SQL (scope.test.ts holds them to agreement).
  const carers = (await findTraineesInScope(ctx.db, actor)).filter(
    (carer) => !current.has(carer.id),
  );
  await recordAudit(ctx, {
    action: 'training.take_register',
    recordType: 'training_session',
    recordId: sessionId,
    fields: ['carers'],
  });
  return {
    session,
    places: list.filter((b) => bookings.holdsPlace(b.status)),
    waiting: list.filter((b) => b.status === 'waiting'),
    cancelled: list.filter((b) => b.status === 'cancelled'),
    carers,
    canBook: session.startsAt > ctx.now,
    canManage: can(actor, 'training.manage').allowed,
  };
}

/** Catch-ups nobody can offer yet, by course and area, with a venue there to hold one. */
export async function listUnmetDemand(ctx: Ctx) {
  const { actor } = await authorize(ctx, 'training.manage');
  const demand = await findUnmetDemand(ctx.db, scope(actor, 'carers'));
  const venues = await findVenues(ctx.db);
  return demand.map((row) => {
    const inArea = venues
      .filter((venue) => venue.areaId === row.areaId)
      .sort((a, b) => b.capacity - a.capacity);
    return { ...row, venueId: inArea[0]?.id ?? null };
  });
}
