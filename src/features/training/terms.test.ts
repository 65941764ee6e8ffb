import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildArea, buildUser, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, schoolClosures, schoolTerms } from '../../core/db/tables.ts';
import * as store from './store.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let gwen: TestUser;
let asha: TestUser;
let northfield: string;
let riverside: string;
let eastbrook: string;
let hillcrest: string;
let venueInRiverside: string;
let courseId: string;
// Gwen plans next year's calendar in late November.
const clock = new Date('2026-11-22T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database, {}, () => clock);
  gwen = await buildUser(database.db, { role: 'training_coordinator', name: 'Gwen Llewellyn' });
  asha = await buildUser(database.db, { role: 'foster_carer', name: 'Asha Carer' });
  northfield = await buildArea(database.db, 'Northfield');
  riverside = await buildArea(database.db, 'Riverside');
  eastbrook = await buildArea(database.db, 'Eastbrook');
  hillcrest = await buildArea(database.db, 'Hillcrest');
  await store.insertTerm(database.db, {
    areaId: northfield,
    name: 'Autumn 2026',
    startsOn: '2026-09-02',
    endsOn: '2026-12-18',
  });
  venueInRiverside = await store.insertVenue(database.db, {
    areaId: riverside,
    name: 'Riverside Family Hub',
    address: '3 Quay Street, Riverside',
    postcode: 'RV2 1EF',
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

const errorOn = (page: string, field: string) =>
  pageText(new RegExp(`id="field-${field}-error">[\\s\\S]*?</p>`).exec(page)?.[0] ?? '');

const termsOf = (areaId: string) =>
  database.db.select().from(schoolTerms).where(eq(schoolTerms.areaId, areaId));
const closuresOf = (areaId: string) =>
  database.db.select().from(schoolClosures).where(eq(schoolClosures.areaId, areaId));

const RIVERSIDE_CSV = [
  'kind,name,starts_on,ends_on',
  'term,Spring 2027,2027-01-05,2027-03-26',
  'half_term,February half-term,2027-02-15,2027-02-19',
  'inset_day,Training day,2027-01-05,2027-01-05',
  'term,Summer 2027,2027-04-12,2027-07-21',
].join('\n');

describe('the coordinator adding and removing term dates by hand', () => {
  it('adds a term and a half-term inside it, and the trail records both', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    expect((await visitor.get(`/training/terms/${northfield}/new-term`)).statusCode).toBe(200);

    const term = await visitor.post(`/training/terms/${northfield}/new-term`, {
      name: 'Spring 2027',
      startsOn: '2027-01-05',
      endsOn: '2027-03-26',
    });
    const halfTerm = await visitor.post(`/training/terms/${northfield}/new-closure`, {
      kind: 'half_term',
      startsOn: '15/02/2027',
      endsOn: '19/02/2027',
    });
    const insetDay = await visitor.post(`/training/terms/${northfield}/new-closure`, {
      kind: 'inset_day',
      startsOn: '2027-01-05',
      endsOn: '',
    });

    expect([term.statusCode, halfTerm.statusCode, insetDay.statusCode]).toEqual([303, 303, 303]);
    expect((await termsOf(northfield)).map((each) => each.name).sort()).toEqual([
      'Autumn 2026',
      'Spring 2027',
    ]);
    expect(
      (await closuresOf(northfield)).map(({ kind, startsOn, endsOn }) => [kind, startsOn, endsOn]),
    ).toEqual(
      expect.arrayContaining([
        ['half_term', '2027-02-15', '2027-02-19'],
        ['inset_day', '2027-01-05', '2027-01-05'],
      ]),
    );
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'training.terms_changed'), eq(auditEvents.recordId, northfield)),
      );
    expect(audits).toHaveLength(3);
    const page = pageText((await visitor.get('/training/terms')).body);
    expect(page).toContain('5 January 2027 to 26 March 2027');
    expect(page).toContain('15 February 2027 to 19 February 2027');
  });

  it('refuses a term that overlaps one already recorded, and says which', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const response = await visitor.post(`/training/terms/${northfield}/new-term`, {
      name: 'Winter 2026',
      startsOn: '2026-12-01',
      endsOn: '2027-01-10',
    });

    expect(response.statusCode).toBe(400);
    expect(errorOn(response.body, 'startsOn')).toContain(
      'overlaps Autumn 2026 (2 September 2026 to 18 December 2026), already recorded for Northfield',
    );
    expect(response.body).toContain('value="Winter 2026"');
    expect((await termsOf(northfield)).some((term) => term.name === 'Winter 2026')).toBe(false);
  });

  it.each([
    [
      'a half-term in the Christmas holidays',
      { kind: 'half_term', startsOn: '2026-12-21', endsOn: '2026-12-24' },
      'startsOn',
      'is not inside a term for Northfield',
    ],
    [
      'a last day before the first',
      { kind: 'half_term', startsOn: '2026-10-30', endsOn: '2026-10-26' },
      'endsOn',
      'is before the first day',
    ],
    [
      'a date that is not real',
      { kind: 'inset_day', startsOn: '2026-02-30', endsOn: '' },
      'startsOn',
      'Enter the first day as a real date',
    ],
    ['no kind', { kind: '', startsOn: '2026-10-26', endsOn: '' }, 'kind', 'Choose half-term'],
  ])('refuses %s with a message on the field', async (_story, fields, field, message) => {
    const visitor = await signedInVisitor(testApp, gwen);
    const response = await visitor.post(`/training/terms/${northfield}/new-closure`, fields);

    expect(response.statusCode).toBe(400);
    expect(errorOn(response.body, field)).toContain(message);
  });

  it('asks before removing a term, then removes it with the closures inside it', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const [spring] = (await termsOf(northfield)).filter((term) => term.name === 'Spring 2027');

    const question = await visitor.get(`/training/terms/term/${spring!.id}/remove`);
    expect(question.statusCode).toBe(200);
    expect(pageText(question.body)).toContain(
      'Remove the term Spring 2027 from Northfield’s term dates?',
    );
    expect(pageText(question.body)).toContain('The 2 half-terms and inset days inside it go too');
    const removed = await visitor.post(`/training/terms/term/${spring!.id}/remove`, {});

    expect(removed.statusCode).toBe(303);
    expect((await termsOf(northfield)).map((term) => term.name)).toEqual(['Autumn 2026']);
    expect(await closuresOf(northfield)).toEqual([]);
  });

  it('removes a single half-term after asking', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    await visitor.post(`/training/terms/${northfield}/new-closure`, {
      kind: 'half_term',
      startsOn: '2026-10-26',
      endsOn: '2026-10-30',
    });
    const [halfTerm] = await closuresOf(northfield);

    const question = await visitor.get(`/training/terms/closure/${halfTerm!.id}/remove`);
    expect(pageText(question.body)).toContain('Remove the half-term from Northfield’s term dates?');
    expect(
      (await visitor.post(`/training/terms/closure/${halfTerm!.id}/remove`, {})).statusCode,
    ).toBe(303);
    expect(await closuresOf(northfield)).toEqual([]);
  });
});

