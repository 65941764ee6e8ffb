import { eq } from 'drizzle-orm';
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
import { auditEvents, elearningModules, elearningQuestions } from '../../../core/db/tables.ts';
import { buildCarer, buildCourse, buildModule } from './test-builders.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let gwen: TestUser;
let safeguarding: string;
let attachment: string;
const clock = new Date('2026-11-22T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database, {}, () => clock);
  gwen = await buildUser(database.db, { role: 'training_coordinator', name: 'Gwen Llewellyn' });
  safeguarding = await buildCourse(database.db, 'Safeguarding children', 'both');
  attachment = await buildCourse(database.db, 'Attachment and therapeutic care', 'classroom');
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

/** The message shown under one field of the form. */
const errorOn = (page: string, field: string) =>
  new RegExp(`id="field-${field}-error">[\\s\\S]*?</p>`).exec(page)?.[0] ?? '';

const newModule = (fields: Record<string, string> = {}) => ({
  title: 'Keeping children safe online',
  summary: 'House rules, privacy settings and what to do when something goes wrong.',
  courseId: safeguarding,
  courseRole: 'supplements',
  passMark: '80',
  estimatedMinutes: '30',
  ...fields,
});

const question = (fields: Record<string, string> = {}) => ({
  prompt: 'Who should you tell if a child shares a worrying message?',
  options: 'Nobody\nYour supervising social worker\nThe child’s school friends',
  correctAnswer: 'Your supervising social worker',
  explanation: 'Your supervising social worker helps you keep the child safe.',
  ...fields,
});

describe('the training coordinator writing a module', () => {
  it('creates a draft, adds a page and a question, then publishes it', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    expect((await visitor.get('/training/e-learning/manage/new')).statusCode).toBe(200);

    const created = await visitor.post('/training/e-learning/manage/new', newModule());
    expect(created.statusCode).toBe(303);
    const authorPage = created.headers.location as string;
    const moduleId = authorPage.split('/').at(-1)!;
    const [saved] = await database.db
      .select()
      .from(elearningModules)
      .where(eq(elearningModules.id, moduleId));
    expect(saved).toMatchObject({
      supplementsCourseId: safeguarding,
      courseId: null,
      isPublished: false,
    });

    const page = await visitor.post(`${authorPage}/pages`, {
      pageTitle: 'House rules',
      pageBody: 'Agree the rules **together**.',
    });
    expect(page.statusCode).toBe(303);
    expect((await visitor.post(`${authorPage}/questions`, question())).statusCode).toBe(303);
    const [stored] = await database.db
      .select()
      .from(elearningQuestions)
      .where(eq(elearningQuestions.moduleId, moduleId));
    expect(stored).toMatchObject({ position: 1, correctOption: 1 });
    expect(stored!.options).toEqual([
      'Nobody',
      'Your supervising social worker',
      'The child’s school friends',
    ]);

    expect((await visitor.post(`${authorPage}/publish`, { publish: 'yes' })).statusCode).toBe(303);
    const shown = (await visitor.get(authorPage)).body;
    expect(pageText(shown)).toContain('Published: carers can take it');
    expect(shown).toContain('Agree the rules <strong>together</strong>.');
    const list = pageText((await visitor.get('/training/e-learning/manage')).body);
    expect(list).toContain(
      'Keeping children safe online Adds to the course Safeguarding children Published 1 1 0 0 None yet',
    );
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'training.elearning_module_changed'));
    expect(
      audits.filter((entry) => entry.recordId === moduleId).map((entry) => entry.fields),
    ).toEqual([
      ['title', 'summary', 'course_id', 'supplements_course_id', 'pass_mark'],
      ['elearning_pages'],
      ['elearning_questions'],
      ['is_published'],
    ]);
  });

  it('refuses a question whose correct answer is not one of the options, keeping what was typed', async () => {
    const moduleId = await buildModule(database.db, {
      title: 'Recording well',
      isPublished: false,
    });
    const visitor = await signedInVisitor(testApp, gwen);

    const response = await visitor.post(
      `/training/e-learning/manage/${moduleId}/questions`,
      question({ correctAnswer: 'The police' }),
    );

    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#field-correctAnswer"');
    expect(errorOn(response.body, 'correctAnswer')).toContain(
      'The correct answer must be one of the answers to choose from',
    );
    expect(response.body).toContain('value="The police"');
    expect(response.body).toContain('Nobody\nYour supervising social worker');
    const questions = await database.db
      .select()
      .from(elearningQuestions)
      .where(eq(elearningQuestions.moduleId, moduleId));
    expect(questions).toHaveLength(2);
  });

  it.each([
    [
      'one option only',
      { options: 'Only this', correctAnswer: 'Only this' },
      'options',
      'Enter from 2 to 6 answers',
    ],
    [
      'seven options',
      { options: 'a\nb\nc\nd\ne\nf\ng', correctAnswer: 'a' },
      'options',
      'Enter from 2 to 6 answers',
    ],
    ['no question', { prompt: '' }, 'prompt', 'Enter the question'],
    ['no explanation', { explanation: '   ' }, 'explanation', 'Explain why the answer is right'],
  ])('names the field for a question with %s', async (story, fields, field, message) => {
    const moduleId = await buildModule(database.db, { title: `Question with ${story}` });
    const visitor = await signedInVisitor(testApp, gwen);
    const response = await visitor.post(
      `/training/e-learning/manage/${moduleId}/questions`,
      question(fields),
    );
    expect(response.statusCode).toBe(400);
    expect(errorOn(response.body, field)).toContain(message);
  });

  it.each([
    ['no title', { title: '' }, 'title', 'Enter the module’s title'],
    ['a pass mark of 120', { passMark: '120' }, 'passMark', 'from 1 to 100'],
    [
      'minutes written in words',
      { estimatedMinutes: 'half an hour' },
      'estimatedMinutes',
      'from 1 to 600',
    ],
    [
      'a course but no role',
      { courseRole: '' },
      'courseRole',
      'completes the course or adds to it',
    ],
    [
      'a course that is not an id',
      { courseId: 'safeguarding' },
      'courseId',
      'Choose a course from the list',
    ],
  ])(
    'answers a new module with %s on the field, never a crash',
    async (story, fields, field, message) => {
      const visitor = await signedInVisitor(testApp, gwen);
      const input = newModule({ title: `Module with ${story}`, ...fields });
      const response = await visitor.post('/training/e-learning/manage/new', input);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('There is a problem');
      expect(errorOn(response.body, field)).toContain(message);
      if (field !== 'title') expect(response.body).toContain(`value="${input.title}"`);
    },
  );

  it('will not let a module complete a course taught only in a venue', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const response = await visitor.post(
      '/training/e-learning/manage/new',
      newModule({ title: 'Attachment online', courseId: attachment, courseRole: 'completes' }),
    );
    expect(response.statusCode).toBe(400);
    expect(errorOn(response.body, 'courseRole')).toContain(
      'Attachment and therapeutic care is taught only in a venue',
    );
    expect(response.body).toMatch(/name="courseRole" value="completes" checked/);
  });

  it('refuses a second module with the same title', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    await buildModule(database.db, { title: 'Understanding attachment' });
    const response = await visitor.post(
      '/training/e-learning/manage/new',
      newModule({ title: 'Understanding attachment' }),
    );
    expect(response.statusCode).toBe(400);
    expect(errorOn(response.body, 'title')).toContain('Another module already has this title');
  });

  it('will not publish a module with no pages or questions', async () => {
    const visitor = await signedInVisitor(testApp, gwen);
    const created = await visitor.post(
      '/training/e-learning/manage/new',
      newModule({ title: 'Empty so far' }),
    );
    const response = await visitor.post(`${created.headers.location as string}/publish`, {
      publish: 'yes',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Add at least one page and one question before publishing');
  });

  it('is only for the people who run the training programme', async () => {
    const asha = await buildCarer(database.db, 'Asha Adeyemi');
    const worker = await buildUser(database.db, { role: 'supervising_social_worker' });
    for (const person of [asha, worker]) {
      const visitor = await signedInVisitor(testApp, person);
      expect((await visitor.get('/training/e-learning/manage')).statusCode).toBe(403);
      expect((await visitor.post('/training/e-learning/manage/new', newModule())).statusCode).toBe(
        403,
      );
    }
  });
});
