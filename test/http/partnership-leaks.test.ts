import { randomBytes, randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/core/db/connect.ts';
import { familyTimeFeeds, mailOutbox } from '../../src/core/db/tables.ts';
import { fileStoreFor } from '../../src/core/files/file-store.ts';
import { deliverPendingMail } from '../../src/core/mail/delivery.ts';
import { partnershipPaths } from '../../src/features/partnership/paths.ts';
import type { Party } from '../../src/features/partnership/space.ts';
import { signedInVisitor, startTestApp, type TestApp, type Visitor } from '../support/app.ts';
import { openTestDatabase } from '../support/database.ts';
import type { TestUser } from '../support/factories.ts';
import {
  crawl,
  decodeEntities,
  fetchedFrom,
  findLeaks,
  formsOf,
  pdfText,
  postFields,
  problemsWith,
  valuesOf,
  type Fetched,
  type FoundForm,
} from '../support/leak-check.ts';
import {
  LEE_TURNED_BACK,
  LEE_WAITING,
  photoWithLocation,
  seedLeakStory,
  SHOWN_TO_FAMILY,
  TRANSPORT_TEXT,
  type LeakStory,
} from '../support/leak-seed.ts';
import {
  buildPartnershipScene,
  MIA_SECRETS,
  type PartnershipScene,
} from '../support/partnership-scene.ts';
import { startTestMailServer, type TestMailServer } from '../support/smtp.ts';

// Mia's home is confidential. Everything her mum Dani and dad Lee can reach says nothing that
// locates her: no page, picture, file, calendar, email or error message, whatever Sam, Alex and
// Hannah wrote where only they can read it.

const NOW = new Date('2026-11-23T10:00:00Z');
const SECRETS = [...Object.values(MIA_SECRETS), `${MIA_SECRETS.surname} household`];
/** What Sam's phone called the photo: a download must never be named after it. */
const UPLOAD_NAME = `IMG_4417 ${MIA_SECRETS.town}.jpg`;
const ORIGINAL_FILE_NAMES = ['IMG_4417', UPLOAD_NAME];
const CRAWL_LIMIT = 300;

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let scene: PartnershipScene;
let story: LeakStory;
let mailServer: TestMailServer;
let origins: string[];
/** What Dani's crawl found, for the error pages' forms (crawled again when run alone). */
let daniPages: Fetched[] = [];
/** What Sam and Hannah managed to add through the pages. */
const added = new Set<string>();
/** Each parent's calendar address, made before the crawl so their calendar page links to it. */
const feedTokens = new Map<string, string>();

beforeAll(async () => {
  database = await openTestDatabase();
  scene = await buildPartnershipScene(database.db);
  testApp = await startTestApp(database, {}, () => NOW);
  story = await seedLeakStory(database.db, fileStoreFor(testApp.config), scene);
  mailServer = await startTestMailServer();
  origins = [new URL(testApp.config.publicUrl).origin];
  for (const parent of [scene.dani, scene.lee]) {
    // As the calendar page makes them: 32 random bytes in base64url.
    const token = randomBytes(32).toString('base64url');
    await database.db.insert(familyTimeFeeds).values({ userId: parent.id, token });
    feedTokens.set(parent.id, token);
  }
});

afterAll(async () => {
  await mailServer?.close();
  await testApp?.close();
  await database?.drop();
});

type Annotate = (message: string) => Promise<unknown>;

/** Says what the run found, in the test's report and in its output. */
async function note(annotate: Annotate, message: string): Promise<void> {
  console.info(message);
  await annotate(message);
}

/** The partnership pages a parent should reach once they are built, by name. */
function parentPages(): Record<string, string> {
  const { miaId } = scene;
  return {
    hub: partnershipPaths.home('parent', miaId),
    'getting started': partnershipPaths.gettingStarted('parent', miaId),
    messages: partnershipPaths.messages('parent', miaId),
    updates: partnershipPaths.updates('parent', miaId),
    'one update': partnershipPaths.update('parent', miaId, story.updateId),
    'family time': partnershipPaths.familyTime('parent', miaId),
    'one family time session': partnershipPaths.familyTimeSession('parent', miaId, story.sessionId),
    decisions: partnershipPaths.decisions('parent', miaId),
    'one decision': partnershipPaths.decision('parent', miaId, story.decisionId),
    'going home': partnershipPaths.goingHome('parent', miaId),
  };
}

/** Which of the pages answer a parent; a 404 means the page is not built yet. */
async function builtPages(visitor: Visitor): Promise<{ built: string[]; missing: string[] }> {
  const built: string[] = [];
  const missing: string[] = [];
  for (const [name, path] of Object.entries(parentPages())) {
    ((await visitor.get(path)).statusCode === 404 ? missing : built).push(name);
  }
  return { built, missing };
}

async function crawlAs(
  user: TestUser,
  start: string[],
  limit = CRAWL_LIMIT,
  alreadySeen: ReadonlySet<string> = new Set(),
): Promise<Fetched[]> {
  return crawl(await signedInVisitor(testApp, user), {
    start,
    limit,
    origins,
    isSkipped: (path) => /\/sign-out\b/.test(path) || alreadySeen.has(path),
  });
}

async function problemsIn(pages: readonly Fetched[], secrets = SECRETS): Promise<string[]> {
  const problems: string[] = [];
  for (const page of pages) {
    problems.push(...(await problemsWith(page, secrets, ORIGINAL_FILE_NAMES)));
  }
  return problems;
}

/** The words of every page crawled, read as a person would. */
function wordsOf(pages: readonly Fetched[]): string {
  return pages
    .filter((page) => page.contentType.includes('html'))
    .map((page) => decodeEntities(page.body.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' '))
    .join('\n');
}

/** Crawls as a parent and asserts nothing leaked and every page that exists was reached. */
async function assertParentSeesNothing(parent: TestUser, annotate: Annotate): Promise<Fetched[]> {
  const visitor = await signedInVisitor(testApp, parent);
  const { built, missing } = await builtPages(visitor);
  const fromHome = await crawlAs(parent, ['/']);
  const { miaId } = scene;
  const pagesThatMustBeReached = [
    '/',
    '/home',
    '/account',
    `/family/${miaId}/story`,
    `/family/${miaId}/people`,
    ...built.map((name) => parentPages()[name]!),
    ...(built.includes('family time')
      ? [partnershipPaths.familyTimeFeed(feedTokens.get(parent.id)!)]
      : []),
  ];
  const reachedFromHome = new Set(fromHome.map((page) => page.url));
  const unreached = pagesThatMustBeReached.filter((path) => !reachedFromHome.has(path));
  // Pages a parent cannot get to from the home page are still checked, from where they are.
  const rest = await crawlAs(parent, unreached, CRAWL_LIMIT - fromHome.length, reachedFromHome);
  const pages = [...fromHome, ...rest];
  const reached = new Set(pages.map((page) => page.url));
  const broken = pages.filter((page) => page.status >= 400).map((p) => `${p.url} (${p.status})`);
  await note(
    annotate,
    `${parent.name}: ${reached.size} addresses; partnership pages not built yet: ${missing.join(', ') || 'none'}` +
      (unreached.length > 0 ? `; not reachable from the home page: ${unreached.join(', ')}` : '') +
      (broken.length > 0 ? `; links answering an error: ${broken.join(', ')}` : ''),
  );

  expect(await problemsIn(pages)).toEqual([]);
  expect(pages.filter((page) => page.contentType.includes('html')).length).toBeGreaterThanOrEqual(
    10,
  );
  expect(pagesThatMustBeReached.filter((path) => !reached.has(path))).toEqual([]);
  // Mia's story photo, and Sam's photos in a message and an update, when those pages are built.
  const pictures = pages.filter((page) => page.contentType.startsWith('image/'));
  const photoPages = ['messages', 'updates'].filter((name) => built.includes(name));
  expect(pictures.length).toBeGreaterThanOrEqual(1 + photoPages.length);
  expect.soft(unreached, 'pages a parent cannot reach from the home page').toEqual([]);
  // The pages are not clean because they are empty: what the family may read is there.
  const words = wordsOf(pages);
  const shownOn: Array<[string, keyof typeof SHOWN_TO_FAMILY]> = [
    ['updates', 'update'],
    ['messages', 'message'],
    ['family time', 'familyTime'],
    ['decisions', 'decision'],
    ['going home', 'plan'],
  ];
  for (const [page, shown] of shownOn) {
    if (built.includes(page)) expect(words, page).toContain(SHOWN_TO_FAMILY[shown]);
  }
  expect(words).toContain(SHOWN_TO_FAMILY.story);
  expect(words).toContain(SHOWN_TO_FAMILY.person);
  return pages;
}

/** A form for something new, on a page of the space or one its links lead to (a "new" page). */
async function findForm(
  visitor: Visitor,
  path: string,
  hasFields: readonly string[],
): Promise<FoundForm | 'not built' | 'no form'> {
  const page = await visitor.get(path);
  if (page.statusCode === 404) return 'not built';
  const candidates = [{ url: path, html: page.body }];
  const nearby = [...page.body.matchAll(/href="([^"]+)"/g)]
    .map((match) => decodeEntities(match[1]!))
    .filter((href) => href.startsWith(`${path}/`) && !href.endsWith('.ics'));
  for (const href of [...new Set(nearby)]) candidates.push({ url: href, html: '' });
  for (const candidate of candidates) {
    const html = candidate.html || (await visitor.get(candidate.url)).body;
    const form = formsOf(html, candidate.url).find(
      (found) =>
        found.method === 'post' &&
        hasFields.every((name) => found.fields.some((field) => field.name === name)),
    );
    if (form) return form;
  }
  return 'no form';
}

type Trigger = {
  what: string;
  by: 'sam' | 'hannah';
  path: (party: Party, childId: string) => string;
  hasFields: string[];
  values: Record<string, string | string[]>;
  withPhoto?: boolean;
};

/** What Sam and Hannah add through the pages, each of which should tell Dani and Lee. */
function triggers(): Trigger[] {
  return [
    {
      what: 'a message with a photo',
      by: 'sam',
      path: partnershipPaths.messages,
      hasFields: ['body'],
      values: { body: 'Mia is a sheep in the nativity play and very pleased about it.' },
      withPhoto: true,
    },
    {
      what: 'an update with a photo',
      by: 'sam',
      path: partnershipPaths.updates,
      hasFields: ['topic', 'happened_on', 'body'],
      values: {
        topic: 'milestone',
        happened_on: '2026-11-22',
        body: 'Mia swam a whole width without armbands today!',
      },
      withPhoto: true,
    },
    {
      what: 'family time',
      by: 'hannah',
      path: partnershipPaths.familyTime,
      hasFields: ['venue'],
      values: {
        date: '2026-12-12',
        start_time: '10:00',
        end_time: '12:00',
        kind: 'in_person',
        is_supervised: 'yes',
        supervised_by: 'Hannah, supervising social worker',
        venue: 'Riverside Family Centre, the green room',
        notes_for_family: 'Bring the snap cards.',
        transport: TRANSPORT_TEXT,
        invitees: [scene.dani.id, scene.lee.id],
      },
    },
    {
      what: 'a decision',
      by: 'sam',
      path: partnershipPaths.decisions,
      hasFields: ['topic', 'question'],
      values: {
        topic: 'sleepovers',
        question: 'Mia is invited to a birthday sleepover on 12 December. May she go?',
        needed_by: '2026-12-05',
      },
    },
  ];
}

/** The phone photo, under its phone's name, in whichever file field the form has. */
async function photoFor(
  trigger: Trigger,
  form: FoundForm,
): Promise<Record<string, { bytes: Buffer; filename: string; contentType: string }>> {
  const field = form.fields.find((each) => each.type === 'file')?.name;
  if (!trigger.withPhoto || !field) return {};
  return {
    [field]: { bytes: await photoWithLocation(), filename: UPLOAD_NAME, contentType: 'image/jpeg' },
  };
}

describe('Mia’s home is confidential', () => {
  it('lets Sam and Hannah add to the space through the pages that are built', async ({
    annotate,
  }) => {
    const done: string[] = [];
    const skipped: string[] = [];
    for (const trigger of triggers()) {
      const user = scene[trigger.by];
      const visitor = await signedInVisitor(testApp, user);
      const party: Party = trigger.by === 'sam' ? 'carer' : 'staff';
      const form = await findForm(visitor, trigger.path(party, scene.miaId), trigger.hasFields);
      if (typeof form === 'string') {
        skipped.push(`${trigger.what} (${form})`);
        continue;
      }
      const fields = valuesOf(form, trigger.values);
      const response = form.isMultipart
        ? await visitor.postMultipart(
            form.action,
            Object.fromEntries(fields),
            await photoFor(trigger, form),
          )
        : await postFields(visitor, form.action, fields);
      expect(response.statusCode, `${trigger.what}: ${response.body.slice(0, 2000)}`).toBe(303);
      done.push(trigger.what);
      added.add(trigger.what);
    }
    await note(
      annotate,
      `added through the pages: ${done.join(', ') || 'nothing'}; not yet: ${skipped.join(', ') || 'none'}`,
    );
  });

  it('shows Dani nothing that locates Mia on any page, picture, file or header she can reach', async ({
    annotate,
  }) => {
    daniPages = await assertParentSeesNothing(scene.dani, annotate);
    expect(wordsOf(daniPages)).not.toContain(LEE_WAITING);
    expect(wordsOf(daniPages)).not.toContain(LEE_TURNED_BACK);
  });

  it('shows Lee nothing that locates Mia either, with his words waiting for a worker', async ({
    annotate,
  }) => {
    const leePages = await assertParentSeesNothing(scene.lee, annotate);
    const messages = partnershipPaths.messages('parent', scene.miaId);
    if (leePages.some((page) => page.url === messages && page.status === 200)) {
      expect(wordsOf(leePages)).toContain(LEE_WAITING);
    }
  });

  it('gives Dani a calendar of family time without the home or the journey there', async ({
    annotate,
  }) => {
    const token = feedTokens.get(scene.dani.id)!;
    const feed = await (
      await signedInVisitor(testApp, scene.dani)
    ).get(partnershipPaths.familyTimeFeed(token));
    if (feed.statusCode === 404) {
      await note(annotate, 'the family time calendar feed is not built yet');
      return;
    }
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toContain('BEGIN:VEVENT');
    const unfolded = feed.body.replace(/\r?\n[ \t]/g, '');
    expect(findLeaks(unfolded, [...SECRETS, TRANSPORT_TEXT, 'Sam drives Mia'])).toEqual([]);
    expect(await problemsIn([fetchedFrom('the calendar feed', feed)])).toEqual([]);
  });

  it('gives Dani a life story book whose words say nothing of the home', async () => {
    const book = await (
      await signedInVisitor(testApp, scene.dani)
    ).get(`/family/${scene.miaId}/story/book.pdf`);
    expect(book.statusCode).toBe(200);
    expect(book.headers['content-type']).toMatch(/^application\/pdf/);
    const text = await pdfText(book.rawPayload);
    expect(text).toContain(SHOWN_TO_FAMILY.story);
    expect(findLeaks(text, SECRETS)).toEqual([]);
    expect(findLeaks(JSON.stringify(book.headers), SECRETS)).toEqual([]);
  });

  it('says nothing of the home on pages that do not exist, or on forms sent back empty', async ({
    annotate,
  }) => {
    const dani = await signedInVisitor(testApp, scene.dani);
    const { miaId } = scene;
    const nobody = randomUUID();
    const missing = [
      ...Object.values(partnershipPaths)
        .filter((path) => path.length === 2)
        .map((path) => (path as (party: Party, childId: string) => string)('parent', nobody)),
      partnershipPaths.update('parent', miaId, nobody),
      partnershipPaths.updatePhoto('parent', miaId, nobody),
      partnershipPaths.familyTimeSession('parent', miaId, nobody),
      partnershipPaths.decision('parent', miaId, nobody),
      partnershipPaths.messageFile('parent', miaId, nobody),
      partnershipPaths.update('parent', miaId, 'not-an-id'),
      partnershipPaths.familyTimeFeed('not-a-calendar'),
      `/family/${nobody}/story`,
      `/family/${nobody}/people`,
      `/family/${nobody}/story/book.pdf`,
    ];
    const problems: string[] = [];
    for (const url of missing) {
      const response = await dani.get(url);
      if (response.statusCode < 400) problems.push(`${url}: answered ${response.statusCode}`);
      problems.push(...(await problemsIn([fetchedFrom(url, response)])));
    }
    const forms = new Map<string, FoundForm>();
    const crawled =
      daniPages.length > 0
        ? daniPages
        : await crawlAs(scene.dani, ['/', partnershipPaths.home('parent', miaId)]);
    for (const page of crawled.filter((p) => p.contentType.includes('html'))) {
      for (const form of formsOf(page.body, page.url)) {
        if (form.method === 'post' && !/\/sign-out\b/.test(form.action))
          forms.set(form.action, form);
      }
    }
    for (const form of forms.values()) {
      const empty = [
        ...new Set(form.fields.map((field) => field.name).filter((name) => name !== '_csrf')),
      ].map((name): [string, string] => [name, '']);
      const response = form.isMultipart
        ? await dani.postMultipart(form.action, Object.fromEntries(empty), {})
        : await postFields(dani, form.action, empty);
      problems.push(...(await problemsIn([fetchedFrom(`POST ${form.action}`, response)])));
    }
    const sent = [...forms.keys()].map((action) => action.replace(/[0-9a-f-]{36}/g, ':id'));
    await note(annotate, `forms sent back empty as Dani: ${sent.join(', ')}`);
    expect(problems).toEqual([]);
    expect(forms.size).toBeGreaterThan(0);
  });

  it('sends Dani and Lee emails that name nobody and locate nothing', async ({ annotate }) => {
    const parents = [scene.dani.email, scene.lee.email];
    const queued = await database.db
      .select()
      .from(mailOutbox)
      .where(inArray(mailOutbox.toAddress, parents));
    await deliverPendingMail(
      database,
      mailServer.transport(),
      'Kinfold <noreply@kinfold.test>',
      pino({ level: 'silent' }),
    );
    const received = mailServer.received.filter((mail) =>
      mail.to.some((to) => parents.includes(to)),
    );
    await note(annotate, `${received.length} emails reached Dani and Lee`);
    expect(received).toHaveLength(queued.length);
    if (added.has('a message with a photo') || added.has('an update with a photo')) {
      expect(received.length).toBeGreaterThan(0);
    }
    for (const mail of received) {
      const whole = [mail.subject, mail.text, mail.raw].join('\n');
      expect(findLeaks(whole, [...SECRETS, 'Price']), mail.subject).toEqual([]);
    }
  });

  it('finds the secrets on Sam’s own pages, so the check is known to see them', async () => {
    const household = `/households/${scene.homeId}`;
    const pages = await crawlAs(
      scene.sam,
      [household, partnershipPaths.home('carer', scene.miaId)],
      6,
    );
    const shown = pages.find((page) => page.url === household)!;
    expect(shown.status).toBe(200);
    expect(findLeaks(shown.body, SECRETS)).toEqual(
      expect.arrayContaining([MIA_SECRETS.surname, MIA_SECRETS.addressLine, MIA_SECRETS.postcode]),
    );
    expect((await problemsIn(pages)).length).toBeGreaterThan(0);
  });

  it('shows Hannah what only staff may read, so the parents’ pages were filtered, not empty', async () => {
    const hannah = await signedInVisitor(testApp, scene.hannah);
    const staffPages = [
      partnershipPaths.familyTime('staff', scene.miaId),
      partnershipPaths.goingHome('staff', scene.miaId),
      partnershipPaths.gettingStarted('staff', scene.miaId),
    ];
    const found = new Set<string>();
    for (const path of staffPages) {
      const page = await hannah.get(path);
      if (page.statusCode === 404) continue;
      expect(page.statusCode, path).toBe(200);
      for (const secret of findLeaks(page.body, [...SECRETS, TRANSPORT_TEXT])) found.add(secret);
    }
    expect([...found]).toEqual(
      expect.arrayContaining([TRANSPORT_TEXT, MIA_SECRETS.postcode, MIA_SECRETS.addressLine]),
    );
  });
});
