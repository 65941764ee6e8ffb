import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildArea, buildUser, ctxFor, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, eventBookings, informationEvents } from '../../core/db/tables.ts';
import { bookPlaces } from './events-service.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let clock: Date;
let rita: TestUser;
let carer: TestUser;
let northfield: string;
const DAY = 24 * 60 * 60 * 1000;
const SECRET = 'a signing secret for these tests';

beforeAll(async () => {
  database = await openTestDatabase();
  clock = new Date();
  testApp = await startTestApp(database, {}, () => clock);
  rita = await buildUser(database.db, { role: 'recruitment_officer', name: 'Rita Recruiter' });
  carer = await buildUser(database.db, { role: 'foster_carer' });
  northfield = await buildArea(database.db, 'Northfield');
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

async function addEvent(overrides: Partial<typeof informationEvents.$inferInsert> = {}) {
  const startsAt = new Date(clock.getTime() + 10 * DAY);
  const [event] = await database.db
    .insert(informationEvents)
    .values({
      title: 'Fostering information evening',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60 * 1000),
      isOnline: false,
      venue: 'Northfield Community Centre',
      areaId: northfield,
      capacity: 10,
      ...overrides,
    })
    .returning({ id: informationEvents.id });
  return event!.id;
}

const booking = (email: string, places = 1) => ({
  firstName: 'Test',
  lastName: 'Booker',
  email,
  phone: '',
  places,
});

async function placesBooked(eventId: string): Promise<number> {
  const rows = await database.db
    .select({ places: eventBookings.places })
    .from(eventBookings)
    .where(eq(eventBookings.eventId, eventId));
  return rows.reduce((total, row) => total + row.places, 0);
}

/** Someone opening an event's page and booking from it, a person's few seconds later. */
async function bookFromPage(eventId: string, fields: Record<string, string>, address: string) {
  const visitor = new Visitor(testApp, address);
  const page = await visitor.get(`/get-in-touch/events/${eventId}`);
  const stamp = /name="form_started" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  clock = new Date(clock.getTime() + 10_000);
  return {
    page,
    answer: await visitor.post(`/get-in-touch/events/${eventId}`, {
      form_started: stamp,
      source: '',
      website: '',
      ...fields,
    }),
  };
}

describe('booking a place at an information event', () => {
  it('gives the last place to exactly one of two people booking at the same moment', async () => {
    const eventId = await addEvent({ capacity: 3 });
    const ctx = (ip: string) => ({ ...ctxFor(database.db, null, clock), request: { id: ip, ip } });
    await bookPlaces(
      ctx('203.0.113.1'),
      { secret: SECRET },
      eventId,
      booking('first@example.org', 2),
      '',
    );

    const results = await Promise.all([
      bookPlaces(ctx('203.0.113.2'), { secret: SECRET }, eventId, booking('ana@example.org'), ''),
      bookPlaces(ctx('203.0.113.3'), { secret: SECRET }, eventId, booking('ben@example.org'), ''),
    ]);

    expect(results.map((result) => result.kind).sort()).toEqual(['booked', 'not_enough_places']);
    expect(results.find((result) => result.kind === 'not_enough_places')).toEqual({
      kind: 'not_enough_places',
      placesLeft: 0,
    });
    expect(await placesBooked(eventId)).toBe(3);
  });

  it('says a full event is full, offers the other ways in, and refuses a booking sent as it filled', async () => {
    const eventId = await addEvent({ capacity: 2 });
    const visitor = new Visitor(testApp, '198.51.100.41');
    const opened = await visitor.get(`/get-in-touch/events/${eventId}`);
    expect(opened.body).toContain('Book my place');
    const stamp = /name="form_started" value="([^"]+)"/.exec(opened.body)?.[1] ?? '';

    // While the page is open, someone else books both places.
    const ctx = { ...ctxFor(database.db, null, clock), request: { id: 'x', ip: '203.0.113.20' } };
    await bookPlaces(ctx, { secret: SECRET }, eventId, booking('early@example.org', 2), '');
    clock = new Date(clock.getTime() + 30_000);
    const answer = await visitor.post(`/get-in-touch/events/${eventId}`, {
      form_started: stamp,
      source: '',
      website: '',
      firstName: 'Late',
      lastName: 'Comer',
      email: 'late@example.org',
      phone: '',
      places: '1',
    });
    expect(answer.statusCode).toBe(409);
    expect(answer.body).toContain('This event is full');
    expect(answer.body).not.toContain('Book my place');
    expect(answer.body).toContain('href="/get-in-touch/call-back"');
    expect(await placesBooked(eventId)).toBe(2);

    const list = await new Visitor(testApp, '198.51.100.40').get('/get-in-touch/events');
    expect(list.body).toMatch(/<strong class="tag tag--overdue">Full<\/strong>/);
  });

  it('offers no more places than are left, and says so when someone asks for more', async () => {
    const eventId = await addEvent({ capacity: 3 });
    const { page, answer } = await bookFromPage(
      eventId,
      { firstName: 'Big', lastName: 'Family', email: 'big@example.org', phone: '', places: '4' },
      '198.51.100.42',
    );
    expect(page.body).toContain('Only 3 places left');
    expect(page.body).not.toContain('value="4"');
    expect(answer.statusCode).toBe(409);
    expect(answer.body).toContain('There are only 3 places left. Choose 3 places or fewer');
    expect(answer.body).toContain('value="big@example.org"');
  });

  it('does not book the same email twice on one event', async () => {
    const eventId = await addEvent();
    const fields = {
      firstName: 'Ola',
      lastName: 'Twice',
      email: 'ola@example.org',
      phone: '',
      places: '1',
    };
    expect((await bookFromPage(eventId, fields, '198.51.100.43')).answer.statusCode).toBe(303);
    const again = await bookFromPage(
      eventId,
      { ...fields, email: 'OLA@example.org' },
      '198.51.100.44',
    );
    expect(again.answer.statusCode).toBe(409);
    expect(again.answer.body).toContain('You have already booked places at this event');
    expect(await placesBooked(eventId)).toBe(1);
  });

  it('takes no bookings for a cancelled or past event, and hides them from the list', async () => {
    const cancelled = await addEvent({ title: 'Cancelled evening', isCancelled: true });
    const past = await addEvent({
      title: 'Last month’s evening',
      startsAt: new Date(clock.getTime() - 30 * DAY),
      endsAt: new Date(clock.getTime() - 30 * DAY + 60 * 60 * 1000),
    });
    const list = await new Visitor(testApp, '198.51.100.45').get('/get-in-touch/events');
    expect(list.body).not.toContain('Cancelled evening');
    expect(list.body).not.toContain('Last month’s evening');
    for (const eventId of [cancelled, past]) {
      const page = await new Visitor(testApp, '198.51.100.46').get(
        `/get-in-touch/events/${eventId}`,
      );
      expect(page.body).toContain('This event is not taking bookings');
      expect(page.body).not.toContain('Book my place');
      const ctx = { ...ctxFor(database.db, null, clock), request: { id: 'z', ip: '203.0.113.21' } };
      const result = await bookPlaces(
        ctx,
        { secret: SECRET },
        eventId,
        booking('late@example.org'),
        '',
      );
      expect(result).toEqual({ kind: 'closed' });
    }
    expect(await placesBooked(cancelled)).toBe(0);
  });

  it('answers 404 for an event that does not exist or an address that is not an event', async () => {
    const visitor = new Visitor(testApp, '198.51.100.47');
    expect(
      (await visitor.get('/get-in-touch/events/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    expect((await visitor.get('/get-in-touch/events/not-an-id')).statusCode).toBe(404);
  });
});

describe('staff running information events', () => {
  it('Rita adds an event with a venue in Northfield; it appears on the public site in local time', async () => {
    const staff = new Visitor(testApp, '198.51.100.60');
    await staff.signIn(rita.email, rita.password);
    expect((await staff.get('/recruitment/events/new')).statusCode).toBe(200);
    const added = await staff.post('/recruitment/events/new', {
      title: 'Spring information evening',
      date: '2099-04-14',
      startTime: '18:30',
      endTime: '20:00',
      isOnline: 'no',
      venue: 'Fellbeck Village Hall',
      areaId: northfield,
      capacity: '25',
      description: 'Tea, cake and honest answers.',
    });
    expect(added.statusCode).toBe(303);
    const eventPath = String(added.headers.location);
    const [event] = await database.db
      .select()
      .from(informationEvents)
      .where(eq(informationEvents.title, 'Spring information evening'));
    // 18:30 in London in April is 17:30 UTC (British Summer Time).
    expect(event!.startsAt.toISOString()).toBe('2099-04-14T17:30:00.000Z');
    expect(event!.createdBy).toBe(rita.id);

    const publicList = await new Visitor(testApp, '198.51.100.61').get('/get-in-touch/events');
    expect(publicList.body).toContain('Spring information evening');
    expect(publicList.body).toContain('Tuesday 14 April 2099, 6:30pm to 8pm');

    const changed = await staff.post(`${eventPath}/edit`, {
      title: 'Spring information evening',
      date: '2099-04-14',
      startTime: '18:30',
      endTime: '20:00',
      isOnline: 'no',
      venue: 'Fellbeck Village Hall',
      areaId: northfield,
      capacity: '25',
      description: '',
      isCancelled: 'yes',
    });
    expect(changed.statusCode).toBe(303);
    expect(
      (await new Visitor(testApp, '198.51.100.62').get('/get-in-touch/events')).body,
    ).not.toContain('Spring information evening');
  });

  it('Rita sees who has booked, and that reading is on the audit trail', async () => {
    const eventId = await addEvent({ title: 'Audited evening' });
    const ctx = { ...ctxFor(database.db, null, clock), request: { id: 'y', ip: '203.0.113.30' } };
    await bookPlaces(
      ctx,
      { secret: SECRET },
      eventId,
      { ...booking('nia@example.org', 2), firstName: 'Nia' },
      '',
    );
    const staff = new Visitor(testApp, '198.51.100.63');
    await staff.signIn(rita.email, rita.password);
    const page = await staff.get(`/recruitment/events/${eventId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Nia Booker');
    expect(page.body).toContain('nia@example.org');
    expect(page.body).toContain('2 of 10');
    const audited = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, eventId), eq(auditEvents.actorId, rita.id)));
    expect(audited).toMatchObject([
      { action: 'event.manage', recordType: 'information_event', fields: ['bookings'] },
    ]);
  });

  it('shows Rita what to fix in an event that cannot be', async () => {
    const staff = new Visitor(testApp, '198.51.100.64');
    await staff.signIn(rita.email, rita.password);
    const answer = await staff.post('/recruitment/events/new', {
      title: '',
      date: '2099-02-31',
      startTime: '19:00',
      endTime: '18:00',
      isOnline: 'maybe',
      venue: '',
      areaId: 'somewhere',
      capacity: '0',
      description: '',
    });
    expect(answer.statusCode).toBe(400);
    for (const message of [
      'Enter a title',
      'Choose whether the event is online',
      'Enter where it is',
      'Choose one of the areas',
      'Enter a number of places from 1 to 500',
    ]) {
      expect(answer.body).toContain(message);
    }
    const valid = {
      title: 'Leap evening',
      date: '2099-03-03',
      startTime: '18:00',
      endTime: '19:00',
      isOnline: 'yes',
      venue: 'Online',
      areaId: '',
      capacity: '10',
      description: '',
    };
    const empty = await staff.post('/recruitment/events/new', {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter the date of the event');
    expect(empty.body).not.toContain('Invalid input');
    const backwards = await staff.post('/recruitment/events/new', { ...valid, endTime: '17:00' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain('Enter an end time after the start time');
    const badDate = await staff.post('/recruitment/events/new', { ...valid, date: '2099-02-31' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('Enter a real date');
    expect(badDate.body).toContain('value="Leap evening"');
  });

  it('refuses a foster carer the staff pages, and sends a visitor to sign in', async () => {
    const carerVisitor = new Visitor(testApp, '198.51.100.65');
    await carerVisitor.signIn(carer.email, carer.password);
    expect((await carerVisitor.get('/recruitment/events')).statusCode).toBe(403);
    const eventId = await addEvent();
    expect((await carerVisitor.get(`/recruitment/events/${eventId}`)).statusCode).toBe(403);
    const visitor = new Visitor(testApp, '198.51.100.66');
    const answer = await visitor.get('/recruitment/events');
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toMatch(/^\/sign-in/);
  });
});
