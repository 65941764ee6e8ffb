import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp, signedInVisitor } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildUser, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { articles, auditEvents } from '../../core/db/tables.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let priya: TestUser;
let manager: Visitor;
// Saturday 14 March 2026 in London.
const NOW = new Date('2026-03-14T12:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database, {}, () => NOW);
  priya = await buildUser(database.db, { role: 'registered_manager', name: 'Priya Shah' });
  manager = await signedIn(priya);
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const signedIn = (user: TestUser) => signedInVisitor(testApp, user);

const form = (overrides: Record<string, string> = {}) => ({
  title: 'Our new training dates',
  slug: '',
  summary: 'Courses for the summer term, all between 10am and 2pm.',
  body: '## Dates\n\nThe first course is on 20 April.',
  tags: 'Training, carers',
  status: 'published',
  publishOn: '',
  intent: 'save',
  ...overrides,
});

const findArticle = async (slug: string) =>
  (await database.db.select().from(articles).where(eq(articles.slug, slug)))[0];

const auditOf = (id: string) =>
  database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.recordType, 'article'), eq(auditEvents.recordId, id)));

describe('writing news and blogs', () => {
  it('Priya writes and publishes an article: signed by her, public today, and audited', async () => {
    const saved = await manager.post('/news/manage/new', form());
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/news/manage');
    expect((await manager.get('/news/manage')).body).toContain('It is on the public website now');

    const stored = await findArticle('our-new-training-dates');
    expect(stored).toMatchObject({
      authorId: priya.id,
      status: 'published',
      publishOn: '2026-03-14',
      bodyMarkdown: '## Dates\n\nThe first course is on 20 April.',
    });
    const trail = await auditOf(stored!.id);
    expect(trail.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['article.create', priya.id],
      ['article.publish', priya.id],
    ]);
    const page = await new Visitor(testApp).get('/news/our-new-training-dates');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('By Priya Shah');
  });

  it('shows a preview, safely, without saving anything', async () => {
    const preview = await manager.post(
      '/news/manage/new',
      form({
        title: 'Just a preview',
        body: '# Hello\n\n<script>alert(1)</script>\n\n**Bold**',
        intent: 'preview',
      }),
    );
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('<h2 id="preview-title" class="heading-m">Preview</h2>');
    expect(preview.body).toContain('<h2>Hello</h2>');
    expect(preview.body).toContain('<strong>Bold</strong>');
    expect(preview.body).not.toContain('<script>alert');
    expect(preview.body).toContain('value="Just a preview"');
    expect(await findArticle('just-a-preview')).toBeUndefined();
  });

  it('says what is wrong, keeps everything typed, and saves nothing', async () => {
    const longTitle = 'A'.repeat(121);
    const refused = await manager.post(
      '/news/manage/new',
      form({
        title: longTitle,
        publishOn: '2026-02-31',
        body: 'Kept <words> & all',
        tags: 'ok, <bad>',
      }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('<title>Error: Write a new article');
    expect(refused.body).toContain('Enter a title of 120 characters or fewer');
    expect(refused.body).toContain('Enter the publish date as a real date, for example 2026-03-14');
    expect(refused.body).toContain('Each tag must be 30 characters or fewer');
    expect(refused.body).toContain('href="#field-title"');
    expect(refused.body).toContain(`value="${longTitle}"`);
    expect(refused.body).toContain('value="2026-02-31"');
    expect(refused.body).toContain('Kept &lt;words> &amp; all</textarea>');
    expect((await database.db.select().from(articles)).length).toBe(1);
  });

  it('refuses a web address another article has, keeping what was typed', async () => {
    const refused = await manager.post(
      '/news/manage/new',
      form({
        title: 'A different title',
        slug: 'our-new-training-dates',
        summary: 'Typed summary.',
      }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Another article already uses this web address');
    expect(refused.body).toContain('value="our-new-training-dates"');
    expect(refused.body).toContain('Typed summary.</textarea>');
  });

  it('refuses web addresses that break the rules', async () => {
    for (const [slug, message] of [
      ['Has Spaces', 'Use only lower-case letters, numbers and single hyphens'],
      ['manage', 'This web address is used by the news section itself'],
      ['a--b', 'Use only lower-case letters, numbers and single hyphens'],
    ] as const) {
      const refused = await manager.post('/news/manage/new', form({ slug }));
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain(message);
    }
  });

  it('numbers an address made from a title that is already taken', async () => {
    await manager.post('/news/manage/new', form({ status: 'draft' }));
    expect(await findArticle('our-new-training-dates-2')).toMatchObject({
      status: 'draft',
      publishOn: null,
    });
  });

  it('schedules an article for a later date, hidden until then', async () => {
    const saved = await manager.post(
      '/news/manage/new',
      form({ title: 'Summer fun day', publishOn: '2026-06-01' }),
    );
    expect(saved.statusCode).toBe(303);
    const list = await manager.get('/news/manage');
    expect(list.body).toContain('It will appear on the public website on 1 June 2026');
    expect(list.body).toMatch(
      /Summer fun day<\/a><\/td><td><strong class="tag tag--due">Scheduled/,
    );
    expect((await new Visitor(testApp).get('/news/summer-fun-day')).statusCode).toBe(404);
  });

  it('changes a draft and publishes it; the audit names what changed', async () => {
    const draft = await findArticle('our-new-training-dates-2');
    const editForm = await manager.get(`/news/manage/${draft!.id}`);
    expect(editForm.statusCode).toBe(200);
    expect(editForm.body).toContain('value="our-new-training-dates-2"');
    expect(editForm.body).toContain('value="carers, training"');

    const saved = await manager.post(
      `/news/manage/${draft!.id}`,
      form({ slug: 'our-new-training-dates-2', summary: 'A better summary.', status: 'published' }),
    );
    expect(saved.statusCode).toBe(303);
    const trail = await auditOf(draft!.id);
    expect(trail.map((entry) => [entry.action, entry.fields])).toEqual([
      [
        'article.create',
        ['title', 'slug', 'summary', 'body_markdown', 'tags', 'status', 'publish_on'],
      ],
      ['article.update', ['summary', 'status', 'publish_on']],
      ['article.publish', []],
    ]);
    expect(await findArticle('our-new-training-dates-2')).toMatchObject({
      status: 'published',
      publishOn: '2026-03-14',
    });
  });

  it('lists drafts for staff, with their state, and a way to the analytics report', async () => {
    const list = await manager.get('/news/manage');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Write a new article');
    expect(list.body).toContain('<a href="/analytics">See how the public website is used</a>');
  });

  it('lets the administrator and recruitment officer write, and the administrator sees no report link', async () => {
    const admin = await signedIn(await buildUser(database.db, { role: 'administrator' }));
    const adminList = await admin.get('/news/manage');
    expect(adminList.statusCode).toBe(200);
    expect(adminList.body).not.toContain('href="/analytics"');
    const officer = await signedIn(await buildUser(database.db, { role: 'recruitment_officer' }));
    expect((await officer.get('/news/manage/new')).statusCode).toBe(200);
    // News is in the recruitment officer's navigation (the manager reaches it from the home page).
    expect((await officer.get('/news/manage')).body).toContain(
      'class="nav__link" href="/news/manage" aria-current="page"',
    );
  });

  it('is not for carers or social workers, and asks visitors to sign in', async () => {
    const draft = await findArticle('our-new-training-dates-2');
    for (const role of ['foster_carer', 'supervising_social_worker', 'birth_parent'] as const) {
      const someone = await signedIn(await buildUser(database.db, { role }));
      expect((await someone.get('/news/manage')).statusCode).toBe(403);
      expect((await someone.get(`/news/manage/${draft!.id}`)).statusCode).toBe(403);
      const refused = await someone.post('/news/manage/new', form({ title: `By a ${role}` }));
      expect(refused.statusCode).toBe(403);
      expect(refused.body).not.toContain('value="By a');
    }
    expect(
      await database.db.select().from(articles).where(eq(articles.title, 'By a foster_carer')),
    ).toEqual([]);
    const stranger = await new Visitor(testApp).get('/news/manage');
    expect(stranger.statusCode).toBe(303);
    expect(stranger.headers.location).toBe('/sign-in?next=%2Fnews%2Fmanage');
  });

  it('answers 404 for an article that does not exist', async () => {
    expect(
      (await manager.get('/news/manage/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    expect((await manager.get('/news/manage/not-an-id')).statusCode).toBe(404);
  });
});