describe('importing term dates from a file', () => {
  it('shows a CSV with a bad line, naming the line, and writes nothing even if confirmed', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const contents = `${RIVERSIDE_CSV}\nhalf_term,May half-term,2027-05-31,2027-05-3l`;

    const preview = await visitor.post('/training/terms/import', { areaId: riverside, contents });

    expect(preview.statusCode).toBe(400);
    const text = pageText(preview.body);
    expect(text).toContain('One line could not be read');
    expect(text).toContain('6 The last day “2027-05-3l” is not a date we can read');
    expect(text).toContain('Nothing has been added');
    expect(preview.body).not.toContain('value="import"');

    const forced = await visitor.post('/training/terms/import/confirm', {
      areaId: riverside,
      contents,
      decision: 'import',
    });
    expect(forced.statusCode).toBe(400);
    expect(await termsOf(riverside)).toEqual([]);
    expect(await closuresOf(riverside)).toEqual([]);
  });

  it('previews a good CSV, adds it all on confirming, and sessions then keep to its half-term', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const preview = await visitor.post('/training/terms/import', {
      areaId: riverside,
      contents: RIVERSIDE_CSV,
    });
    expect(preview.statusCode).toBe(200);
    const text = pageText(preview.body);
    expect(text).toContain('Check the term dates for Riverside');
    expect(text).toContain('3 Half-term February half-term 15 February 2027 to 19 February 2027');
    expect(await termsOf(riverside)).toEqual([]);

    const confirmed = await visitor.post('/training/terms/import/confirm', {
      areaId: riverside,
      contents: RIVERSIDE_CSV,
      decision: 'import',
    });

    expect(confirmed.statusCode).toBe(303);
    expect((await termsOf(riverside)).map((term) => term.name).sort()).toEqual([
      'Spring 2027',
      'Summer 2027',
    ]);
    expect(await closuresOf(riverside)).toHaveLength(2);
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'training.terms_imported'));
    expect(audit).toMatchObject({ recordType: 'training_terms', recordId: riverside });

    const session = {
      courseId,
      venueId: venueInRiverside,
      startTime: '10:00',
      endTime: '13:00',
      trainerId: '',
      capacity: '12',
    };
    const inHalfTerm = await visitor.post('/training/sessions/new', {
      ...session,
      date: '2027-02-17',
    });
    expect(inHalfTerm.statusCode).toBe(400);
    expect(errorOn(inHalfTerm.body, 'date')).toContain(
      '17 February 2027 is in half-term for Riverside',
    );
    const onInsetDay = await visitor.post('/training/sessions/new', {
      ...session,
      date: '2027-01-05',
    });
    expect(errorOn(onInsetDay.body, 'date')).toContain('inset) day in Riverside');
    const inTerm = await visitor.post('/training/sessions/new', { ...session, date: '2027-02-10' });
    expect(inTerm.statusCode).toBe(303);
  });

  it('refuses the same file a second time, because its terms would overlap', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const again = await visitor.post('/training/terms/import/confirm', {
      areaId: riverside,
      contents: RIVERSIDE_CSV,
      decision: 'import',
    });

    expect(again.statusCode).toBe(400);
    expect(pageText(again.body)).toContain(
      '2 Spring 2027 (5 January 2027 to 26 March 2027) overlaps Spring 2027 (5 January 2027 to 26 March 2027), already recorded for Riverside',
    );
    expect(await termsOf(riverside)).toHaveLength(2);
  });

  it('warns when a new inset day falls on a session already planned', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const response = await visitor.post(`/training/terms/${riverside}/new-closure`, {
      kind: 'inset_day',
      startsOn: '2027-02-10',
      endsOn: '',
    });

    expect(response.statusCode).toBe(303);
    expect(pageText((await visitor.get('/training/terms')).body)).toContain(
      'The inset day is added to Riverside’s term dates. One session already planned falls on those days: move it or cancel it.',
    );
  });

  it('imports a council’s .ics file: a term, a half-term week and inset days', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const contents = fs.readFileSync(
      new URL('./examples/riverside-term-dates.ics', import.meta.url),
      'utf8',
    );

    const preview = await visitor.post('/training/terms/import', { areaId: eastbrook, contents });
    expect(pageText(preview.body)).toContain('Summer bank holiday (line 43)');
    const confirmed = await visitor.post('/training/terms/import/confirm', {
      areaId: eastbrook,
      contents,
      decision: 'import',
    });

    expect(confirmed.statusCode).toBe(303);
    expect(
      (await termsOf(eastbrook)).map(({ name, startsOn, endsOn }) => [name, startsOn, endsOn]),
    ).toEqual([['Autumn Term 2027', '2027-09-02', '2027-12-17']]);
    expect(
      (await closuresOf(eastbrook))
        .map(({ kind, startsOn, endsOn }) => [kind, startsOn, endsOn])
        .sort(),
    ).toEqual([
      ['half_term', '2027-10-25', '2027-10-29'],
      ['inset_day', '2027-09-02', '2027-09-02'],
      ['inset_day', '2027-11-19', '2027-11-19'],
    ]);
  });

  it('offers example files for the area’s next school year, which import as they are', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const page = await visitor.get(`/training/terms/import?area=${hillcrest}`);
    expect(page.body).toContain(`/training/terms/import/example.csv?area=${hillcrest}`);

    const csv = await visitor.get(`/training/terms/import/example.csv?area=${hillcrest}`);
    const ics = await visitor.get(`/training/terms/import/example.ics?area=${riverside}`);

    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="term-dates-2027-2028.csv"',
    );
    expect(csv.body).toContain('term,Autumn term 2027,2027-09-02,2027-12-17');
    // Riverside's dates run to July 2027, so its example starts that September and does not overlap.
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('DTSTART;VALUE=DATE:20270902');
    for (const [areaId, contents] of [
      [hillcrest, csv.body],
      [riverside, ics.body],
    ] as const) {
      const preview = await visitor.post('/training/terms/import', { areaId, contents });
      expect(preview.statusCode).toBe(200);
      expect(preview.body).toContain('Add these 8 dates');
    }
  });

  it('takes the file back to the form to change it, keeping what was pasted', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const response = await visitor.post('/training/terms/import/confirm', {
      areaId: hillcrest,
      contents: RIVERSIDE_CSV,
      decision: 'change',
    });

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Spring 2027,2027-01-05,2027-03-26');
    expect(response.body).toMatch(new RegExp(`value="${hillcrest}"[^>]*selected`));
    expect(await termsOf(hillcrest)).toEqual([]);
  });

  it('asks for an area and some contents, never a crash', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const response = await visitor.post('/training/terms/import', { areaId: '', contents: ' ' });

    expect(response.statusCode).toBe(400);
    expect(errorOn(response.body, 'areaId')).toContain('Choose the area');
    expect(errorOn(response.body, 'contents')).toContain('Paste the contents');
    const unknown = await visitor.post('/training/terms/import', {
      areaId: '00000000-0000-4000-8000-000000000000',
      contents: RIVERSIDE_CSV,
    });
    expect(errorOn(unknown.body, 'areaId')).toContain('Choose one of the areas');
  });
});

