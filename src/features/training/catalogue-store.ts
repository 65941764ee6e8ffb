// The SQL behind the catalogue and the venues: finding one to change, and saving it. Courses and
// venues are the agency's own, not any person's record, so no scope applies.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import { areas, trainingCourses, trainingSessions, trainingVenues } from '../../core/db/tables.ts';
import type { CourseRow, NewCourse, NewVenue } from './store.ts';

export type VenueFields = Omit<NewVenue, 'id'>;
export type CourseFields = Omit<NewCourse, 'id'>;

/** One course, or null. */
export async function findCourseById(db: Db, id: string): Promise<CourseRow | null> {
  const [row] = await db.select().from(trainingCourses).where(eq(trainingCourses.id, id));
  return row ?? null;
}

/** Another course with this title, whatever its capitals; null when the title is free. */
export async function findCourseByTitle(
  db: Db,
  title: string,
  exceptId: string | null,
): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: trainingCourses.id })
    .from(trainingCourses)
    .where(
      and(
        sql`lower(${trainingCourses.title}) = lower(${title})`,
        exceptId ? ne(trainingCourses.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Changes a course's details. */
export async function updateCourse(db: Db, id: string, course: CourseFields): Promise<void> {
  await db.update(trainingCourses).set(course).where(eq(trainingCourses.id, id));
}

/** One venue, or null. */
export async function findVenueById(
  db: Db,
  id: string,
): Promise<typeof trainingVenues.$inferSelect | null> {
  const [row] = await db.select().from(trainingVenues).where(eq(trainingVenues.id, id));
  return row ?? null;
}

/** Another venue with this name in the area, whatever its capitals; null when the name is free. */
export async function findVenueByName(
  db: Db,
  areaId: string,
  name: string,
  exceptId: string | null,
): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: trainingVenues.id })
    .from(trainingVenues)
    .where(
      and(
        eq(trainingVenues.areaId, areaId),
        sql`lower(${trainingVenues.name}) = lower(${name})`,
        exceptId ? ne(trainingVenues.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Changes a venue's details. */
export async function updateVenue(db: Db, id: string, venue: VenueFields): Promise<void> {
  await db.update(trainingVenues).set(venue).where(eq(trainingVenues.id, id));
}

/** How many sessions, past or planned, are held at a venue. */
export async function countSessionsAt(db: Db, venueId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql`count(*)` })
    .from(trainingSessions)
    .where(eq(trainingSessions.venueId, venueId));
  return toCount(row?.count);
}

/** Every area, by name. */
export async function findAreas(db: Db): Promise<{ id: string; name: string }[]> {
  return db.select({ id: areas.id, name: areas.name }).from(areas).orderBy(asc(areas.name));
}
