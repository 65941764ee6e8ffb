// The training programme's SQL: courses, venues, each area's school calendar and the sessions.
import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  areas,
  schoolClosures,
  schoolTerms,
  trainingCourses,
  trainingSessions,
  trainingVenues,
  users,
} from '../../core/db/tables.ts';
import type { AreaCalendar, SchoolClosure } from './session-rules.ts';

export type CourseRow = typeof trainingCourses.$inferSelect;
export type VenueRow = typeof trainingVenues.$inferSelect & { areaName: string };
export type NewCourse = typeof trainingCourses.$inferInsert;
export type NewVenue = typeof trainingVenues.$inferInsert;
export type NewSession = typeof trainingSessions.$inferInsert;

/** An area with its named terms and closures, ready for the session rule. */
export type AreaTerms = Omit<AreaCalendar, 'terms' | 'excludedDates'> & {
  id: string;
  terms: { id: string; name: string; startsOn: string; endsOn: string }[];
  excludedDates: (SchoolClosure & { id: string })[];
};

/** Every course, by title. */
export async function findCourses(db: Db): Promise<CourseRow[]> {
  return db.select().from(trainingCourses).orderBy(asc(trainingCourses.title));
}

/** Every venue with its area's name, by area then name. */
export async function findVenues(db: Db): Promise<VenueRow[]> {
  return db
    .select({ ...venueColumns, areaName: areas.name })
    .from(trainingVenues)
    .innerJoin(areas, eq(areas.id, trainingVenues.areaId))
    .orderBy(asc(areas.name), asc(trainingVenues.name));
}

const venueColumns = {
  id: trainingVenues.id,
  areaId: trainingVenues.areaId,
  name: trainingVenues.name,
  address: trainingVenues.address,
  postcode: trainingVenues.postcode,
  latitude: trainingVenues.latitude,
  longitude: trainingVenues.longitude,
  capacity: trainingVenues.capacity,
  accessibilityNotes: trainingVenues.accessibilityNotes,
};

/** The staff who may lead a session, by name. */
export async function findTrainers(db: Db): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.isActive, true),
        inArray(users.role, [
          'training_coordinator',
          'registered_manager',
          'supervising_social_worker',
        ]),
      ),
    )
    .orderBy(asc(users.name));
}

/** Every area with its school terms and closures, by area name. */
export async function findAreaCalendars(db: Db): Promise<AreaTerms[]> {
  // One after another: inside a transaction there is one connection, which runs one query at a time.
  const areaRows = await db.select().from(areas).orderBy(asc(areas.name));
  const termRows = await db.select().from(schoolTerms).orderBy(asc(schoolTerms.startsOn));
  const closureRows = await db.select().from(schoolClosures).orderBy(asc(schoolClosures.startsOn));
  return areaRows.map((area) => ({
    id: area.id,
    name: area.name,
    terms: termRows
      .filter((term) => term.areaId === area.id)
      .map(({ id, name, startsOn, endsOn }) => ({ id, name, startsOn, endsOn })),
    excludedDates: closureRows
      .filter((closure) => closure.areaId === area.id)
      .map(({ id, kind, startsOn, endsOn }) => ({ id, kind, startsOn, endsOn })),
  }));
}

/** Sessions that have not yet finished, soonest first, with their course, venue and trainer. */
export async function findUpcomingSessions(db: Db, now: Date) {
  return db
    .select({
      id: trainingSessions.id,
      startsAt: trainingSessions.startsAt,
      endsAt: trainingSessions.endsAt,
      capacity: trainingSessions.capacity,
      isCatchUp: trainingSessions.isCatchUp,
      courseTitle: trainingCourses.title,
      venueName: trainingVenues.name,
      areaName: areas.name,
      trainerName: users.name,
    })
    .from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .innerJoin(trainingVenues, eq(trainingVenues.id, trainingSessions.venueId))
    .innerJoin(areas, eq(areas.id, trainingVenues.areaId))
    .leftJoin(users, eq(users.id, trainingSessions.trainerId))
    .where(gte(trainingSessions.endsAt, now))
    .orderBy(asc(areas.name), asc(trainingSessions.startsAt));
}

/** Adds a session and returns its id. */
export async function insertSession(db: Db, session: NewSession): Promise<string> {
  const [row] = await db
    .insert(trainingSessions)
    .values(session)
    .returning({ id: trainingSessions.id });
  return row!.id;
}

/** Adds a course and returns its id. */
export async function insertCourse(db: Db, course: NewCourse): Promise<string> {
  const [row] = await db
    .insert(trainingCourses)
    .values(course)
    .returning({ id: trainingCourses.id });
  return row!.id;
}

/** Adds a venue and returns its id. */
export async function insertVenue(db: Db, venue: NewVenue): Promise<string> {
  const [row] = await db.insert(trainingVenues).values(venue).returning({ id: trainingVenues.id });
  return row!.id;
}

/** Adds one school term for an area. */
export async function insertTerm(db: Db, term: typeof schoolTerms.$inferInsert): Promise<void> {
  await db.insert(schoolTerms).values(term);
}

/** Adds a half-term or an inset day for an area. */
export async function insertClosure(
  db: Db,
  closure: typeof schoolClosures.$inferInsert,
): Promise<void> {
  await db.insert(schoolClosures).values(closure);
}
