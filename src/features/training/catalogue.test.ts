import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
  type Visitor,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  actorFor,
  buildArea,
  buildUser,
  ctxFor,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { Invalid } from '../../core/errors.ts';
import { auditEvents, trainingCourses, trainingVenues } from '../../core/db/tables.ts';
import { saveCourse } from './catalogue-service.ts';
import { ZCourseInput } from './catalogue-schemas.ts';
import * as store from './store.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let gwen: TestUser;
let asha: TestUser;
let northfield: string;
let riverside: string;
const clock = new Date('2026-11-22T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database, {}, () => clock);
  gwen = await buildUser(database.db, { role: 'training_coordinator', name: 'Gwen Llewellyn' });
  asha = await buildUser(database.db, { role: 'foster_carer', name: 'Asha Carer' });
  northfield = await buildArea(database.db, 'Northfield');
  riverside = await buildArea(database.db, 'Riverside');
  await store.insertCourse(database.db, {
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

/** The message shown under one field of the form. */
const errorOn = (page: string, field: string) =>
  pageText(new RegExp(`id="field-${field}-error">[\\s\\S]*?</p>`).exec(page)?.[0] ?? '');

const course = (fields: Record<string, string> = {}) => ({
  title: 'Safeguarding children',
  summary: 'Keeping children safe from harm, online and offline.',
  learningOutcomes: 'Know the signs of abuse\nKnow who to tell\n\n',
  durationMinutes: '180',
  deliveryMode: 'both',
  isMandatory: 'yes',
  audience: 'all_carers',
  refresherMonths: '36',
  ...fields,
});

/** Posts the course form with these standards ticked, as a browser sends a group of checkboxes. */
async function postCourse(
  visitor: Visitor,
  url: string,
  fields: Record<string, string>,
  standards: string[] = [],
) {
  const body = new URLSearchParams({ _csrf: visitor.csrf(), ...fields });
  for (const standard of standards) body.append('tsdsStandards', standard);
  return visitor.send({
    method: 'POST',
    url,
    payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

const venue = (fields: Record<string, string> = {}) => ({
  areaId: northfield,
  name: 'Northfield Community Centre',
  address: '12 Mill Lane, Northfield',
  postcode: 'nf1  2ab',
  latitude: '52.48',
  longitude: '-1.89',
  capacity: '24',
  accessibilityNotes: 'Step-free entrance and a hearing loop.',
  ...fields,
});

describe('the coordinator keeping the course catalogue', () => {
  it('adds a course with its outcomes and standards, and everyone sees it in the catalogue', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const catalogue = await visitor.get('/training');
    expect(catalogue.body).toContain('href="/training/courses/new"');
    expect((await visitor.get('/training/courses/new')).statusCode).toBe(200);

    const response = await postCourse(visitor, '/training/courses/new', course(), ['6', '3']);

    expect(response.statusCode).toBe(303);
    const [saved] = await database.db
      .select()
      .from(trainingCourses)
      .where(eq(trainingCourses.title, 'Safeguarding children'));
    expect(saved).toMatchObject({
      learningOutcomes: ['Know the signs of abuse', 'Know who to tell'],
      refresherMonths: 36,
      tsdsStandards: [3, 6],
      isMandatory: true,
    });
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'training.course_saved'));
    expect(audit).toMatchObject({ recordType: 'training_course', recordId: saved!.id });
    expect(audit!.fields).toContain('title');

    const seenByAsha = pageText(
      (await (await signedInVisitor(testApp, asha)).get('/training')).body,
    );
    expect(seenByAsha).toContain('Safeguarding children');
    expect(seenByAsha).toContain('Know who to tell');
    expect(seenByAsha).toContain('Every carer must take it');
    expect(seenByAsha).toContain('3 hours');
    expect(seenByAsha).toContain('In a local venue or online');
    expect(seenByAsha).toContain('Every 3 years');
    expect(seenByAsha).toContain('6. Keep children and young people safe from harm');
    expect(seenByAsha).not.toContain('Add a course');
    expect(seenByAsha).not.toContain('Edit Safeguarding children');
  });

  it('changes a course and audits only the fields that changed', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const [existing] = await database.db
      .select()
      .from(trainingCourses)
      .where(eq(trainingCourses.title, 'Managing behaviour'));
    const url = `/training/courses/${existing!.id}/edit`;
    const form = await visitor.get(url);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="Managing behaviour"');

    const response = await postCourse(
      visitor,
      url,
      {
        title: 'Managing behaviour',
        summary: 'What behaviour is telling you.',
        learningOutcomes: 'Set boundaries with warmth',
        durationMinutes: '180',
        deliveryMode: 'classroom',
        isMandatory: 'no',
        audience: 'all_carers',
        refresherMonths: '',
      },
      ['2', '5'],
    );

    expect(response.statusCode).toBe(303);
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.recordId, existing!.id));
    expect(audits.map((audit) => audit.fields)).toEqual([['isMandatory']]);
    const catalogue = pageText((await visitor.get('/training')).body);
    expect(catalogue).toContain('Optional. For all carers');
  });

  it.each([
    [
      'a title already taken, in other capitals',
      { title: 'MANAGING BEHAVIOUR' },
      'title',
      'There is already a course with this title',
    ],
    [
      'a refresher of 0 months',
      { refresherMonths: '0' },
      'refresherMonths',
      'from 1 to 120, or leave it blank',
    ],
    ['a refresher of 121 months', { refresherMonths: '121' }, 'refresherMonths', 'from 1 to 120'],
    ['a course of 5 hours', { durationMinutes: '300' }, 'durationMinutes', 'from 15 to 240'],
    ['a length in words', { durationMinutes: 'three hours' }, 'durationMinutes', 'from 15 to 240'],
    ['no learning outcomes', { learningOutcomes: '\n \n' }, 'learningOutcomes', 'at least one'],
    ['no delivery mode', { deliveryMode: '' }, 'deliveryMode', 'Choose how the course is given'],
    [
      'an audience we do not have',
      { audience: 'everyone' },
      'audience',
      'Choose who the course is for',
    ],
  ])(
    'answers %s with a message on the field and keeps what was typed',
    async (_story, fields, field, message) => {
      const visitor = await signedInVisitor(testApp, gwen);
      const typed = course({ title: 'Health and wellbeing', ...fields });

      const response = await postCourse(visitor, '/training/courses/new', typed, ['3']);

      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('There is a problem');
      expect(errorOn(response.body, field)).toContain(message);
      expect(response.body).toContain(`value="${typed.title}"`);
      expect(response.body).toContain(typed.summary);
      expect(response.body).toMatch(
        /id="field-tsdsStandards-3"[^>]*checked|checked[^>]*id="field-tsdsStandards-3"/,
      );
    },
  );

  it('names every missing field at once when the form comes back empty, never a crash', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const response = await visitor.post('/training/courses/new', {});

    expect(response.statusCode).toBe(400);
    for (const field of [
      'title',
      'summary',
      'learningOutcomes',
      'durationMinutes',
      'deliveryMode',
      'isMandatory',
      'audience',
    ]) {
      expect(errorOn(response.body, field)).not.toBe('');
    }
  });

  it('takes a course that evidences none of the standards', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const response = await postCourse(
      visitor,
      '/training/courses/new',
      course({ title: 'First aid', refresherMonths: '' }),
    );

    expect(response.statusCode).toBe(303);
    const catalogue = pageText((await visitor.get('/training')).body);
    expect(catalogue).toMatch(/First aid[\s\S]*Training standards None/);
  });

  it('lets the database settle two people adding the same title at the same moment', async () => {
    const ctx = ctxFor(database.db, await actorFor(database.db, gwen), clock);
    const input = ZCourseInput.parse({
      ...course({ title: 'Life story work' }),
      tsdsStandards: '1',
    });

    const results = await Promise.allSettled([
      saveCourse(ctx, null, input),
      saveCourse(ctx, null, input),
    ]);

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [refused] = results.filter((result) => result.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(Invalid);
    expect(((refused as PromiseRejectedResult).reason as Invalid).fieldErrors).toEqual({
      title: expect.stringContaining('There is already a course with this title'),
    });
    // Whichever way the race went, the unique constraint is what stands behind the check.
    await expect(
      store.insertCourse(database.db, { ...input, title: 'Life story work' }),
    ).rejects.toThrow();
  });
});

