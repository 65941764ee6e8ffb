import ICAL from 'ical.js';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildArea, buildUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents } from '../../core/db/tables.ts';
import { Forbidden } from '../../core/errors.ts';
import {
  buildCarer,
  buildCourse,
  buildSession,
  buildVenue,
  ctxAs,
  type TestCarer,
} from './booking-test-kit.ts';
import { bookPlace, cancelBooking } from './bookings.ts';
import { readMyFeedToken, renderCalendarFeed, resetMyFeed } from './calendar-feed.ts';

let database: Database & { drop: () => Promise<void> };
let asha: TestCarer;
let venueId: string;
const now = new Date('2026-05-04T09:00:00Z');
// 10am in London: in summer that is 09:00 UTC (British Summer Time), in winter 10:00 UTC.
const summer = new Date('2026-06-16T09:00:00Z');
const winter = new Date('2026-12-08T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  const areaId = await buildArea(database.db, 'Northfield');
  venueId = await buildVenue(database.db, areaId, 'Northfield Community Centre', null);
  asha = await buildCarer(database.db, 'Asha Calendar', { areaId });
  const ben = await buildCarer(database.db, 'Ben Before', { areaId });
  const attachment = await buildCourse(database.db, 'Attachment and therapeutic care');
  const safeguarding = await buildCourse(database.db, 'Safeguarding children');
  const ashaCtx = await ctxAs(database.db, asha.user, now);
  const book = async (courseId: string, startsAt: Date, capacity = 10) =>
    bookPlace(
      ashaCtx,
      await buildSession(database.db, { courseId, venueId, startsAt, capacity }),
      asha.carerId,
    );
  await book(attachment, summer);
  await book(safeguarding, winter);
  // A cancelled place and a place in a queue are not in her calendar.
  const cancelled = await book(safeguarding, new Date('2026-06-23T09:00:00Z'));
  await cancelBooking(ashaCtx, cancelled.bookingId);
  const full = await buildSession(database.db, {
    courseId: attachment,
    venueId,
    startsAt: new Date('2026-06-30T09:00:00Z'),
    capacity: 1,
  });
  await bookPlace(await ctxAs(database.db, ben.user, now), full, ben.carerId);
  await bookPlace(ashaCtx, full, asha.carerId);
});
afterAll(() => database.drop());

function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent))
    .sort((a, b) => a.startDate.compare(b.startDate));
}

describe('a carer’s calendar feed', () => {
  it('lists the sessions she has a place on at 10:00 London time, summer and winter', async () => {
    const token = await resetMyFeed(await ctxAs(database.db, asha.user, now));

    const ics = await renderCalendarFeed(database.db, token, now);

    const events = eventsOf(ics!);
    expect(events.map((event) => event.summary)).toEqual([
      'Attachment and therapeutic care',
      'Safeguarding children',
    ]);
    for (const event of events) {
      expect(event.startDate.zone.tzid).toBe('Europe/London');
      expect([event.startDate.hour, event.startDate.minute]).toEqual([10, 0]);
      expect([event.endDate.hour, event.endDate.minute]).toEqual([13, 0]);
      expect(event.location).toBe(
        'Northfield Community Centre, 1 Northfield Community Centre Road, NF1 1AA',
      );
      expect(event.description).toContain('Getting in: Step-free entrance.');
    }
    expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
      summer.toISOString(),
      winter.toISOString(),
    ]);
  });

  it('stops working at the old address when she makes a new one', async () => {
    const ctx = await ctxAs(database.db, asha.user, now);
    const old = await resetMyFeed(ctx);

    const fresh = await resetMyFeed(ctx);

    expect(fresh).not.toBe(old);
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await readMyFeedToken(ctx)).toBe(fresh);
    expect(await renderCalendarFeed(database.db, old, now)).toBeNull();
    expect(await renderCalendarFeed(database.db, fresh, now)).toContain('BEGIN:VEVENT');
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'training.feed_created'));
    expect(audits.length).toBeGreaterThanOrEqual(2);
    expect(audits.every((audit) => audit.recordId === asha.user.id)).toBe(true);
  });

  it('is only for carers', async () => {
    const worker = await buildUser(database.db, { role: 'supervising_social_worker' });

    await expect(resetMyFeed(await ctxAs(database.db, worker, now))).rejects.toBeInstanceOf(
      Forbidden,
    );
  });
});
