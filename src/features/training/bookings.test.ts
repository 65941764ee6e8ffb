import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildArea, buildUser, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, trainingBookings } from '../../core/db/tables.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import {
  buildCarer,
  buildCourse,
  buildSession,
  buildVenue,
  ctxAs,
  mailTo,
  offersOf,
  statusesOn,
  type TestCarer,
} from './booking-test-kit.ts';
import { bookPlace, cancelBooking } from './bookings.ts';

let database: Database & { drop: () => Promise<void> };
let gwen: TestUser;
let northfield: string;
let courseId: string;
let communityCentre: string;
let library: string;
// A Monday morning in November; sessions are a week or more away unless a story says otherwise.
const now = new Date('2026-11-02T09:00:00Z');
const inDays = (days: number, hour = 10) => new Date(Date.UTC(2026, 10, 2 + days, hour, 0, 0));

beforeAll(async () => {
  database = await openTestDatabase();
  gwen = await buildUser(database.db, { role: 'training_coordinator', name: 'Gwen Llewellyn' });
  northfield = await buildArea(database.db, 'Northfield');
  communityCentre = await buildVenue(database.db, northfield, 'Northfield Community Centre', {
    latitude: 52.4,
    longitude: -1.9,
  });
  library = await buildVenue(database.db, northfield, 'Ashby Cross Library', {
    latitude: 52.6,
    longitude: -1.5,
  });
  courseId = await buildCourse(database.db);
});
afterAll(() => database.drop());

const carer = (name: string) =>
  buildCarer(database.db, name, { areaId: northfield, latitude: 52.41, longitude: -1.91 });
const as = (who: TestCarer | TestUser, at = now) =>
  ctxAs(database.db, 'user' in who ? who.user : who, at);
const book = async (who: TestCarer, sessionId: string, at = now) =>
  bookPlace(await as(who, at), sessionId, who.carerId);

describe('two carers taking the last place at the same moment', () => {
  it('gives it to exactly one of them; the other joins the waiting list', async () => {
    for (let round = 0; round < 3; round += 1) {
      const sessionId = await buildSession(database.db, {
        courseId,
        venueId: communityCentre,
        startsAt: inDays(8 + round),
        capacity: 2,
      });
      await book(await carer(`Early Bird${round}`), sessionId);
      const asha = await carer(`Asha Quick${round}`);
      const ben = await carer(`Ben Quick${round}`);

      const outcomes = await Promise.all([
        bookPlace(await as(asha), sessionId, asha.carerId),
        bookPlace(await as(ben), sessionId, ben.carerId),
      ]);

      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['booked', 'waiting']);
      expect(outcomes.find((outcome) => outcome.status === 'waiting')!.position).toBe(1);
      const statuses = Object.values(await statusesOn(database.db, sessionId)).sort();
      expect(statuses).toEqual(['booked', 'booked', 'waiting']);
    }
  });
});

describe('booking a place', () => {
  it('books Asha, emails her the time and venue, and audits it', async () => {
    const asha = await carer('Asha Patel');
    const sessionId = await buildSession(database.db, {
      courseId,
      venueId: communityCentre,
      startsAt: inDays(15),
    });

    const outcome = await book(asha, sessionId);

    expect(outcome).toMatchObject({ status: 'booked', position: null });
    const [mail] = await mailTo(database.db, asha.user.email);
    expect(mail!.subject).toBe('Your place on Managing behaviour, Tuesday 17 November');
    expect(mail!.textBody).toContain('Tuesday 17 November 2026, 10am to 1pm (Europe/London time)');
    expect(mail!.textBody).toContain('Northfield Community Centre');
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.recordId, outcome.bookingId));
    expect(audit!.action).toBe('training.booked');
  });

  it('refuses a second booking of the same carer on the same session, clearly', async () => {
    const asha = await carer('Asha Twice');
    const sessionId = await buildSession(database.db, {
      courseId,
      venueId: communityCentre,
      startsAt: inDays(16),
    });
    await book(asha, sessionId);

    const again = book(asha, sessionId);

    await expect(again).rejects.toBeInstanceOf(Invalid);
    await expect(again).rejects.toMatchObject({
      fieldErrors: { carerId: 'Asha Twice already has a place on this session' },
    });
  });

  it('refuses a session that has already started', async () => {
    const asha = await carer('Asha Late');
    const sessionId = await buildSession(database.db, {
      courseId,
      venueId: communityCentre,
      startsAt: new Date(now.getTime() - 60_000),
    });

    await expect(book(asha, sessionId)).rejects.toMatchObject({
      fieldErrors: { sessionId: expect.stringContaining('already started') },
    });
  });

  it('lets a coordinator book a carer, but not a carer from another household', async () => {
    const asha = await carer('Asha Booked');
    const ben = await carer('Ben Elsewhere');
    const sessionId = await buildSession(database.db, {
      courseId,
      venueId: library,
      startsAt: inDays(17),
    });

    await expect(bookPlace(await as(gwen), sessionId, asha.carerId)).resolves.toMatchObject({
      status: 'booked',
    });
    await expect(bookPlace(await as(ben), sessionId, asha.carerId)).rejects.toBeInstanceOf(
      NotFound,
    );
  });

  it('tells the carer where they are on the waiting list', async () => {
    const sessionId = await buildSession(database.db, {
      courseId,
      venueId: library,
      startsAt: inDays(18),
      capacity: 1,
    });
    await book(await carer('First Inline'), sessionId);
    await book(await carer('Second Inline'), sessionId);
    const cara = await carer('Cara Third');

    const outcome = await book(cara, sessionId);

    expect(outcome).toMatchObject({ status: 'waiting', position: 2 });
    const [mail] = await mailTo(database.db, cara.user.email);
    expect(mail!.textBody).toContain('you are number 2 on the waiting list');
  });
});