describe('the coordinator keeping the venues', () => {
  it('adds a venue, tidying the postcode, and lists venues by area with capacity and access', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    expect((await visitor.get('/training/venues/new')).statusCode).toBe(200);

    const response = await visitor.post('/training/venues/new', venue());
    await visitor.post(
      '/training/venues/new',
      venue({
        areaId: riverside,
        name: 'Riverside Family Hub',
        postcode: 'RV2 1EF',
        latitude: '',
        longitude: '',
        capacity: '16',
        accessibilityNotes: '',
      }),
    );

    expect(response.statusCode).toBe(303);
    const [saved] = await database.db
      .select()
      .from(trainingVenues)
      .where(eq(trainingVenues.areaId, northfield));
    expect(saved).toMatchObject({
      postcode: 'NF1 2AB',
      latitude: 52.48,
      longitude: -1.89,
      capacity: 24,
    });
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.recordId, saved!.id));
    expect(audit).toMatchObject({ action: 'training.venue_saved', recordType: 'training_venue' });
    const list = pageText((await visitor.get('/training/venues')).body);
    expect(list).toMatch(/Northfield Community Centre[\s\S]*?NF1 2AB 24 Step-free entrance/);
    expect(list).toMatch(/Riverside Family Hub[\s\S]*?RV2 1EF 16 No notes yet/);
    expect(list.indexOf('NF1 2AB')).toBeLessThan(list.indexOf('RV2 1EF'));
  });

  it.each([
    [
      'a postcode that is not a UK one',
      { postcode: '12345' },
      'postcode',
      'Enter a UK postcode, like NF1 2AB',
    ],
    [
      'a latitude without a longitude',
      { longitude: '' },
      'longitude',
      'Enter the longitude too, or leave both',
    ],
    [
      'a longitude without a latitude',
      { latitude: '' },
      'latitude',
      'Enter the latitude too, or leave both',
    ],
    ['a latitude past the pole', { latitude: '91' }, 'latitude', 'from -90 to 90'],
    ['a longitude in words', { longitude: 'west' }, 'longitude', 'from -180 to 180'],
    ['room for a thousand', { capacity: '1000' }, 'capacity', 'from 1 to 500'],
    ['no area', { areaId: '' }, 'areaId', 'Choose the area'],
    [
      'an area that does not exist',
      { areaId: '00000000-0000-4000-8000-000000000000' },
      'areaId',
      'Choose one of the areas',
    ],
    [
      'a name the area already has',
      { name: 'northfield community centre' },
      'name',
      'already a venue with this name',
    ],
  ])(
    'answers %s with a message on the field and keeps what was typed',
    async (_story, fields, field, message) => {
      const visitor = await signedInVisitor(testApp, gwen);
      const typed = venue({ name: 'Ashby Cross Library', ...fields });

      const response = await visitor.post('/training/venues/new', typed);

      expect(response.statusCode).toBe(400);
      expect(errorOn(response.body, field)).toContain(message);
      expect(response.body).toContain(`value="${typed.postcode}"`);
    },
  );

  it('shows a missing coordinate and another wrong field together', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const response = await visitor.post(
      '/training/venues/new',
      venue({ name: 'Ashby Cross Library', latitude: '', capacity: '0' }),
    );

    expect(errorOn(response.body, 'latitude')).toContain('Enter the latitude too');
    expect(errorOn(response.body, 'capacity')).toContain('from 1 to 500');
  });

  it('lets two areas each have a venue of the same name, and changes a venue', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    expect(
      (await visitor.post('/training/venues/new', venue({ areaId: riverside }))).statusCode,
    ).toBe(303);
    const [hub] = await database.db
      .select()
      .from(trainingVenues)
      .where(eq(trainingVenues.name, 'Riverside Family Hub'));

    const form = await visitor.get(`/training/venues/${hub!.id}/edit`);
    expect(form.body).toContain('value="RV2 1EF"');
    const changed = await visitor.post(
      `/training/venues/${hub!.id}/edit`,
      venue({
        areaId: riverside,
        name: 'Riverside Family Hub',
        postcode: 'RV2 1EF',
        capacity: '18',
      }),
    );

    expect(changed.statusCode).toBe(303);
    const [after] = await database.db
      .select()
      .from(trainingVenues)
      .where(eq(trainingVenues.id, hub!.id));
    expect(after!.capacity).toBe(18);
  });
});

