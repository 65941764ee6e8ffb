// The demo agency's places on sessions, loaded after its training programme: carers booked on sessions coming up (one session full, with a waiting list), a
// session already held with its register taken (Sam Okafor missed it, and has a catch-up offered)
// and two carers waiting for a catch-up that nobody has arranged yet. Deterministic: the same
// moment always gives the same bookings.
import { asc } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import { trainingSessions } from '../../core/db/tables.ts';
import { getAgencySettings } from '../../core/settings.ts';
import * as bookings from './booking-store.ts';
import type { SessionDetails } from './booking-store.ts';
import { chooseCatchUpSession } from './catch-up.ts';
import { upsertOffer } from './catch-up-store.ts';
import { insertCompletion } from './completions.ts';
import { checkClassroomSession } from './session-rules.ts';
import * as store from './store.ts';
import { findActiveTrainees, findTrainingCoordinatorId, type Trainee } from './trainees.ts';

const MINUTE_MS = 60_000;

type DemoCarer = Trainee;

/** Loads the demo's bookings, register and catch-ups; run once, after `seedDemoTraining`. */
export async function seedDemoBookings(ctx: Ctx): Promise<void> {
  const carers = await findActiveTrainees(ctx.db);
  if (carers.length === 0) return;
  const plan = new Bookings(ctx, await findTrainingCoordinatorId(ctx.db));
  const upcoming = await upcomingSessions(ctx);
  const sam = carers.find((carer) => carer.email?.startsWith('carer@'));
  const grace = carers.find((carer) => carer.email?.startsWith('kinship@'));
  const others = carers.filter((carer) => carer !== sam && carer !== grace);
  await bookUpcoming(plan, upcoming, { sam, grace, others });
  await seedHeldSessions(ctx, plan, { sam, others, upcoming });
}

async function upcomingSessions(ctx: Ctx): Promise<SessionDetails[]> {
  const ids = await ctx.db
    .select({ id: trainingSessions.id })
    .from(trainingSessions)
    .orderBy(asc(trainingSessions.startsAt));
  const sessions: SessionDetails[] = [];
  for (const { id } of ids) {
    const session = await bookings.findSessionDetails(ctx.db, id);
    if (session && session.startsAt > ctx.now) sessions.push(session);
  }
  return sessions;
}

/** Bookings made one after another a minute apart, so the waiting list has a clear order. */
class Bookings {
  private made = 0;
  private readonly taken = new Set<string>();
  constructor(
    private readonly ctx: Ctx,
    readonly coordinatorId: string | null,
  ) {}

  /** Adds a booking unless the carer already has one on the session; returns its id. */
  async add(
    carer: DemoCarer,
    session: Pick<SessionDetails, 'id' | 'startsAt'>,
    status: 'booked' | 'waiting' | 'attended' | 'absent',
  ): Promise<string | null> {
    const key = `${session.id} ${carer.id}`;
    if (this.taken.has(key)) return null;
    this.taken.add(key);
    this.made += 1;
    const createdAt = new Date(
      Math.min(this.ctx.now.getTime(), session.startsAt.getTime() - 3 * 24 * 60 * MINUTE_MS) -
        (500 - this.made) * MINUTE_MS,
    );
    const isMarked = status === 'attended' || status === 'absent';
    return bookings.insertBooking(this.ctx.db, {
      sessionId: session.id,
      carerId: carer.id,
      status,
      bookedBy: carer.userId ?? this.coordinatorId,
      createdAt,
      ...(isMarked
        ? {
            attendanceMarkedBy: this.coordinatorId,
            attendanceMarkedAt: new Date(session.startsAt.getTime() + 4 * 60 * MINUTE_MS),
          }
        : {}),
    });
  }
}

async function bookUpcoming(
  plan: Bookings,
  upcoming: SessionDetails[],
  people: { sam?: DemoCarer | undefined; grace?: DemoCarer | undefined; others: DemoCarer[] },
): Promise<void> {
  const regular = upcoming.filter((session) => !session.isCatchUp);
  // The smallest session still to come fills up, and two more carers join its waiting list.
  const full = [...regular].sort((a, b) => a.capacity - b.capacity)[0];
  const inArea = (carer: DemoCarer) =>
    regular.filter((session) => session.areaId === carer.areaId && session.id !== full?.id);
  for (const carer of [people.sam, people.grace]) {
    const first = carer ? (inArea(carer)[0] ?? regular.find((each) => each.id !== full?.id)) : null;
    if (carer && first) await plan.add(carer, first, 'booked');
  }
  if (full && people.others.length >= full.capacity + 2) {
    // Carers from the session's own area first, as they would be in life.
    const keen = [...people.others].sort(
      (a, b) => Number(a.areaId !== full.areaId) - Number(b.areaId !== full.areaId),
    );
    for (const carer of keen.slice(0, full.capacity)) await plan.add(carer, full, 'booked');
    const queue = [people.grace, ...keen.slice(full.capacity)].filter(
      (carer): carer is DemoCarer => !!carer,
    );
    for (const carer of queue.slice(0, 2)) await plan.add(carer, full, 'waiting');
  }
  // A few more carers book the next session in their own area.
  for (const [index, carer] of people.others.entries()) {
    if (index % 3 !== 0) continue;
    const session = inArea(carer)[0];
    if (session && session.taken + 1 < session.capacity) {
      await plan.add(carer, session, 'booked');
      session.taken += 1;
    }
  }
}

