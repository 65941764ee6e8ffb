import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildArea, buildUser, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { trainingCompletions } from '../../core/db/tables.ts';
import { Forbidden } from '../../core/errors.ts';
import {
  buildCarer,
  buildCourse,
  buildSession,
  buildVenue,
  ctxAs,
  mailTo,
  offersOf,
  type TestCarer,
} from './booking-test-kit.ts';
import { bookPlace } from './bookings.ts';
import { markAttendance, readRegister } from './register.ts';
import { createClassroomSession } from './service.ts';
import * as store from './store.ts';

let database: Database & { drop: () => Promise<void> };
let gwen: TestUser;
let riverside: string;
let hillcrest: string;
let hub: string;
let methodistHall: string;
let hillcrestCentre: string;
let courseId: string;
// The session is on Tuesday 10 November 2026 at 10am; people book the week before.
const weekBefore = new Date('2026-11-03T09:00:00Z');
const sessionStart = new Date('2026-11-10T10:00:00Z');
const afterwards = new Date('2026-11-10T13:30:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  gwen = await buildUser(database.db, { role: 'training_coordinator', name: 'Gwen Llewellyn' });
  riverside = await buildArea(database.db, 'Riverside');
  hillcrest = await buildArea(database.db, 'Hillcrest');
  hub = await buildVenue(database.db, riverside, 'Riverside Family Hub', {
    latitude: 52.5,
    longitude: -1.8,
  });
  methodistHall = await buildVenue(database.db, riverside, 'Kingsford Methodist Hall', {
    latitude: 52.7,
    longitude: -1.4,
  });
  hillcrestCentre = await buildVenue(database.db, hillcrest, 'Hillcrest Learning Centre', null);
  for (const areaId of [riverside, hillcrest]) {
    await store.insertTerm(database.db, {
      areaId,
      name: 'Spring 2027',
      startsOn: '2027-01-05',
      endsOn: '2027-03-26',
    });
  }
});
afterAll(() => database.drop());

/** A course of its own for each story, so offers never cross between stories. */
async function story(title: string) {
  courseId = await buildCourse(database.db, title);
  const sessionId = await buildSession(database.db, {
    courseId,
    venueId: hub,
    startsAt: sessionStart,
    trainerId: gwen.id,
  });
  return sessionId;
}

const carerNear = (name: string, at = { latitude: 52.69, longitude: -1.41 }) =>
  buildCarer(database.db, name, { areaId: riverside, ...at });

async function bookedOn(sessionId: string, who: TestCarer, at = weekBefore) {
  const ctx = await ctxAs(database.db, who.user, at);
  return (await bookPlace(ctx, sessionId, who.carerId)).bookingId;
}

const asGwen = (at = afterwards) => ctxAs(database.db, gwen, at);

describe('taking the register', () => {
  it('records attendance as a completion on the session’s day, and a correction removes it', async () => {
    const sessionId = await story('Safeguarding children');
    const asha = await carerNear('Asha Present');
    const bookingId = await bookedOn(sessionId, asha);

    await markAttendance(await asGwen(), sessionId, { [bookingId]: 'attended' });

    const completions = () =>
      database.db
        .select()
        .from(trainingCompletions)
        .where(eq(trainingCompletions.carerId, asha.carerId));
    expect(await completions()).toMatchObject([
      { courseId, completedOn: '2026-11-10', source: 'classroom', sessionId, recordedBy: gwen.id },
    ]);

    await markAttendance(await asGwen(), sessionId, { [bookingId]: 'absent' });

    expect(await completions()).toEqual([]);
    expect(await offersOf(database.db, asha.carerId)).toMatchObject([
      { reason: 'absent', missedBookingId: bookingId, status: 'open' },
    ]);
  });

  it('opens on the day of the session and not before', async () => {
    const sessionId = await story('Child development');
    const bookingId = await bookedOn(sessionId, await carerNear('Asha Early'));
    const dayBefore = new Date('2026-11-09T15:00:00Z');

    expect((await readRegister(await asGwen(dayBefore), sessionId)).isOpen).toBe(false);
    await expect(
      markAttendance(await asGwen(dayBefore), sessionId, { [bookingId]: 'attended' }),
    ).rejects.toMatchObject({
      fieldErrors: {
        register: 'The register opens on the day of the session, Tuesday 10 November 2026',
      },
    });
    const morningOf = new Date('2026-11-10T08:30:00Z');
    await expect(
      markAttendance(await asGwen(morningOf), sessionId, { [bookingId]: 'attended' }),
    ).resolves.toBe(1);
  });

  it('is for the session’s trainer and the coordinator, not another social worker', async () => {
    const sessionId = await story('Health and wellbeing');
    const worker = await buildUser(database.db, { role: 'supervising_social_worker' });

    await expect(
      readRegister(await ctxAs(database.db, worker, afterwards), sessionId),
    ).rejects.toBeInstanceOf(Forbidden);
  });
});