describe('who may manage the catalogue', () => {
  it('refuses a carer every management page and form, with a 403', async () => {
    const visitor = await signedInVisitor(testApp, asha);
    const [existing] = await database.db.select().from(trainingCourses).limit(1);
    const [place] = await database.db.select().from(trainingVenues).limit(1);

    for (const url of [
      '/training/courses/new',
      `/training/courses/${existing!.id}/edit`,
      '/training/venues',
      '/training/venues/new',
      `/training/venues/${place!.id}/edit`,
    ]) {
      expect((await visitor.get(url)).statusCode, url).toBe(403);
    }
    expect(
      (await postCourse(visitor, '/training/courses/new', course({ title: 'Sneaky' }))).statusCode,
    ).toBe(403);
    expect(
      (await visitor.post('/training/venues/new', venue({ name: 'Sneaky hall' }))).statusCode,
    ).toBe(403);
    expect((await postCourse(visitor, '/training/courses/new', {})).statusCode).toBe(403);
    const sneaky = await database.db
      .select()
      .from(trainingCourses)
      .where(eq(trainingCourses.title, 'Sneaky'));
    expect(sneaky).toEqual([]);
  });

  it('answers a course or venue that does not exist with a 404', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    expect((await visitor.get('/training/courses/not-an-id/edit')).statusCode).toBe(404);
    expect(
      (await visitor.get('/training/courses/00000000-0000-4000-8000-000000000000/edit')).statusCode,
    ).toBe(404);
    expect(
      (await visitor.post('/training/venues/00000000-0000-4000-8000-000000000000/edit', venue()))
        .statusCode,
    ).toBe(404);
  });
});
