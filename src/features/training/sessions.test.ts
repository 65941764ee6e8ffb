import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, signedInVisitor } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildArea, buildUser, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, trainingSessions } from '../../core/db/tables.ts';
import * as store from './store.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let gwen: TestUser;
let asha: TestUser;
let venueId: string;
let courseId: string;
// Gwen plans the autumn term at the start of September.
const clock = new Date('2026-09-01T08:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database, {}, () => clock);
  gwen = await buildUser(database.db, { role: 'training_coordinator', name: 'Gwen Llewellyn' });
  asha = await buildUser(database.db, { role: 'foster_carer', name: 'Asha Carer' });
  const northfield = await buildArea(database.db, 'Northfield');
  await store.insertTerm(database.db, {
    areaId: northfield,
    name: 'Autumn 2026',
    startsOn: '2026-09-02',
    endsOn: '2026-12-18',
  });
  await store.insertClosure(database.db, {
    areaId: northfield,
    kind: 'half_term',
    startsOn: '2026-10-26',
    endsOn: '2026-10-30',
  });
  venueId = await store.insertVenue(database.db, {
    areaId: northfield,
    name: 'Northfield Community Centre',
    address: '12 Mill Lane, Northfield',
    postcode: 'NF1 2AB',
    capacity: 20,
  });
  courseId = await store.insertCourse(database.db, {
    title: 'Managing behaviour',
    summary: 'What behaviour is telling you.',
    learningOutcomes: ['Set boundaries with warmth'],
    durationMinutes: 180,
    deliveryMode: 'classroom',
    isMandatory: true,
    audience: 'all_carers',
    tsdsStandards: [2, 5],
  });
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const signedIn = (user: TestUser) => signedInVisitor(testApp, user);

/** The message shown under one field of the form. */
const errorOn = (page: string, field: string) =>
  new RegExp(`id="field-${field}-error">[\\s\\S]*?</p>`).exec(page)?.[0] ?? '';

const session = (fields: Record<string, string> = {}) => ({
  courseId,
  venueId,
  date: '2026-11-10',
  startTime: '10:00',
  endTime: '13:00',
  trainerId: gwen.id,
  capacity: '16',
  ...fields,
});

describe('the training coordinator adding classroom sessions', () => {
  it('adds a session on a school day between 10am and 2pm, and it is audited', async () => {
    const visitor = await signedIn(gwen);
    expect((await visitor.get('/training/sessions/new')).statusCode).toBe(200);

    const response = await visitor.post('/training/sessions/new', session());

    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/training/sessions');
    const [saved] = await database.db
      .select()
      .from(trainingSessions)
      .where(eq(trainingSessions.courseId, courseId));
    expect(saved!.startsAt.toISOString()).toBe('2026-11-10T10:00:00.000Z');
    expect(saved!.trainerId).toBe(gwen.id);
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'training.session_created'));
    expect(audits.map((audit) => audit.recordId)).toEqual([saved!.id]);
    const list = await visitor.get('/training/sessions');
    expect(list.body).toContain('Tuesday 10 November 2026, 10am to 1pm');
  });

  it.each([
    [
      'a day in half-term',
      { date: '2026-10-28' },
      '28 October 2026 is in half-term for Northfield',
    ],
    ['a session ending at 14:01', { endTime: '14:01' }, 'The session ends after 2pm (14:01)'],
    ['a Saturday', { date: '2026-11-07' }, 'Saturday 7 November 2026 is not a school day'],
    ['a 9:30 start', { startTime: '09:30' }, 'It starts before 10am (09:30)'],
  ])('refuses %s, says why and keeps what was typed', async (_story, fields, reason) => {
    const visitor = await signedIn(gwen);
    const response = await visitor.post('/training/sessions/new', session(fields));

    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('There is a problem');
    expect(errorOn(response.body, Object.keys(fields)[0]!)).toContain(reason);
    for (const value of Object.values(fields)) expect(response.body).toContain(`value="${value}"`);
  });

  it.each([
    [
      'a time written as 9am',
      { startTime: '9am' },
      'Enter the time it starts on the 24-hour clock',
    ],
    ['no places', { capacity: '0' }, 'Enter a number of places from 1 to 500'],
    ['a thousand places', { capacity: '1000' }, 'Enter a number of places from 1 to 500'],
    ['more places than the venue holds', { capacity: '30' }, 'holds 20 people'],
    [
      'a venue that does not exist',
      { venueId: '00000000-0000-4000-8000-000000000000' },
      'Choose one of the venues',
    ],
    ['a venue that is not an id', { venueId: 'the village hall' }, 'Choose the venue'],
    ['a date that is not real', { date: '2026-02-30' }, 'Enter a real date'],
  ])('answers %s with a message on the field, never a crash', async (_story, fields, message) => {
    const visitor = await signedIn(gwen);
    const response = await visitor.post('/training/sessions/new', session(fields));

    expect(response.statusCode).toBe(400);
    expect(errorOn(response.body, Object.keys(fields)[0]!)).toContain(message);
  });

  it('shows each area’s term dates with its half-terms', async () => {
    const visitor = await signedIn(gwen);
    const response = await visitor.get('/training/terms');

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('2 September 2026 to 18 December 2026');
    expect(response.body).toContain('26 October 2026 to 30 October 2026');
  });
});

describe('carers and the training pages', () => {
  it('lets a carer read the course catalogue, but not add sessions', async () => {
    const visitor = await signedIn(asha);

    const catalogue = await visitor.get('/training');
    expect(catalogue.statusCode).toBe(200);
    expect(catalogue.body).toContain('Managing behaviour');
    expect(catalogue.body).not.toContain('Sessions and term dates');

    expect((await visitor.get('/training/sessions/new')).statusCode).toBe(403);
    expect((await visitor.get('/training/sessions')).statusCode).toBe(403);
    expect((await visitor.post('/training/sessions/new', session())).statusCode).toBe(403);
  });
});
