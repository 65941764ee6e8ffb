import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { actorFor, buildUser, ctxFor } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { selectRows } from '../../core/db/rows.ts';
import type { TArticleInput } from './schemas.ts';
import { createArticle } from './writing-service.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
// Saturday 14 March 2026 in London; moved on a day to see a scheduled article appear.
let now = new Date('2026-03-14T12:00:00Z');
const PUBLIC_URL = 'https://fostering.example.org';

const article = (overrides: Partial<TArticleInput>): TArticleInput => ({
  title: 'An article',
  slug: '',
  summary: 'A short summary.',
  body: 'Some words.',
  tags: [],
  status: 'published',
  publishOn: null,
  ...overrides,
});

// Priya has written 22 articles, one a day from 1 February, every third one about training; one
// with awkward characters; a draft; and one scheduled for tomorrow.
beforeAll(async () => {
  database = await openTestDatabase();
  const priya = await buildUser(database.db, { role: 'registered_manager', name: 'Priya Shah' });
  const ctx = ctxFor(database.db, await actorFor(database.db, priya), now);
  for (let day = 1; day <= 22; day += 1) {
    await createArticle(
      ctx,
      article({
        title: `Update number ${day}`,
        publishOn: `2026-02-${String(day).padStart(2, '0')}`,
        tags: day % 3 === 0 ? ['training', 'carers'] : ['carers'],
      }),
    );
  }
  await createArticle(
    ctx,
    article({
      title: 'Tom & Jerry’s <"best"> tips',
      summary: 'Fish & chips <b>not bold</b>',
      body: '## Tips\n\nHello <script>alert(1)</script> & [bad](javascript:alert(2)).',
      publishOn: '2026-03-01',
      tags: ['tips & tricks'.replace('&', 'and')],
    }),
  );
  await createArticle(ctx, article({ title: 'A secret draft', status: 'draft' }));
  await createArticle(ctx, article({ title: 'Coming tomorrow', publishOn: '2026-03-15' }));
  testApp = await startTestApp(database, { publicUrl: PUBLIC_URL }, () => now);
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const visitor = () => new Visitor(testApp);
const titlesOn = (html: string) =>
  [...html.matchAll(/<h2 class="heading-m article-list__title"><a href="[^"]+">([^<]+)<\/a>/g)].map(
    (match) => match[1],
  );

describe('the public news and blogs', () => {
  it('lists ten articles a page, newest first, and pages through the rest', async () => {
    const first = await visitor().get('/news');
    expect(first.statusCode).toBe(200);
    expect(titlesOn(first.body)).toHaveLength(10);
    expect(titlesOn(first.body)[0]).toBe('Tom &amp; Jerry’s &lt;&quot;best&quot;> tips');
    expect(titlesOn(first.body)[1]).toBe('Update number 22');
    expect(first.body).toContain('Page 1 of 3');
    expect(first.body).toContain('<a class="pagination__link" href="/news?page=2" rel="next">');

    const last = await visitor().get('/news?page=3');
    expect(titlesOn(last.body)).toEqual(['Update number 3', 'Update number 2', 'Update number 1']);
    expect(last.body).toContain(`<link rel="canonical" href="${PUBLIC_URL}/news?page=3"/>`);
    expect((await visitor().get('/news?page=4')).statusCode).toBe(404);
    expect((await visitor().get('/news?page=two')).statusCode).toBe(404);
  });

  it('filters by tag, keeping the tag while paging', async () => {
    const training = await visitor().get('/news?tag=training');
    expect(training.statusCode).toBe(200);
    expect(titlesOn(training.body)).toEqual(
      [21, 18, 15, 12, 9, 6, 3].map((day) => `Update number ${day}`),
    );
    expect(training.body).toContain('Showing articles tagged “Training”');
    expect(training.body).toContain('href="/news?tag=training" aria-current="page"');
    const carers = await visitor().get('/news?tag=carers&page=2');
    expect(carers.body).toContain('href="/news?tag=carers&amp;page=3" rel="next"');
    expect((await visitor().get('/news?tag=nobody-writes-about-this')).body).toContain(
      'There are no articles here yet',
    );
    expect((await visitor().get('/news?tag=%3Cscript%3E')).statusCode).toBe(404);
  });

  it('shows an article with its date, author, tags and a way back to the list', async () => {
    const page = await visitor().get('/news/update-number-9');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1 class="heading-xl">Update number 9</h1>');
    expect(page.body).toContain('9 February 2026');
    expect(page.body).toContain('By Priya Shah');
    expect(page.body).toContain('<a class="back-link" href="/news">Return to news and blogs</a>');
    expect(page.body).toContain('<meta property="og:type" content="article"/>');
    expect(page.body).toContain('href="/news?tag=training">Training</a>');
  });

  it('shows what an author wrote as safe HTML, never their scripts', async () => {
    const page = await visitor().get('/news/tom-jerrys-best-tips');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h2>Tips</h2>');
    expect(page.body).not.toContain('alert(');
    expect(page.body).not.toContain('javascript:');
  });

  it('keeps drafts and articles scheduled for later off the website until their day', async () => {
    const list = (await visitor().get('/news')).body;
    expect(list).not.toContain('A secret draft');
    expect(list).not.toContain('Coming tomorrow');
    expect((await visitor().get('/news/a-secret-draft')).statusCode).toBe(404);
    expect((await visitor().get('/news/coming-tomorrow')).statusCode).toBe(404);
    const feed = (await visitor().get('/news/feed.xml')).body;
    expect(feed).not.toContain('A secret draft');
    expect(feed).not.toContain('Coming tomorrow');
    const sitemap = (await visitor().get('/sitemap.xml')).body;
    expect(sitemap).not.toContain('coming-tomorrow');
    expect(sitemap).not.toContain('a-secret-draft');

    now = new Date('2026-03-15T00:30:00Z');
    try {
      expect((await visitor().get('/news/coming-tomorrow')).statusCode).toBe(200);
      expect(titlesOn((await visitor().get('/news')).body)[0]).toBe('Coming tomorrow');
      expect((await visitor().get('/news/a-secret-draft')).statusCode).toBe(404);
    } finally {
      now = new Date('2026-03-14T12:00:00Z');
    }
  });

  it('offers an Atom feed of the newest twenty, as well-formed XML with every text escaped', async () => {
    const response = await visitor().get('/news/feed.xml');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = response.body;
    const [check] = await selectRows<{ isWellFormed: boolean; entries: number }>(
      database.db,
      sql`SELECT xml_is_well_formed_document(${xml}) AS "isWellFormed",
        cardinality(xpath('/a:feed/a:entry', ${xml}::xml,
          ARRAY[ARRAY['a', 'http://www.w3.org/2005/Atom']])) AS entries`,
    );
    expect(check).toEqual({ isWellFormed: true, entries: 20 });
    expect(xml).toContain('<title>Tom &amp; Jerry’s &lt;&quot;best&quot;&gt; tips</title>');
    expect(xml).toContain('<summary>Fish &amp; chips &lt;b&gt;not bold&lt;/b&gt;</summary>');
    expect(xml).toContain(
      `<link rel="alternate" type="text/html" href="${PUBLIC_URL}/news/update-number-22"/>`,
    );
    expect(xml).not.toContain('alert(');
  });

  it('lists every published article in the sitemap', async () => {
    const sitemap = (await visitor().get('/sitemap.xml')).body;
    for (let day = 1; day <= 22; day += 1) {
      expect(sitemap).toContain(`<loc>${PUBLIC_URL}/news/update-number-${day}</loc>`);
    }
    expect(sitemap).toContain(
      `<loc>${PUBLIC_URL}/news/tom-jerrys-best-tips</loc><lastmod>2026-03-14</lastmod>`,
    );
  });

  it('shows the three newest on the home page', async () => {
    const home = (await visitor().get('/')).body;
    expect(home).toContain('Latest news and blogs');
    expect(home).toContain('href="/news/update-number-22"');
    expect(home).toContain('href="/news/update-number-21"');
    expect(home).not.toContain('href="/news/update-number-20"');
  });
});
