import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
} from '../../../../test/support/app.ts';
import { openTestDatabase } from '../../../../test/support/database.ts';
import { buildUser, type TestUser } from '../../../../test/support/factories.ts';
import type { Database } from '../../../core/db/connect.ts';
import { auditEvents, elearningProgress, trainingCompletions } from '../../../core/db/tables.ts';
import { insertCompletion } from '../completions.ts';
import { findElearningProgressOf, findSuggestedModules } from './index.ts';
import { buildCarer, buildCourse, buildModule } from './test-builders.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let safeguarding: string;
let attachment: string;
let onlineModule: string;
let afterAttachment: string;
let draftModule: string;
// Sunday 22 November 2026, mid-morning in London.
const clock = new Date('2026-11-22T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database, {}, () => clock);
  const db = database.db;
  safeguarding = await buildCourse(db, 'Safeguarding children', 'both');
  attachment = await buildCourse(db, 'Attachment and therapeutic care', 'classroom');
  onlineModule = await buildModule(db, {
    title: 'Keeping children safe online',
    pages: [
      'Children go online to talk to friends.',
      'Agree house rules together.',
      'Check privacy settings.',
      'Tell your supervising social worker.',
    ],
    questionCount: 2,
    passMark: 100,
    courseId: safeguarding,
  });
  afterAttachment = await buildModule(db, {
    title: 'Attachment: after the course',
    supplementsCourseId: attachment,
  });
  draftModule = await buildModule(db, { title: 'Not ready yet', isPublished: false });
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const visit = (user: TestUser) => signedInVisitor(testApp, user);
const module = (id: string) => `/training/e-learning/${id}`;

/** Reads every page of a module, pressing Next on each. */
async function readAllPages(visitor: Awaited<ReturnType<typeof visit>>, moduleId: string) {
  let location = `${module(moduleId)}/pages/1`;
  while (location.includes('/pages/')) {
    const response = await visitor.post(location, {});
    expect(response.statusCode).toBe(303);
    location = response.headers.location as string;
  }
  return location;
}

const progressOf = async (carerId: string, moduleId: string) => {
  const [row] = await database.db
    .select()
    .from(elearningProgress)
    .where(and(eq(elearningProgress.carerId, carerId), eq(elearningProgress.moduleId, moduleId)));
  return row;
};

describe('a carer taking a module', () => {
  it('saves their place between visits and carries on from the next page', async () => {
    const asha = await buildCarer(database.db, 'Asha Adeyemi');
    const firstVisit = await visit(asha);
    const overview = await firstVisit.get(module(onlineModule));
    expect(overview.statusCode).toBe(200);
    expect(pageText(overview.body)).toContain('Completes the course Safeguarding children');
    expect(overview.body).toContain(`href="${module(onlineModule)}/pages/1">Start</a>`);

    const page1 = await firstVisit.get(`${module(onlineModule)}/pages/1`);
    expect(page1.body).toContain('Children go online to talk to friends.');
    const next1 = await firstVisit.post(`${module(onlineModule)}/pages/1`, {});
    expect(next1.headers.location).toBe(`${module(onlineModule)}/pages/2`);
    const next2 = await firstVisit.post(`${module(onlineModule)}/pages/2`, {});
    expect(next2.headers.location).toBe(`${module(onlineModule)}/pages/3`);

    const secondVisit = await visit(asha);
    const again = await secondVisit.get(module(onlineModule));
    expect(again.body).toContain(`href="${module(onlineModule)}/pages/3">Continue</a>`);
    const list = pageText((await secondVisit.get('/training/e-learning')).body);
    expect(list).toContain('In progress Keeping children safe online');
    expect(list).toContain('Page 3 of 4');
    expect((await progressOf(asha.carerId, onlineModule))?.pagesRead).toBe(2);
    const saved = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'training.elearning_progress_saved'),
          eq(auditEvents.actorId, asha.id),
        ),
      );
    expect(saved.map((entry) => entry.recordId)).toEqual([onlineModule, onlineModule]);
  });

  it('sends a carer who has not read every page back to the next one, not to the check', async () => {
    const dev = await buildCarer(database.db, 'Dev Sharma');
    const visitor = await visit(dev);
    const check = await visitor.get(`${module(onlineModule)}/check`);
    expect(check.statusCode).toBe(303);
    expect(check.headers.location).toBe(`${module(onlineModule)}/pages/1`);
  });

  it('names each unanswered question and keeps the answers already chosen', async () => {
    const ben = await buildCarer(database.db, 'Ben Walker');
    const visitor = await visit(ben);
    expect(await readAllPages(visitor, onlineModule)).toBe(`${module(onlineModule)}/check`);
    const form = await visitor.get(`${module(onlineModule)}/check`);
    expect(form.body).toContain(
      '<legend class="field__label choices__legend">1. Question 1?</legend>',
    );

    const response = await visitor.post(`${module(onlineModule)}/check`, { 'question-1': '1' });

    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('There is a problem');
    expect(response.body).toContain(
      'href="#field-question-2">Choose an answer to question 2: Question 2?',
    );
    expect(response.body).not.toContain('href="#field-question-1"');
    expect(response.body).toMatch(/name="question-1" value="1" checked/);
    expect((await progressOf(ben.carerId, onlineModule))?.attempts).toBe(0);
  });

  it('completes the module and records the course on a pass, audited together', async () => {
    const cara = await buildCarer(database.db, 'Cara Jones');
    const visitor = await visit(cara);
    await readAllPages(visitor, onlineModule);

    const response = await visitor.post(`${module(onlineModule)}/check`, {
      'question-1': '0',
      'question-2': '0',
    });

    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${module(onlineModule)}/check/result`);
    const progress = await progressOf(cara.carerId, onlineModule);
    expect(progress).toMatchObject({ attempts: 1, bestScore: 100 });
    expect(Object.values(progress!.answers)).toEqual([0, 0]);
    expect(progress?.completedAt?.toISOString()).toBe(clock.toISOString());
    const completions = await database.db
      .select()
      .from(trainingCompletions)
      .where(eq(trainingCompletions.carerId, cara.carerId));
    expect(completions).toMatchObject([
      {
        courseId: safeguarding,
        source: 'e_learning',
        moduleId: onlineModule,
        completedOn: '2026-11-22',
      },
    ]);
    const [completed] = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'training.elearning_completed'),
          eq(auditEvents.actorId, cara.id),
        ),
      );
    expect(completed).toMatchObject({ recordType: 'elearning_module', recordId: onlineModule });

    const result = pageText((await visitor.get(response.headers.location as string)).body);
    expect(result).toContain('You scored 100% and have completed Keeping children safe online');
    expect(result).toContain('Because answer 2 is right.');
    const list = pageText((await visitor.get('/training/e-learning')).body);
    expect(list).toContain('Completed on 22 November 2026 with a score of 100%');
  });

  it('keeps the attempts and the best score of a fail, and records no completion', async () => {
    const dan = await buildCarer(database.db, 'Dan Price');
    const visitor = await visit(dan);
    await readAllPages(visitor, onlineModule);

    await visitor.post(`${module(onlineModule)}/check`, { 'question-1': '0', 'question-2': '1' });
    const result = pageText((await visitor.get(`${module(onlineModule)}/check/result`)).body);
    expect(result).toContain('You scored 50%, and 100% passes');
    expect(result).toContain('Read the module again');
    expect(result).toContain('The right answer: Right answer 2');
    await visitor.post(`${module(onlineModule)}/check`, { 'question-1': '1', 'question-2': '1' });

    expect(await progressOf(dan.carerId, onlineModule)).toMatchObject({
      attempts: 2,
      bestScore: 50,
      completedAt: null,
    });
    const completions = await database.db
      .select()
      .from(trainingCompletions)
      .where(eq(trainingCompletions.carerId, dan.carerId));
    expect(completions).toEqual([]);
    const [progress] = await findElearningProgressOf(database.db, [dan.carerId]);
    expect(progress).toMatchObject({
      moduleTitle: 'Keeping children safe online',
      status: 'check',
      pagesRead: 4,
      pageCount: 4,
      bestScore: 50,
      completedAt: null,
    });
  });
});

describe('modules suggested after a classroom course', () => {
  it('suggests the follow-on module once the carer has done the course in a venue', async () => {
    const eve = await buildCarer(database.db, 'Eve Morgan');
    const visitor = await visit(eve);
    expect(pageText((await visitor.get('/training/e-learning')).body)).not.toContain(
      'Suggested for you',
    );

    await insertCompletion(database.db, {
      carerId: eve.carerId,
      courseId: attachment,
      completedOn: '2026-11-10',
      source: 'classroom',
    });

    const list = pageText((await visitor.get('/training/e-learning')).body);
    expect(list).toContain(
      'Suggested for you Attachment: after the course After Attachment and therapeutic care',
    );
    const suggested = await findSuggestedModules(database.db, eve.carerId);
    expect(suggested.map((each) => [each.id, each.afterCourse])).toEqual([
      [afterAttachment, 'Attachment and therapeutic care'],
    ]);
  });
});

describe('who may take modules', () => {
  it('refuses a birth parent and a social worker', async () => {
    const parent = await buildUser(database.db, { role: 'birth_parent' });
    const worker = await buildUser(database.db, { role: 'supervising_social_worker' });
    for (const person of [parent, worker]) {
      const visitor = await visit(person);
      expect((await visitor.get('/training/e-learning')).statusCode).toBe(403);
      expect((await visitor.get(module(onlineModule))).statusCode).toBe(403);
      expect((await visitor.post(`${module(onlineModule)}/pages/1`, {})).statusCode).toBe(403);
      expect((await visitor.post(`${module(onlineModule)}/check`, {})).statusCode).toBe(403);
    }
  });

  it('hides an unpublished module from carers', async () => {
    const fay = await buildCarer(database.db, 'Fay Hughes');
    const visitor = await visit(fay);
    expect((await visitor.get(module(draftModule))).statusCode).toBe(404);
    expect((await visitor.get(`${module(draftModule)}/pages/1`)).statusCode).toBe(404);
    expect((await visitor.post(`${module(draftModule)}/pages/1`, {})).statusCode).toBe(404);
    expect((await visitor.get(`${module(draftModule)}/check`)).statusCode).toBe(404);
    expect((await visitor.get('/training/e-learning')).body).not.toContain('Not ready yet');
    expect((await visitor.get(`${module('not-a-module')}`)).statusCode).toBe(404);
    expect((await visitor.get(`${module(onlineModule)}/pages/9`)).statusCode).toBe(404);
  });
});

describe('a module’s text', () => {
  it('is shown as Markdown without any script written into it', async () => {
    const moduleId = await buildModule(database.db, {
      title: 'Written with a script',
      pages: [
        'Read **this** first.\n\n<script>alert("hello")</script>\n\n<img src=x onerror=alert(1)>',
      ],
    });
    const gus = await buildCarer(database.db, 'Gus Evans');
    const page = await (await visit(gus)).get(`${module(moduleId)}/pages/1`);

    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Read <strong>this</strong> first.');
    expect(page.body).not.toContain('<script');
    expect(page.body).not.toContain('alert(');
    expect(page.body).not.toContain('onerror');
  });
});
