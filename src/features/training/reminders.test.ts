import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildArea } from '../../../test/support/factories.ts';
import { startTestMailServer, type TestMailServer } from '../../../test/support/smtp.ts';
import type { Database } from '../../core/db/connect.ts';
import { deliverPendingMail } from '../../core/mail/delivery.ts';
import {
  buildCarer,
  buildCourse,
  buildSession,
  buildVenue,
  ctxAs,
  mailTo,
  type TestCarer,
} from './booking-test-kit.ts';
import { bookPlace, cancelBooking } from './bookings.ts';
import { reminderDue, sendTrainingReminders } from './reminders.ts';

let database: Database & { drop: () => Promise<void> };
let mailServer: TestMailServer;
let areaId: string;
let venueId: string;
let courseId: string;
const booking = new Date('2026-11-02T09:00:00Z');
// Friday 20 November 2026, 10am in London (GMT); and Friday 19 June 2026, 10am (BST, 09:00 UTC).
const winterStart = new Date('2026-11-20T10:00:00Z');
const summerStart = new Date('2026-06-19T09:00:00Z');
const HOUR = 60 * 60 * 1000;
const before = (start: Date, hours: number) => new Date(start.getTime() - hours * HOUR);

beforeAll(async () => {
  database = await openTestDatabase();
  mailServer = await startTestMailServer();
  areaId = await buildArea(database.db, 'Eastbrook');
  venueId = await buildVenue(database.db, areaId, 'Eastbrook Children’s Centre', null);
  courseId = await buildCourse(database.db, 'Attachment and therapeutic care');
});
afterAll(async () => {
  await mailServer.close();
  await database.drop();
});

async function bookedOn(sessionId: string, who: TestCarer, at = booking) {
  return bookPlace(await ctxAs(database.db, who.user, at), sessionId, who.carerId);
}

const reminders = async (address: string) =>
  (await mailTo(database.db, address)).filter((mail) => mail.subject.startsWith('Reminder'));

describe('reminders before a booked session', () => {
  it('sends one a week before and one the day before, each once, at the local time', async () => {
    const sessionId = await buildSession(database.db, {
      courseId,
      venueId,
      startsAt: winterStart,
      capacity: 1,
    });
    const asha = await buildCarer(database.db, 'Asha Booked', { areaId });
    const ben = await buildCarer(database.db, 'Ben Waiting', { areaId });
    const cara = await buildCarer(database.db, 'Cara Cancelled', { areaId });
    await bookedOn(sessionId, asha);
    await bookedOn(sessionId, ben);
    const otherSession = await buildSession(database.db, {
      courseId,
      venueId,
      startsAt: winterStart,
    });
    const { bookingId } = await bookedOn(otherSession, cara);
    await cancelBooking(await ctxAs(database.db, cara.user, booking), bookingId);

    expect(await sendTrainingReminders(database.db, before(winterStart, 24 * 8))).toBe(0);
    expect(await sendTrainingReminders(database.db, before(winterStart, 24 * 7 - 1))).toBe(1);
    expect(await sendTrainingReminders(database.db, before(winterStart, 24 * 7 - 2))).toBe(0);
    expect(await sendTrainingReminders(database.db, before(winterStart, 23))).toBe(1);
    expect(await sendTrainingReminders(database.db, before(winterStart, 22))).toBe(0);

    expect((await reminders(asha.user.email)).map((mail) => mail.subject)).toEqual([
      'Reminder: Attachment and therapeutic care on Friday 20 November',
      'Reminder: Attachment and therapeutic care tomorrow',
    ]);
    expect(await reminders(ben.user.email)).toEqual([]);
    expect(await reminders(cara.user.email)).toEqual([]);

    await deliverPendingMail(
      database,
      mailServer.transport(),
      'training@example.org',
      pino({ level: 'silent' }),
    );
    const received = mailServer.received.filter(
      (mail) => mail.to.includes(asha.user.email) && mail.subject.endsWith('tomorrow'),
    );
    expect(received).toHaveLength(1);
    expect(received[0]!.text).toContain(
      'When: Friday 20 November 2026, 10am to 1pm (Europe/London time)',
    );
  });

  it('gives summer sessions their British Summer Time, and a place booked the day before only a confirmation', async () => {
    const sessionId = await buildSession(database.db, { courseId, venueId, startsAt: summerStart });
    const dev = await buildCarer(database.db, 'Dev Summer', { areaId });
    const eve = await buildCarer(database.db, 'Eve Lastminute', { areaId });
    await bookedOn(sessionId, dev, new Date('2026-06-01T09:00:00Z'));
    await bookedOn(sessionId, eve, before(summerStart, 20));

    await sendTrainingReminders(database.db, before(summerStart, 24 * 7 - 1));
    await sendTrainingReminders(database.db, before(summerStart, 12));

    const devMail = await reminders(dev.user.email);
    expect(devMail).toHaveLength(2);
    expect(devMail[0]!.textBody).toContain('Friday 19 June 2026, 10am to 1pm');
    expect(await reminders(eve.user.email)).toEqual([]);
    expect((await mailTo(database.db, eve.user.email)).map((mail) => mail.subject)).toEqual([
      'Your place on Attachment and therapeutic care, Friday 19 June',
    ]);
  });
});

describe('which reminder is due', () => {
  const day = 24 * HOUR;
  it.each([
    ['eight days ahead', 8 * day, { week: false, day: false }, null],
    ['six days ahead', 6 * day, { week: false, day: false }, 'week'],
    ['six days ahead, week reminder sent', 6 * day, { week: true, day: false }, null],
    ['20 hours ahead', 20 * HOUR, { week: true, day: false }, 'day'],
    ['20 hours ahead, never reminded', 20 * HOUR, { week: false, day: false }, 'day'],
    ['20 hours ahead, both sent', 20 * HOUR, { week: true, day: true }, null],
    ['after it started', -HOUR, { week: false, day: false }, null],
  ])('%s', (_story, msAhead, sent, expected) => {
    expect(reminderDue(msAhead, sent)).toBe(expected);
  });
});