describe('cancelling', () => {
  it('gives the freed place to the first person waiting, who is emailed', async () => {
    const sessionId = await buildSession(database.db, {
      courseId,
      venueId: communityCentre,
      startsAt: inDays(20),
      capacity: 1,
    });
    const asha = await carer('Asha Leaving');
    const ben = await carer('Ben Waiting');
    const cara = await carer('Cara Waiting');
    const { bookingId } = await book(asha, sessionId);
    await book(ben, sessionId);
    await book(cara, sessionId);

    const result = await cancelBooking(await as(asha), bookingId);

    expect(result).toMatchObject({ isLate: false, promoted: 1 });
    expect(await statusesOn(database.db, sessionId)).toEqual({
      [asha.carerId]: 'cancelled',
      [ben.carerId]: 'booked',
      [cara.carerId]: 'waiting',
    });
    const [promoted] = await database.db
      .select()
      .from(trainingBookings)
      .where(eq(trainingBookings.carerId, ben.carerId));
    expect(promoted!.promotedAt).toEqual(now);
    const benMail = await mailTo(database.db, ben.user.email);
    expect(benMail.at(-1)!.textBody).toContain('a place has come up on Managing behaviour');
    expect(await offersOf(database.db, asha.carerId)).toEqual([]);
  });

  it('within 48 hours is late: a catch-up is offered, the nearest venue first', async () => {
    const sessionId = await buildSession(database.db, {
      courseId,
      venueId: communityCentre,
      startsAt: inDays(22),
    });
    const farther = await buildSession(database.db, {
      courseId,
      venueId: library,
      startsAt: inDays(29),
      isCatchUp: true,
    });
    const nearer = await buildSession(database.db, {
      courseId,
      venueId: communityCentre,
      startsAt: inDays(36),
      isCatchUp: true,
    });
    const asha = await carer('Asha Poorly');
    const { bookingId } = await book(asha, sessionId);
    const dayBefore = inDays(21, 12);

    const result = await cancelBooking(await as(asha, dayBefore), bookingId);

    expect(result.isLate).toBe(true);
    const [booking] = await database.db
      .select()
      .from(trainingBookings)
      .where(eq(trainingBookings.id, bookingId));
    expect(booking!.isLateCancellation).toBe(true);
    const [offer] = await offersOf(database.db, asha.carerId);
    expect(offer).toMatchObject({
      reason: 'late_cancellation',
      status: 'open',
      offeredSessionId: nearer,
    });
    expect(offer!.offeredSessionId).not.toBe(farther);
    const mail = await mailTo(database.db, asha.user.email);
    expect(mail.at(-1)!.subject).toBe('Catching up on Managing behaviour');
  });

  it('will not let a carer cancel another household’s place', async () => {
    const sessionId = await buildSession(database.db, {
      courseId,
      venueId: communityCentre,
      startsAt: inDays(23),
    });
    const asha = await carer('Asha Mine');
    const ben = await carer('Ben Meddling');
    const { bookingId } = await book(asha, sessionId);

    await expect(cancelBooking(await as(ben), bookingId)).rejects.toBeInstanceOf(NotFound);
    expect((await statusesOn(database.db, sessionId))[asha.carerId]).toBe('booked');
  });
});