describe('who may change term dates', () => {
  it('refuses a carer the term pages, forms, import and examples with a 403', async () => {
    const visitor = await signedInVisitor(testApp, asha);
    const [term] = await termsOf(northfield);
    for (const url of [
      `/training/terms/${northfield}/new-term`,
      `/training/terms/${northfield}/new-closure`,
      `/training/terms/term/${term!.id}/remove`,
      '/training/terms/import',
      '/training/terms/import/example.csv',
    ]) {
      expect((await visitor.get(url)).statusCode, url).toBe(403);
    }
    const posts: [string, Record<string, string>][] = [
      [
        `/training/terms/${northfield}/new-term`,
        { name: 'X', startsOn: '2027-09-01', endsOn: '2027-12-01' },
      ],
      [`/training/terms/term/${term!.id}/remove`, {}],
      ['/training/terms/import', { areaId: hillcrest, contents: RIVERSIDE_CSV }],
      ['/training/terms/import/confirm', { areaId: hillcrest, contents: RIVERSIDE_CSV }],
    ];
    for (const [url, fields] of posts) {
      expect((await visitor.post(url, fields)).statusCode, url).toBe(403);
    }
    expect(await termsOf(hillcrest)).toEqual([]);
    expect(await termsOf(northfield)).toHaveLength(1);
  });

  it('answers an area, term or closure that does not exist with a 404', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const nobody = '00000000-0000-4000-8000-000000000000';
    for (const url of [
      `/training/terms/${nobody}/new-term`,
      '/training/terms/not-an-area/new-closure',
      `/training/terms/term/${nobody}/remove`,
      `/training/terms/closure/${nobody}/remove`,
    ]) {
      expect((await visitor.get(url)).statusCode, url).toBe(404);
    }
  });
});
