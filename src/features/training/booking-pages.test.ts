import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  Visitor,
  type TestApp,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  buildArea,
  buildChild,
  buildUser,
  linkBirthParent,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { trainingBookings } from '../../core/db/tables.ts';
import {
  buildCarer,
  buildCourse,
  buildSession,
  buildVenue,
  statusesOn,
  type TestCarer,
} from './booking-test-kit.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let gwen: TestUser;
let asha: TestCarer;
let ben: TestCarer;
let courseId: string;
let sessionId: string;
let northfield: string;
let venueId: string;
// The app's clock: a Monday in November, moved on to the session's day for the register.
let clock = new Date('2026-11-02T09:00:00Z');
const sessionDay = new Date('2026-11-10T14:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database, {}, () => clock);
  gwen = await buildUser(database.db, { role: 'training_coordinator', name: 'Gwen Llewellyn' });
  northfield = await buildArea(database.db, 'Northfield');
  venueId = await buildVenue(database.db, northfield, 'Northfield Community Centre', {
    latitude: 52.4,
    longitude: -1.9,
  });
  courseId = await buildCourse(database.db, 'Managing behaviour');
  sessionId = await buildSession(database.db, {
    courseId,
    venueId,
    startsAt: new Date('2026-11-10T10:00:00Z'),
    capacity: 8,
  });
  asha = await buildCarer(database.db, 'Asha Patel', { areaId: northfield });
  ben = await buildCarer(database.db, 'Ben Other', { areaId: northfield });
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const visit = (user: TestUser) => signedInVisitor(testApp, user);
const errorOn = (page: string, field: string) =>
  new RegExp(`id="field-${field}-error">[\\s\\S]*?</p>`).exec(page)?.[0] ?? '';

async function ashaBooking(): Promise<string> {
  const [row] = await database.db
    .select({ id: trainingBookings.id })
    .from(trainingBookings)
    .where(
      and(eq(trainingBookings.carerId, asha.carerId), ne(trainingBookings.status, 'cancelled')),
    );
  return row!.id;
}

describe('a carer’s own training page', () => {
  it('shows the courses she needs, with a session to book, then her bookings and calendar', async () => {
    const visitor = await visit(asha.user);

    const page = await visitor.get('/training/mine');

    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    const order = ['Courses you need', 'Your bookings', 'Past sessions', 'Your training calendar'];
    const positions = order.map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Overdue');
    expect(text).toContain('Tuesday 10 November 2026, 10am to 1pm');
    expect(text).toContain('8 places left');
    expect(page.body).toContain(`action="/training/sessions/${sessionId}/book"`);
  });

  it('books a place, shows it with a way to cancel, and cancels it', async () => {
    const visitor = await visit(asha.user);

    const booked = await visitor.post(`/training/sessions/${sessionId}/book`, {});
    expect(booked.statusCode).toBe(303);
    expect(booked.headers.location).toBe('/training/mine');
    const mine = await visitor.get('/training/mine');
    expect(pageText(mine.body)).toContain('You have a place. A confirmation email is on its way.');
    const bookingId = await ashaBooking();
    expect(mine.body).toContain(`/training/bookings/${bookingId}/cancel`);

    const confirm = await visitor.get(`/training/bookings/${bookingId}/cancel`);
    expect(pageText(confirm.body)).toContain('Cancel this place?');
    const cancelled = await visitor.post(`/training/bookings/${bookingId}/cancel`, {});
    expect(cancelled.statusCode).toBe(303);
    expect((await statusesOn(database.db, sessionId))[asha.carerId]).toBe('cancelled');
  });

  it('says clearly when she is already booked, and when the form is wrong', async () => {
    const visitor = await visit(asha.user);
    await visitor.post(`/training/sessions/${sessionId}/book`, {});

    const twice = await visitor.post(`/training/sessions/${sessionId}/book`, {});
    expect(twice.statusCode).toBe(400);
    expect(pageText(twice.body)).toContain('Asha Patel already has a place on this session');

    const nonsense = await visitor.post(`/training/sessions/${sessionId}/book`, {
      carerId: 'nonsense',
    });
    expect(nonsense.statusCode).toBe(400);
    expect(pageText(nonsense.body)).toContain('Choose who is coming');
  });

  it('will not let another household’s carer see or cancel her place', async () => {
    const bookingId = await ashaBooking();
    const visitor = await visit(ben.user);

    expect((await visitor.get(`/training/bookings/${bookingId}/cancel`)).statusCode).toBe(404);
    expect((await visitor.post(`/training/bookings/${bookingId}/cancel`, {})).statusCode).toBe(404);
    expect((await statusesOn(database.db, sessionId))[asha.carerId]).toBe('booked');
  });

  it('is not for a birth parent', async () => {
    const dani = await buildUser(database.db, { role: 'birth_parent', name: 'Dani Price' });
    await linkBirthParent(database.db, await buildChild(database.db), dani);
    const visitor = await visit(dani);

    expect([403, 404]).toContain((await visitor.get('/training/mine')).statusCode);
    expect([403, 404]).toContain(
      (await visitor.post(`/training/sessions/${sessionId}/book`, {})).statusCode,
    );
  });

  it('lists the course’s sessions with the places left', async () => {
    const visitor = await visit(ben.user);

    const page = await visitor.get(`/training/courses/${courseId}/sessions`);

    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('7 places left');
    expect((await visitor.get('/training/courses/not-an-id/sessions')).statusCode).toBe(404);
  });
});

describe('the calendar feed', () => {
  it('gives a secret address that serves her sessions, and 404 for any other', async () => {
    const visitor = await visit(asha.user);

    expect((await visitor.post('/training/mine/calendar-feed', {})).statusCode).toBe(303);
    const page = await visitor.get('/training/mine');
    const address = /http:\/\/localhost:\d+(\/training\/calendar\/[A-Za-z0-9_-]{43}\.ics)/.exec(
      page.body,
    );
    expect(address).not.toBeNull();
    expect(page.body).toContain('webcal://localhost');

    const feed = await new Visitor(testApp).get(address![1]!);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.headers['cache-control']).toBe('private, no-store');
    expect(feed.body).toContain('SUMMARY:Managing behaviour');

    const stranger = new Visitor(testApp);
    const wrong = address![1]!.replace(/[A-Za-z0-9_-]{43}/, 'x'.repeat(43));
    expect((await stranger.get(wrong)).statusCode).toBe(404);
    expect((await stranger.get('/training/calendar/short.ics')).statusCode).toBe(404);
  });
});

