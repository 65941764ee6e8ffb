import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildArea, ctxFor } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { selectRows } from '../../core/db/rows.ts';
import { trainingCourses, trainingSessions, trainingVenues } from '../../core/db/tables.ts';
import { seedDemoTraining } from './index.ts';
import { checkClassroomSession } from './session-rules.ts';
import * as store from './store.ts';

let database: Database & { drop: () => Promise<void> };

/** A fresh database with the four demo areas and the training programme loaded at a moment. */
async function loadAt(now: Date) {
  database = await openTestDatabase();
  for (const name of ['Northfield', 'Riverside', 'Eastbrook', 'Hillcrest']) {
    await buildArea(database.db, name);
  }
  await seedDemoTraining(ctxFor(database.db, null, now));
}

// Loaded in the summer holidays, near the end of a term, or in a half-term when the clocks change:
// whenever the demo is loaded, its sessions wait for days when the schools are open.
describe.each([
  ['in the summer holidays', new Date('2026-07-24T09:00:00Z')],
  ['a week before Christmas', new Date('2026-12-14T09:00:00Z')],
  ['in the week the clocks go back', new Date('2026-10-22T09:00:00Z')],
])('the demo sessions, loaded %s', (_when, now) => {
  beforeAll(() => loadAt(now));
  afterAll(() => database.drop());

  it('has a dozen upcoming sessions, every one on a school day between 10am and 2pm', async () => {
    const calendars = await store.findAreaCalendars(database.db);
    const sessions = await database.db
      .select({
        startsAt: trainingSessions.startsAt,
        endsAt: trainingSessions.endsAt,
        areaId: trainingVenues.areaId,
      })
      .from(trainingSessions)
      .innerJoin(trainingVenues, eq(trainingVenues.id, trainingSessions.venueId));

    expect(sessions).toHaveLength(12);
    for (const session of sessions) {
      const area = calendars.find((calendar) => calendar.id === session.areaId)!;
      expect(session.startsAt > now).toBe(true);
      expect(checkClassroomSession({ ...session, timeZone: 'Europe/London', area })).toEqual({
        ok: true,
      });
    }
    const areasWithSessions = new Set(sessions.map((session) => session.areaId));
    expect(areasWithSessions.size).toBe(4);
  });
});

describe('the demo training programme', () => {
  const now = new Date('2026-07-24T09:00:00Z');
  beforeAll(() => loadAt(now));
  afterAll(() => database.drop());

  it('gives each area two school years of terms, with half-terms that differ between areas', async () => {
    const calendars = await store.findAreaCalendars(database.db);
    for (const calendar of calendars) {
      // The school year 2025 to 2026 is ending; the next one is the one the sessions fall in.
      expect(calendar.terms.map((term) => term.name)).toEqual([
        'Autumn 2025',
        'Spring 2026',
        'Summer 2026',
        'Autumn 2026',
        'Spring 2027',
        'Summer 2027',
      ]);
      expect(calendar.excludedDates.some((closed) => closed.kind === 'inset_day')).toBe(true);
    }
    const autumnHalfTerms = calendars.map(
      (calendar) => calendar.excludedDates.find((closed) => closed.kind === 'half_term')!.startsOn,
    );
    expect(new Set(autumnHalfTerms).size).toBeGreaterThan(1);
  });

  it('has two venues in each area and a catalogue mapped to the training standards', async () => {
    const venues = await store.findVenues(database.db);
    expect(venues).toHaveLength(8);
    const courses = await database.db.select().from(trainingCourses);
    expect(courses.map((course) => course.title)).toEqual(
      expect.arrayContaining(['Attachment and therapeutic care', 'Skills to Foster']),
    );
    const safeguarding = courses.find((course) => course.title === 'Safeguarding children')!;
    expect(safeguarding.refresherMonths).toBe(36);
    for (const course of courses) expect(course.tsdsStandards.length).toBeGreaterThan(0);
    const [covered] = await selectRows<{ standards: number[] }>(
      database.db,
      sql`SELECT array_agg(DISTINCT s ORDER BY s) AS standards
          FROM training_courses, unnest(tsds_standards) AS s`,
    );
    expect(covered!.standards).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
