// Catch-up offers: the SQL. An offer is open until the carer books a session of the course (it is
// then 'booked'), completes the course ('completed'), or the offer is replaced ('withdrawn').
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  areas,
  householdMembers,
  households,
  trainingCatchUpOffers,
  trainingCourses,
  users,
} from '../../core/db/tables.ts';

export type OfferRow = typeof trainingCatchUpOffers.$inferSelect;
export type NewOffer = typeof trainingCatchUpOffers.$inferInsert;
type OfferStatus = OfferRow['status'];

/**
 * Records the offer for a missed booking and returns its id. Marking the same booking missed again
 * (attended, then corrected to absent) opens its offer again rather than making a second one.
 */
export async function upsertOffer(db: Db, offer: NewOffer): Promise<string> {
  const [row] = await db
    .insert(trainingCatchUpOffers)
    .values(offer)
    .onConflictDoUpdate({
      target: trainingCatchUpOffers.missedBookingId,
      set: {
        status: 'open',
        reason: offer.reason,
        offeredSessionId: offer.offeredSessionId ?? null,
        resolvedAt: null,
      },
    })
    .returning({ id: trainingCatchUpOffers.id });
  return row!.id;
}

/** Points an open offer at a session (or at none: unmet demand). */
export async function setOfferedSession(
  db: Db,
  offerId: string,
  sessionId: string | null,
): Promise<void> {
  await db
    .update(trainingCatchUpOffers)
    .set({ offeredSessionId: sessionId, status: 'open', resolvedAt: null })
    .where(eq(trainingCatchUpOffers.id, offerId));
}

/** Moves a carer's offers for a course from some statuses to another; returns the ids changed. */
export async function resolveOffers(
  db: Db,
  change: { carerId: string; courseId: string; from: OfferStatus[]; to: OfferStatus; at: Date },
  onlySessionId?: string,
): Promise<string[]> {
  const rows = await db
    .update(trainingCatchUpOffers)
    .set({ status: change.to, resolvedAt: change.to === 'open' ? null : change.at })
    .where(
      and(
        eq(trainingCatchUpOffers.carerId, change.carerId),
        eq(trainingCatchUpOffers.courseId, change.courseId),
        inArray(trainingCatchUpOffers.status, change.from),
        onlySessionId ? eq(trainingCatchUpOffers.offeredSessionId, onlySessionId) : undefined,
      ),
    )
    .returning({ id: trainingCatchUpOffers.id });
  return rows.map((row) => row.id);
}

/** A carer's offers that are still open, oldest first, with the course's title. */
export async function findOpenOffersOfCarer(db: Db, carerId: string) {
  return db
    .select({
      id: trainingCatchUpOffers.id,
      courseId: trainingCatchUpOffers.courseId,
      courseTitle: trainingCourses.title,
      reason: trainingCatchUpOffers.reason,
      offeredSessionId: trainingCatchUpOffers.offeredSessionId,
      createdAt: trainingCatchUpOffers.createdAt,
    })
    .from(trainingCatchUpOffers)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingCatchUpOffers.courseId))
    .where(
      and(eq(trainingCatchUpOffers.carerId, carerId), eq(trainingCatchUpOffers.status, 'open')),
    )
    .orderBy(asc(trainingCatchUpOffers.createdAt));
}

/** An open offer still waiting for a session, with where the carer lives and how to reach them. */
export type WaitingOffer = {
  id: string;
  carerId: string;
  firstName: string;
  email: string | null;
  latitude: number | null;
  longitude: number | null;
  areaId: string | null;
  createdAt: Date;
};

/** Open offers of a course that name no session yet, oldest first. */
export async function findOffersAwaitingSession(db: Db, courseId: string): Promise<WaitingOffer[]> {
  return db
    .select({
      id: trainingCatchUpOffers.id,
      carerId: trainingCatchUpOffers.carerId,
      firstName: householdMembers.firstName,
      email: users.email,
      latitude: households.latitude,
      longitude: households.longitude,
      areaId: households.areaId,
      createdAt: trainingCatchUpOffers.createdAt,
    })
    .from(trainingCatchUpOffers)
    .innerJoin(householdMembers, eq(householdMembers.id, trainingCatchUpOffers.carerId))
    .innerJoin(households, eq(households.id, householdMembers.householdId))
    .leftJoin(users, eq(users.id, householdMembers.userId))
    .where(
      and(
        eq(trainingCatchUpOffers.courseId, courseId),
        eq(trainingCatchUpOffers.status, 'open'),
        isNull(trainingCatchUpOffers.offeredSessionId),
      ),
    )
    .orderBy(asc(trainingCatchUpOffers.createdAt), asc(trainingCatchUpOffers.id));
}

/** Carers waiting for a catch-up that does not exist yet, counted by course and area. */
export type UnmetDemand = {
  courseId: string;
  courseTitle: string;
  areaId: string | null;
  areaName: string | null;
  carers: number;
  waitingSince: Date;
};

/** Open offers with no session to offer, grouped by course and the carers' area; `carers` is scope. */
export async function findUnmetDemand(db: Db, carers: SQL): Promise<UnmetDemand[]> {
  return db
    .select({
      courseId: trainingCatchUpOffers.courseId,
      courseTitle: trainingCourses.title,
      areaId: households.areaId,
      areaName: areas.name,
      carers: sql<number>`count(DISTINCT ${trainingCatchUpOffers.carerId})`.mapWith(Number),
      waitingSince: sql<Date>`min(${trainingCatchUpOffers.createdAt})`.mapWith(
        (value: string | Date) => new Date(value),
      ),
    })
    .from(trainingCatchUpOffers)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingCatchUpOffers.courseId))
    .innerJoin(householdMembers, eq(householdMembers.id, trainingCatchUpOffers.carerId))
    .innerJoin(households, eq(households.id, householdMembers.householdId))
    .leftJoin(areas, eq(areas.id, households.areaId))
    .where(
      and(
        eq(trainingCatchUpOffers.status, 'open'),
        isNull(trainingCatchUpOffers.offeredSessionId),
        carers,
      ),
    )
    .groupBy(trainingCatchUpOffers.courseId, trainingCourses.title, households.areaId, areas.name)
    .orderBy(
      sql`min(${trainingCatchUpOffers.createdAt})`,
      asc(trainingCourses.title),
      asc(areas.name),
    );
}
