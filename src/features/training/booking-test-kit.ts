// Builders for the booking tests: a small programme (an area, venues, a course, sessions) and
// carers living at a known spot, so each test reads as a short story.
import { asc, eq } from 'drizzle-orm';
import {
  actorFor,
  addCarer,
  buildHousehold,
  buildUser,
  ctxFor,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { mailOutbox, trainingBookings, trainingCatchUpOffers } from '../../core/db/tables.ts';
import * as store from './store.ts';

/** A venue at a position, in an area. */
export async function buildVenue(
  db: Db,
  areaId: string,
  name: string,
  at: { latitude: number; longitude: number } | null,
  capacity = 30,
): Promise<string> {
  return store.insertVenue(db, {
    areaId,
    name,
    address: `1 ${name} Road`,
    postcode: 'NF1 1AA',
    capacity,
    accessibilityNotes: 'Step-free entrance.',
    ...(at ?? {}),
  });
}

/** A classroom course. */
export async function buildCourse(db: Db, title = 'Managing behaviour'): Promise<string> {
  return store.insertCourse(db, {
    title,
    summary: 'What behaviour is telling you.',
    learningOutcomes: ['Set boundaries with warmth'],
    durationMinutes: 180,
    deliveryMode: 'classroom',
    isMandatory: true,
    audience: 'all_carers',
    tsdsStandards: [2, 5],
  });
}

/** A session of a course at a venue, three hours from `startsAt`. */
export async function buildSession(
  db: Db,
  session: {
    courseId: string;
    venueId: string;
    startsAt: Date;
    capacity?: number;
    isCatchUp?: boolean;
    trainerId?: string | null;
  },
): Promise<string> {
  return store.insertSession(db, {
    courseId: session.courseId,
    venueId: session.venueId,
    startsAt: session.startsAt,
    endsAt: new Date(session.startsAt.getTime() + 3 * 60 * 60 * 1000),
    capacity: session.capacity ?? 12,
    isCatchUp: session.isCatchUp ?? false,
    trainerId: session.trainerId ?? null,
    createdBy: null,
  });
}

/** A carer with an account, living in their own household at a spot in an area. */
export type TestCarer = { user: TestUser; carerId: string; householdId: string };

/** A foster carer with an account and a household of their own. */
export async function buildCarer(
  db: Db,
  name: string,
  home: { areaId: string; latitude?: number; longitude?: number },
): Promise<TestCarer> {
  const user = await buildUser(db, { role: 'foster_carer', name });
  const householdId = await buildHousehold(db, {
    areaId: home.areaId,
    latitude: home.latitude ?? null,
    longitude: home.longitude ?? null,
  });
  const carerId = await addCarer(db, householdId, user);
  return { user, carerId, householdId };
}

/** A request context for someone, at a moment. */
export async function ctxAs(db: Db, user: TestUser, now: Date): Promise<Ctx> {
  return ctxFor(db, await actorFor(db, user), now);
}

/** The statuses of a session's bookings, by carer id. */
export async function statusesOn(db: Db, sessionId: string): Promise<Record<string, string>> {
  const rows = await db
    .select({ carerId: trainingBookings.carerId, status: trainingBookings.status })
    .from(trainingBookings)
    .where(eq(trainingBookings.sessionId, sessionId));
  return Object.fromEntries(rows.map((row) => [row.carerId, row.status]));
}

/** The catch-up offers made to a carer. */
export async function offersOf(db: Db, carerId: string) {
  return db
    .select()
    .from(trainingCatchUpOffers)
    .where(eq(trainingCatchUpOffers.carerId, carerId))
    .orderBy(asc(trainingCatchUpOffers.createdAt));
}

/** The emails queued for an address, oldest first. */
export async function mailTo(db: Db, address: string) {
  return db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, address))
    .orderBy(asc(mailOutbox.createdAt));
}