describe('catching up after missing a session', () => {
  it('offers the absent carer the nearest catch-up session with a free place, and emails them', async () => {
    const sessionId = await story('Managing behaviour');
    const plainNearby = await buildSession(database.db, {
      courseId,
      venueId: methodistHall,
      startsAt: new Date('2026-11-17T10:00:00Z'),
    });
    const catchUpFarther = await buildSession(database.db, {
      courseId,
      venueId: hub,
      startsAt: new Date('2026-11-18T10:00:00Z'),
      isCatchUp: true,
    });
    const catchUpNearest = await buildSession(database.db, {
      courseId,
      venueId: methodistHall,
      startsAt: new Date('2026-11-25T10:00:00Z'),
      isCatchUp: true,
    });
    const catchUpFull = await buildSession(database.db, {
      courseId,
      venueId: methodistHall,
      startsAt: new Date('2026-11-19T10:00:00Z'),
      isCatchUp: true,
      capacity: 1,
    });
    await bookedOn(catchUpFull, await carerNear('Someone Else'));
    // Ben lives next to the Methodist hall.
    const ben = await carerNear('Ben Absent');
    const bookingId = await bookedOn(sessionId, ben);

    await markAttendance(await asGwen(), sessionId, { [bookingId]: 'absent' });

    const [offer] = await offersOf(database.db, ben.carerId);
    expect(offer!.offeredSessionId).toBe(catchUpNearest);
    expect([plainNearby, catchUpFarther, catchUpFull]).not.toContain(offer!.offeredSessionId);
    const mail = await mailTo(database.db, ben.user.email);
    expect(mail.at(-1)!.textBody).toContain('Wednesday 25 November 2026, 10am to 1pm');
    expect(mail.at(-1)!.textBody).toContain('Kingsford Methodist Hall');
    expect(mail.at(-1)!.textBody).toContain('/training/mine');
  });

  it('leaves the offer open as unmet demand when there is no session to offer', async () => {
    const sessionId = await story('Identity, culture and faith');
    const cara = await carerNear('Cara Nothing');
    const bookingId = await bookedOn(sessionId, cara);

    await markAttendance(await asGwen(), sessionId, { [bookingId]: 'absent' });

    expect(await offersOf(database.db, cara.carerId)).toMatchObject([
      { status: 'open', offeredSessionId: null },
    ]);
    const mail = await mailTo(database.db, cara.user.email);
    expect(mail.at(-1)!.textBody).toContain('We will tell you as soon as one is arranged');
  });

  it('offers a new catch-up session to the carers waiting for one, nearest first, up to its places', async () => {
    const sessionId = await story('Relationships and family time');
    const near = await carerNear('Dev Near', { latitude: 52.5, longitude: -1.8 });
    const middle = await carerNear('Eve Middle', { latitude: 52.6, longitude: -1.6 });
    const far = await carerNear('Fay Far', { latitude: 52.9, longitude: -1.0 });
    const missed: Record<string, 'absent'> = {};
    for (const who of [far, near, middle]) missed[await bookedOn(sessionId, who)] = 'absent';
    await markAttendance(await asGwen(), sessionId, missed);

    const catchUpId = await createClassroomSession(await asGwen(new Date('2026-12-01T09:00:00Z')), {
      courseId,
      venueId: hub,
      date: '2027-01-12',
      startTime: '10:00',
      endTime: '13:00',
      trainerId: '',
      capacity: 2,
      isCatchUp: 'yes',
    });

    const offered = async (who: TestCarer) =>
      (await offersOf(database.db, who.carerId))[0]!.offeredSessionId;
    expect(await offered(near)).toBe(catchUpId);
    expect(await offered(middle)).toBe(catchUpId);
    expect(await offered(far)).toBeNull();
    const mail = await mailTo(database.db, near.user.email);
    expect(mail.at(-1)!.textBody).toContain('Tuesday 12 January 2027, 10am to 1pm');
  });

  it('counts the catch-up as taken up when the carer books it, and done when they attend', async () => {
    const sessionId = await story('Skills to Foster');
    const catchUp = await buildSession(database.db, {
      courseId,
      venueId: hillcrestCentre,
      startsAt: new Date('2026-11-24T10:00:00Z'),
      isCatchUp: true,
      trainerId: gwen.id,
    });
    const gus = await carerNear('Gus Again');
    await markAttendance(await asGwen(), sessionId, { [await bookedOn(sessionId, gus)]: 'absent' });

    const secondGo = await bookedOn(catchUp, gus, afterwards);
    expect((await offersOf(database.db, gus.carerId))[0]!.status).toBe('booked');

    const onTheDay = new Date('2026-11-24T14:00:00Z');
    await markAttendance(await asGwen(onTheDay), catchUp, { [secondGo]: 'attended' });
    expect((await offersOf(database.db, gus.carerId))[0]!.status).toBe('completed');
  });
});
