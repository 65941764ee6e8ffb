// Places on classroom sessions and the waiting list: the SQL. A place is "live" while it is
// booked or after the register marked it; the waiting list is the 'waiting' rows in the order they
// were made.
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  areas,
  householdMembers,
  trainingBookings,
  trainingCourses,
  trainingSessions,
  trainingVenues,
  users,
  type BookingStatus,
} from '../../core/db/tables.ts';

/** The statuses that hold a place on a session (waiting and cancelled ones do not). */
export const LIVE_PLACE: BookingStatus[] = ['booked', 'attended', 'absent'];

/** Whether a booking holds one of the session's places (booked, or marked on the register). */
export function holdsPlace(status: BookingStatus): boolean {
  return LIVE_PLACE.includes(status);
}

export type NewBooking = typeof trainingBookings.$inferInsert;
export type BookingRow = typeof trainingBookings.$inferSelect;

const placesTaken = sql<number>`(SELECT count(*) FROM training_bookings b
  WHERE b.session_id = ${trainingSessions.id} AND b.status IN ('booked', 'attended', 'absent'))`.mapWith(
  Number,
);
const placesWaiting = sql<number>`(SELECT count(*) FROM training_bookings b
  WHERE b.session_id = ${trainingSessions.id} AND b.status = 'waiting')`.mapWith(Number);

const sessionColumns = {
  id: trainingSessions.id,
  courseId: trainingSessions.courseId,
  courseTitle: trainingCourses.title,
  deliveryMode: trainingCourses.deliveryMode,
  startsAt: trainingSessions.startsAt,
  endsAt: trainingSessions.endsAt,
  capacity: trainingSessions.capacity,
  isCatchUp: trainingSessions.isCatchUp,
  trainerId: trainingSessions.trainerId,
  trainerName: users.name,
  venueId: trainingSessions.venueId,
  venueName: trainingVenues.name,
  venueAddress: trainingVenues.address,
  venuePostcode: trainingVenues.postcode,
  accessibilityNotes: trainingVenues.accessibilityNotes,
  latitude: trainingVenues.latitude,
  longitude: trainingVenues.longitude,
  areaId: trainingVenues.areaId,
  areaName: areas.name,
  taken: placesTaken,
  waiting: placesWaiting,
};

/** A session with its course, venue, trainer and how full it is. */
export type SessionDetails = {
  id: string;
  courseId: string;
  courseTitle: string;
  deliveryMode: 'classroom' | 'e_learning' | 'both';
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  isCatchUp: boolean;
  trainerId: string | null;
  trainerName: string | null;
  venueId: string;
  venueName: string;
  venueAddress: string;
  venuePostcode: string;
  accessibilityNotes: string;
  latitude: number | null;
  longitude: number | null;
  areaId: string;
  areaName: string;
  /** Places held (booked, or marked on the register). */
  taken: number;
  /** People on the waiting list. */
  waiting: number;
};

function selectSessions(db: Db) {
  return db
    .select(sessionColumns)
    .from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .innerJoin(trainingVenues, eq(trainingVenues.id, trainingSessions.venueId))
    .innerJoin(areas, eq(areas.id, trainingVenues.areaId))
    .leftJoin(users, eq(users.id, trainingSessions.trainerId));
}

/** One session with everything a page or an email says about it. */
export async function findSessionDetails(
  db: Db,
  sessionId: string,
): Promise<SessionDetails | undefined> {
  const [row] = await selectSessions(db).where(eq(trainingSessions.id, sessionId));
  return row;
}

/** Sessions of a course that have not started, soonest first. */
export async function findUpcomingSessionsOfCourse(
  db: Db,
  courseId: string,
  now: Date,
): Promise<SessionDetails[]> {
  return selectSessions(db)
    .where(and(eq(trainingSessions.courseId, courseId), gt(trainingSessions.startsAt, now)))
    .orderBy(asc(trainingSessions.startsAt));
}

/**
 * Locks a session's row until the transaction ends, so two people taking its last place are
 * counted one after the other: the second sees the first one's booking.
 */
export async function lockSession(db: Db, sessionId: string): Promise<{ capacity: number } | null> {
  const [row] = await db
    .select({ capacity: trainingSessions.capacity })
    .from(trainingSessions)
    .where(eq(trainingSessions.id, sessionId))
    .for('update');
  return row ?? null;
}

/** How many places on a session are held. */
export async function countLivePlaces(db: Db, sessionId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(trainingBookings)
    .where(
      and(eq(trainingBookings.sessionId, sessionId), inArray(trainingBookings.status, LIVE_PLACE)),
    );
  return row?.total ?? 0;
}

/** The carer's booking on a session that is not cancelled (a place or a place in the queue). */
export async function findCurrentBooking(
  db: Db,
  sessionId: string,
  carerId: string,
): Promise<BookingRow | undefined> {
  const [row] = await db
    .select()
    .from(trainingBookings)
    .where(
      and(
        eq(trainingBookings.sessionId, sessionId),
        eq(trainingBookings.carerId, carerId),
        sql`${trainingBookings.status} <> 'cancelled'`,
      ),
    );
  return row;
}

/** Adds a booking and returns its id. */
export async function insertBooking(db: Db, booking: NewBooking): Promise<string> {
  const [row] = await db
    .insert(trainingBookings)
    .values(booking)
    .returning({ id: trainingBookings.id });
  return row!.id;
}

