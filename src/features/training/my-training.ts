// "Your training", the carer's own page: catch-ups offered, the courses they need with the
// nearest sessions to book, their places and waiting-list positions, what they have been to, and
// their calendar feed.
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import * as bookings from './booking-store.ts';
import type { CarerBooking, SessionDetails } from './booking-store.ts';
import { isLateCancellation } from './bookings.ts';
import { findOpenOffersOfCarer } from './catch-up-store.ts';
import { findCompletionsOf } from './completions.ts';
import { findFeedToken } from './feed-store.ts';
import { kmBetween, nearestFirst, type Spot } from './nearness.ts';
import { courseStandings, type CourseStanding } from './requirements.ts';
import { findCourses } from './store.ts';
import { findTraineeByUser, type Trainee } from './trainees.ts';

/** A session offered to a carer, with how far it is from home when that is known. */
export type NearbySession = SessionDetails & { km: number | null };

/** A course the carer needs, with their place on it or the nearest sessions to book. */
export type CourseNeed = {
  standing: CourseStanding;
  isOnlineOnly: boolean;
  booking: CarerBooking | null;
  sessions: NearbySession[];
};

/** One of the carer's upcoming places (or places in a queue). */
export type UpcomingPlace = {
  booking: CarerBooking;
  position: number | null;
  isLate: boolean;
};

const SESSIONS_PER_COURSE = 3;
const NEEDED = new Set(['overdue', 'due_soon', 'due']);

const withKm = (home: Spot, session: SessionDetails): NearbySession => ({
  ...session,
  km: kmBetween(home, session),
});

/** The signed-in carer who is reading their own training. */
export async function findMe(ctx: Ctx): Promise<{ trainee: Trainee; userId: string }> {
  const { actor } = await authorize(ctx, 'training.take_part');
  const trainee = await findTraineeByUser(ctx.db, actor.userId);
  if (!trainee) throw new NotFound();
  return { trainee, userId: actor.userId };
}

/** Everything on "Your training" for the signed-in carer; reading it is audited. */
export async function readMyTraining(ctx: Ctx) {
  const { trainee, userId } = await findMe(ctx);
  const { timeZone } = await getAgencySettings(ctx.db);
  const held = await bookings.findBookingsOfCarer(ctx.db, trainee.id);
  const upcoming = held.filter((booking) => booking.session.startsAt > ctx.now);
  const current = upcoming.filter((b) => b.status === 'booked' || b.status === 'waiting');
  const result = {
    trainee,
    catchUps: await catchUpsFor(ctx, trainee, current),
    needs: await needsOf(ctx, trainee, current, todayIn(timeZone, ctx.now)),
    upcoming: await placesOf(ctx, current),
    past: held.filter(
      (booking) => booking.session.startsAt <= ctx.now && bookings.holdsPlace(booking.status),
    ),
    feedToken: await findFeedToken(ctx.db, userId),
  };
  await recordAudit(ctx, {
    action: 'training.read_record',
    recordType: 'carer',
    recordId: trainee.id,
  });
  return result;
}

async function catchUpsFor(ctx: Ctx, trainee: Trainee, current: CarerBooking[]) {
  const offers = await findOpenOffersOfCarer(ctx.db, trainee.id);
  const result = [];
  for (const offer of offers) {
    const session = offer.offeredSessionId
      ? await bookings.findSessionDetails(ctx.db, offer.offeredSessionId)
      : undefined;
    const isBookable = !!session && session.startsAt > ctx.now;
    result.push({
      ...offer,
      session: isBookable ? withKm(trainee, session) : null,
      isAlreadyOn: current.some((booking) => booking.sessionId === offer.offeredSessionId),
    });
  }
  return result;
}

async function needsOf(
  ctx: Ctx,
  trainee: Trainee,
  current: CarerBooking[],
  today: string,
): Promise<CourseNeed[]> {
  const courses = await findCourses(ctx.db);
  const completions = await findCompletionsOf(ctx.db, [trainee.id]);
  const standings = courseStandings(trainee, courses, completions, today, ENGLAND);
  const needs: CourseNeed[] = [];
  for (const standing of standings.filter((each) => NEEDED.has(each.status))) {
    const course = courses.find((each) => each.id === standing.courseId)!;
    const booking =
      current
        .filter((each) => each.session.courseId === course.id)
        .sort((a, b) => Number(a.status === 'waiting') - Number(b.status === 'waiting'))[0] ?? null;
    const sessions =
      course.deliveryMode === 'e_learning' || booking?.status === 'booked'
        ? []
        : await nearestSessions(ctx, trainee, course.id, booking?.sessionId ?? null);
    needs.push({
      standing,
      isOnlineOnly: course.deliveryMode === 'e_learning',
      booking,
      sessions,
    });
  }
  return needs;
}

/** The sessions of a course still to come, nearest the carer's home first. */
export async function nearestSessions(
  ctx: Ctx,
  home: Spot,
  courseId: string,
  excludeSessionId: string | null = null,
  limit = SESSIONS_PER_COURSE,
): Promise<NearbySession[]> {
  const sessions = await bookings.findUpcomingSessionsOfCourse(ctx.db, courseId, ctx.now);
  return nearestFirst(
    home,
    sessions.filter((session) => session.id !== excludeSessionId),
    (session) => session,
  )
    .slice(0, limit)
    .map((session) => withKm(home, session));
}

async function placesOf(ctx: Ctx, current: CarerBooking[]): Promise<UpcomingPlace[]> {
  const places: UpcomingPlace[] = [];
  for (const booking of [...current].reverse()) {
    places.push({
      booking,
      position:
        booking.status === 'waiting' ? await bookings.waitingPosition(ctx.db, booking.id) : null,
      isLate: booking.status === 'booked' && isLateCancellation(booking.session.startsAt, ctx.now),
    });
  }
  return places;
}