describe('staff running a session', () => {
  it('shows who is booked and books a carer, naming the field when none is chosen', async () => {
    const visitor = await visit(gwen);

    const page = await visitor.get(`/training/sessions/${sessionId}`);
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('Asha Patel');

    const empty = await visitor.post(`/training/sessions/${sessionId}`, { carerId: '' });
    expect(empty.statusCode).toBe(400);
    expect(errorOn(empty.body, 'carerId')).toContain('Choose the carer to book');

    const booked = await visitor.post(`/training/sessions/${sessionId}`, { carerId: ben.carerId });
    expect(booked.statusCode).toBe(303);
    expect((await statusesOn(database.db, sessionId))[ben.carerId]).toBe('booked');
  });

  it('is hidden from carers', async () => {
    const visitor = await visit(asha.user);
    expect([403, 404]).toContain((await visitor.get(`/training/sessions/${sessionId}`)).statusCode);
    expect([403, 404]).toContain(
      (await visitor.get(`/training/sessions/${sessionId}/register`)).statusCode,
    );
  });

  it('takes the register on the day, refusing an answer that is not one of the choices', async () => {
    const visitor = await visit(gwen);
    const bookingId = await ashaBooking();
    expect(
      pageText((await visitor.get(`/training/sessions/${sessionId}/register`)).body),
    ).toContain('The register opens on the day of the session, 10 November 2026');

    clock = sessionDay;
    const onTheDay = await visit(gwen);
    const wrong = await onTheDay.post(`/training/sessions/${sessionId}/register`, {
      [`attendance-${bookingId}`]: 'maybe',
    });
    expect(wrong.statusCode).toBe(400);
    expect(errorOn(wrong.body, `attendance-${bookingId}`)).toContain('Choose attended or absent');

    const saved = await onTheDay.post(`/training/sessions/${sessionId}/register`, {
      [`attendance-${bookingId}`]: 'absent',
    });
    expect(saved.statusCode).toBe(303);
    expect((await statusesOn(database.db, sessionId))[asha.carerId]).toBe('absent');
  });

  it('shows the catch-ups wanted, with a button that opens the session form ready', async () => {
    const visitor = await visit(gwen);

    const page = await visitor.get('/training/catch-ups');

    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('Managing behaviour');
    const link = /href="(\/training\/sessions\/new\?[^"]+)"/
      .exec(page.body)![1]!
      .replace(/&amp;/g, '&');
    const form = await visitor.get(link);
    expect(form.statusCode).toBe(200);
    expect(form.body).toMatch(new RegExp(`<option value="${courseId}" selected`));
    expect(form.body).toMatch(new RegExp(`<option value="${venueId}" selected`));
    expect(form.body).toMatch(/name="isCatchUp" value="yes" checked/);
    expect((await visit(asha.user).then((v) => v.get('/training/catch-ups'))).statusCode).toBe(403);
  });
});