/** One booking by its id. */
export async function findBooking(db: Db, bookingId: string): Promise<BookingRow | undefined> {
  const [row] = await db.select().from(trainingBookings).where(eq(trainingBookings.id, bookingId));
  return row;
}

/** Changes a booking. */
export async function updateBooking(
  db: Db,
  bookingId: string,
  changes: Partial<Omit<NewBooking, 'id' | 'sessionId' | 'carerId'>>,
): Promise<void> {
  await db.update(trainingBookings).set(changes).where(eq(trainingBookings.id, bookingId));
}

/** The first people on a session's waiting list, longest waiting first. */
export async function findFirstWaiting(
  db: Db,
  sessionId: string,
  limit: number,
): Promise<BookingRow[]> {
  if (limit <= 0) return [];
  return db
    .select()
    .from(trainingBookings)
    .where(and(eq(trainingBookings.sessionId, sessionId), eq(trainingBookings.status, 'waiting')))
    .orderBy(asc(trainingBookings.createdAt), asc(trainingBookings.id))
    .limit(limit);
}

/** Where a waiting booking is in its queue: 1 for the next to get a place. */
export async function waitingPosition(db: Db, bookingId: string): Promise<number> {
  const [row] = await db
    .select({ ahead: sql<number>`count(*)`.mapWith(Number) })
    .from(trainingBookings)
    .where(
      sql`${trainingBookings.status} = 'waiting'
        AND ${trainingBookings.sessionId} = (SELECT session_id FROM training_bookings WHERE id = ${bookingId})
        AND (${trainingBookings.createdAt}, ${trainingBookings.id}) <
          (SELECT created_at, id FROM training_bookings WHERE id = ${bookingId})`,
    );
  return (row?.ahead ?? 0) + 1;
}

/** A booking with the session it is for. */
export type CarerBooking = BookingRow & { session: SessionDetails };

/** Every booking of one carer, newest session first, with each session's details. */
export async function findBookingsOfCarer(db: Db, carerId: string): Promise<CarerBooking[]> {
  const rows = await db
    .select({ booking: trainingBookings, session: sessionColumns })
    .from(trainingBookings)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingBookings.sessionId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .innerJoin(trainingVenues, eq(trainingVenues.id, trainingSessions.venueId))
    .innerJoin(areas, eq(areas.id, trainingVenues.areaId))
    .leftJoin(users, eq(users.id, trainingSessions.trainerId))
    .where(eq(trainingBookings.carerId, carerId))
    .orderBy(desc(trainingSessions.startsAt), asc(trainingBookings.createdAt));
  return rows.map((row) => ({ ...row.booking, session: row.session }));
}

/** A booking on a session's list, with the carer's name and household. */
export type SessionBooking = BookingRow & {
  firstName: string;
  lastName: string;
  householdId: string;
};

/** Everyone booked, waiting or cancelled on a session, in the order they booked. */
export async function findBookingsOfSession(db: Db, sessionId: string): Promise<SessionBooking[]> {
  const rows = await db
    .select({
      booking: trainingBookings,
      firstName: householdMembers.firstName,
      lastName: householdMembers.lastName,
      householdId: householdMembers.householdId,
    })
    .from(trainingBookings)
    .innerJoin(householdMembers, eq(householdMembers.id, trainingBookings.carerId))
    .where(eq(trainingBookings.sessionId, sessionId))
    .orderBy(asc(trainingBookings.createdAt), asc(trainingBookings.id));
  return rows.map(({ booking, ...carer }) => ({ ...booking, ...carer }));
}

/** The booked places whose session starts within the window and still has a reminder to send. */
export async function findBookingsDueReminders(db: Db, now: Date, until: Date) {
  return db
    .select({
      id: trainingBookings.id,
      sessionId: trainingBookings.sessionId,
      startsAt: trainingSessions.startsAt,
      weekReminderSentAt: trainingBookings.weekReminderSentAt,
      dayReminderSentAt: trainingBookings.dayReminderSentAt,
      firstName: householdMembers.firstName,
      email: users.email,
    })
    .from(trainingBookings)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingBookings.sessionId))
    .innerJoin(householdMembers, eq(householdMembers.id, trainingBookings.carerId))
    .leftJoin(users, eq(users.id, householdMembers.userId))
    .where(
      and(
        eq(trainingBookings.status, 'booked'),
        gt(trainingSessions.startsAt, now),
        sql`${trainingSessions.startsAt} <= ${until.toISOString()}::timestamptz`,
        sql`(${trainingBookings.weekReminderSentAt} IS NULL OR ${trainingBookings.dayReminderSentAt} IS NULL)`,
      ),
    )
    .orderBy(asc(trainingSessions.startsAt));
}

/**
 * Marks one reminder as sent, unless another process already did; true when this call claimed it,
 * so only one email goes however many processes run the job.
 */
export async function claimReminder(
  db: Db,
  bookingId: string,
  which: 'week' | 'day',
  at: Date,
): Promise<boolean> {
  const column =
    which === 'week' ? trainingBookings.weekReminderSentAt : trainingBookings.dayReminderSentAt;
  const claimed = await db
    .update(trainingBookings)
    .set(which === 'week' ? { weekReminderSentAt: at } : { dayReminderSentAt: at })
    .where(
      and(
        eq(trainingBookings.id, bookingId),
        eq(trainingBookings.status, 'booked'),
        sql`${column} IS NULL`,
      ),
    )
    .returning({ id: trainingBookings.id });
  return claimed.length > 0;
}