async function seedHeldSessions(
  ctx: Ctx,
  plan: Bookings,
  people: { sam?: DemoCarer | undefined; others: DemoCarer[]; upcoming: SessionDetails[] },
): Promise<void> {
  const { sam, others, upcoming } = people;
  const catchUps = upcoming.filter((session) => session.isCatchUp);
  const offered = sam ? chooseCatchUpSession(sam, catchUps, ctx.now) : null;
  if (sam && offered) {
    const held = await holdPastSession(ctx, {
      courseId: offered.courseId,
      areaId: sam.areaId,
      daysAgo: 14,
      trainerId: plan.coordinatorId,
    });
    if (held) {
      const missed = await plan.add(sam, held, 'absent');
      if (missed) await offer(ctx, sam, held, missed, offered.id);
      for (const carer of others.filter((each) => each.areaId === sam.areaId).slice(0, 4)) {
        await attended(ctx, plan, carer, held);
      }
    }
  }
  // Two carers in one area missed a course nobody has put on again: the coordinator's unmet demand.
  const area = others.find((carer) => carer.areaId && carer.areaId !== sam?.areaId)?.areaId;
  const courseWithoutCatchUp = (await store.findCourses(ctx.db)).find(
    (course) =>
      course.deliveryMode !== 'e_learning' &&
      course.isMandatory &&
      course.audience === 'all_carers' &&
      !catchUps.some((session) => session.courseId === course.id),
  );
  if (!area || !courseWithoutCatchUp) return;
  const held = await holdPastSession(ctx, {
    courseId: courseWithoutCatchUp.id,
    areaId: area,
    daysAgo: 35,
    trainerId: plan.coordinatorId,
  });
  if (!held) return;
  const local = others.filter((carer) => carer.areaId === area);
  for (const carer of local.slice(0, 2)) {
    const missed = await plan.add(carer, held, 'absent');
    if (missed) await offer(ctx, carer, held, missed, null);
  }
  for (const carer of local.slice(2, 5)) await attended(ctx, plan, carer, held);
}

async function attended(ctx: Ctx, plan: Bookings, carer: DemoCarer, held: HeldSession) {
  const bookingId = await plan.add(carer, held, 'attended');
  if (!bookingId) return;
  await insertCompletion(ctx.db, {
    carerId: carer.id,
    courseId: held.courseId,
    completedOn: held.localDate,
    source: 'classroom',
    sessionId: held.id,
    recordedBy: held.trainerId,
  });
}

async function offer(
  ctx: Ctx,
  carer: DemoCarer,
  held: HeldSession,
  missedBookingId: string,
  offeredSessionId: string | null,
) {
  await upsertOffer(ctx.db, {
    carerId: carer.id,
    courseId: held.courseId,
    reason: 'absent',
    missedBookingId,
    offeredSessionId,
    status: 'open',
    createdAt: new Date(held.startsAt.getTime() + 4 * 60 * MINUTE_MS),
  });
}

type HeldSession = {
  id: string;
  courseId: string;
  startsAt: Date;
  localDate: string;
  trainerId: string | null;
};

/**
 * Adds a session that has already happened: on the last school day at least `daysAgo` days back
 * in the area's term, 10am to 1pm, at the area's first venue, so it keeps to the session rule.
 */
async function holdPastSession(
  ctx: Ctx,
  held: { courseId: string; areaId: string | null; daysAgo: number; trainerId: string | null },
): Promise<HeldSession | null> {
  const { courseId, areaId, daysAgo, trainerId } = held;
  const { timeZone } = await getAgencySettings(ctx.db);
  const calendars = await store.findAreaCalendars(ctx.db);
  const area = calendars.find((each) => each.id === areaId);
  const venue = (await store.findVenues(ctx.db)).find((each) => each.areaId === areaId);
  if (!area || !venue) return null;
  const today = DateTime.fromJSDate(ctx.now, { zone: timeZone }).startOf('day');
  for (let back = daysAgo; back < daysAgo + 90; back += 1) {
    const start = DateTime.fromISO(`${today.minus({ days: back }).toISODate()}T10:00`, {
      zone: timeZone,
    });
    const startsAt = start.toJSDate();
    const endsAt = start.plus({ hours: 3 }).toJSDate();
    if (!checkClassroomSession({ startsAt, endsAt, timeZone, area }).ok) continue;
    const id = await store.insertSession(ctx.db, {
      courseId,
      venueId: venue.id,
      startsAt,
      endsAt,
      trainerId,
      capacity: Math.min(16, venue.capacity),
      isCatchUp: false,
      createdBy: null,
    });
    return { id, courseId, startsAt, localDate: start.toISODate()!, trainerId };
  }
  return null;
}
