import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import {
  areas,
  eventBookings,
  informationEvents,
  prospectiveCarers,
} from '../../core/db/tables.ts';

export type EventRow = typeof informationEvents.$inferSelect & {
  areaName: string | null;
  placesBooked: number;
};
export type EventFields = Omit<
  typeof informationEvents.$inferInsert,
  'id' | 'createdAt' | 'updatedAt' | 'createdBy'
>;

const booked = sql<unknown>`(SELECT coalesce(sum(${eventBookings.places}), 0) FROM ${eventBookings} WHERE ${eventBookings.eventId} = ${informationEvents.id})`;

function selectEvents(db: Db) {
  return db
    .select({ event: informationEvents, areaName: areas.name, placesBooked: booked })
    .from(informationEvents)
    .leftJoin(areas, eq(areas.id, informationEvents.areaId));
}

const toEventRow = (row: {
  event: typeof informationEvents.$inferSelect;
  areaName: string | null;
  placesBooked: unknown;
}): EventRow => ({ ...row.event, areaName: row.areaName, placesBooked: toCount(row.placesBooked) });

/** Events still to start and not cancelled, soonest first: what the public may book. */
export async function findUpcomingEvents(db: Db, now: Date, limit = 20): Promise<EventRow[]> {
  const rows = await selectEvents(db)
    .where(and(gt(informationEvents.startsAt, now), eq(informationEvents.isCancelled, false)))
    .orderBy(asc(informationEvents.startsAt))
    .limit(limit);
  return rows.map(toEventRow);
}

/** Every event, the latest first: the staff's list. */
export async function findAllEvents(db: Db, limit = 200): Promise<EventRow[]> {
  const rows = await selectEvents(db).orderBy(desc(informationEvents.startsAt)).limit(limit);
  return rows.map(toEventRow);
}

/** One event with its places booked, or null. */
export async function findEvent(db: Db, id: string): Promise<EventRow | null> {
  const [row] = await selectEvents(db).where(eq(informationEvents.id, id));
  return row ? toEventRow(row) : null;
}

/**
 * Locks one event's row until the transaction ends and returns it with the places booked, counted
 * after the lock: whoever books next waits here, then sees this booking.
 */
export async function lockEventForBooking(
  db: Db,
  id: string,
): Promise<(typeof informationEvents.$inferSelect & { placesBooked: number }) | null> {
  const [event] = await db
    .select()
    .from(informationEvents)
    .where(eq(informationEvents.id, id))
    .for('update');
  if (!event) return null;
  const [total] = await db
    .select({ places: sql<unknown>`coalesce(sum(${eventBookings.places}), 0)` })
    .from(eventBookings)
    .where(eq(eventBookings.eventId, id));
  return { ...event, placesBooked: toCount(total?.places) };
}

/** True when someone with this email already has places at this event. */
export async function hasBookingByEmail(db: Db, eventId: string, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: eventBookings.id })
    .from(eventBookings)
    .innerJoin(prospectiveCarers, eq(prospectiveCarers.id, eventBookings.prospectiveCarerId))
    .where(
      and(
        eq(eventBookings.eventId, eventId),
        sql`lower(${prospectiveCarers.email}) = lower(${email})`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Records places booked by a person. */
export async function insertBooking(
  db: Db,
  booking: { eventId: string; prospectiveCarerId: string; places: number; bookedAt: Date },
): Promise<void> {
  await db.insert(eventBookings).values(booking);
}

/** The people booked on an event, in the order they booked. */
export async function findBookings(db: Db, eventId: string) {
  return db
    .select({
      id: eventBookings.id,
      places: eventBookings.places,
      bookedAt: eventBookings.bookedAt,
      reference: prospectiveCarers.reference,
      firstName: prospectiveCarers.firstName,
      lastName: prospectiveCarers.lastName,
      email: prospectiveCarers.email,
      phone: prospectiveCarers.phone,
    })
    .from(eventBookings)
    .innerJoin(prospectiveCarers, eq(prospectiveCarers.id, eventBookings.prospectiveCarerId))
    .where(eq(eventBookings.eventId, eventId))
    .orderBy(asc(eventBookings.bookedAt));
}

/** Adds an event; returns its id. */
export async function insertEvent(
  db: Db,
  fields: EventFields & { createdBy: string | null },
): Promise<string> {
  const [row] = await db
    .insert(informationEvents)
    .values(fields)
    .returning({ id: informationEvents.id });
  return row!.id;
}

/** Changes an event. */
export async function updateEvent(
  db: Db,
  id: string,
  fields: EventFields & { updatedAt: Date },
): Promise<void> {
  await db.update(informationEvents).set(fields).where(eq(informationEvents.id, id));
}

/** The agency's areas, for choosing where an event is. */
export async function findAreas(db: Db): Promise<{ id: string; name: string }[]> {
  return db.select({ id: areas.id, name: areas.name }).from(areas).orderBy(asc(areas.name));
}
