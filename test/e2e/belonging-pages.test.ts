import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/core/db/connect.ts';
import {
  childIdentity,
  childImportantPeople,
  connectionOutreach,
  lifeStoryEntries,
  lookedAfterReviews,
  permanencyConversations,
  permanencyDecisions,
  permanencyPacts,
  youngPersonVoice,
} from '../../src/core/db/tables.ts';
import { fileStoreFor } from '../../src/core/files/file-store.ts';
import { todayIn } from '../../src/core/time/dates.ts';
import { addEntry } from '../../src/features/life-story/write-service.ts';
import { buildBelongingScene, type BelongingScene } from '../support/belonging-scene.ts';
import {
  becomeSignedInAs,
  expectNoAxeViolations,
  expectNoPageProblems,
  expectNoSidewaysScroll,
  expectTouchTargets,
  expectVisibleFocus,
  sendBadValue,
  sendEmpty,
  startBrowserWorld,
  useViewport,
  visit,
  type BrowserWorld,
} from '../support/browser.ts';
import { actorFor, ctxFor, type TestUser } from '../support/factories.ts';

/** Who looks at a page: the people of the belonging scene who use these pages. */
type Visitor = 'hannah' | 'priya' | 'ruth' | 'zara' | 'dani';

type PageVisit = {
  /** Names the test. */
  name: string;
  path: (world: TourWorld) => string;
  as: Visitor;
  status?: number;
  /** Something to do or check on the page before the common checks, such as sending a form. */
  prepare?: (page: Page, world: TourWorld) => Promise<void>;
};

/**
 * Zara's belonging as the tour sees it: her map (her nan Farida with a pact and a family finding
 * log, her uncle Karim flagged not safe, a coach she suggested waiting for a check, a teacher who
 * has left the network), two permanency conversations, a decision and a review, her story with a
 * photo Ruth added, and what she has written in her voice.
 */
type TourWorld = BelongingScene & {
  faridaId: string;
  karimName: string;
};

// A young person's pages speak to them, never about them as the agency's work. "Looked after" as a
// verb ("someone who looked after you before") is plain English; the record's "looked-after" is not.
const STAFF_WORDS = /\b(case|cases|placements?|looked-after|permanency)\b/gi;

/** The young person's page uses none of the agency's own words and never shows Karim. */
async function expectTheirOwnWords(page: Page, world: TourWorld): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(STAFF_WORDS) ?? [], `staff words on ${page.url()}`).toEqual([]);
  expect(text).not.toContain(world.karimName);
}

/**
 * The map is a picture with a name a screen reader reads out, and the list beside it has the same
 * people as the picture: the list is the map for those who cannot see it.
 */
async function expectMapMatchesList(page: Page): Promise<void> {
  const map = page.locator('svg.eco-map__svg');
  await expect(map.count()).resolves.toBe(1);
  // A picture until eco-map.js makes its people movable; then a group of buttons. Named either way.
  const role = (await map.getAttribute('role')) === 'group' ? 'group' : 'img';
  const named = page.getByRole(role, { name: /map: \d+ (person|people)/ }).and(map);
  await expect(named.count(), `the map's name on ${page.url()}`).resolves.toBe(1);
  const nodes = await map.locator('g[data-person-id]').count();
  const listed = await page.locator('.people-list li[data-person-id]').count();
  expect(nodes).toBeGreaterThan(0);
  expect(listed, `people in the list and on the map of ${page.url()}`).toBe(nodes);
}

/** A page for someone outside the staff: the map matches its list and Karim is not on it. */
async function expectSafeMap(page: Page, world: TourWorld): Promise<void> {
  await expectMapMatchesList(page);
  await expect(page.getByText(world.karimName).count()).resolves.toBe(0);
}

const child = (world: TourWorld) => `/children/${world.zaraId}`;
const farida = (world: TourWorld) => `${child(world)}/people/${world.faridaId}`;

// Every page of belonging and permanency, seen by the person who uses it, with the error state of
// each main form.
const PAGES: PageVisit[] = [
  // Hannah, Zara's supervising social worker: the map, family finding, planning, story and voice.
  {
    name: 'home-social-worker',
    path: () => '/',
    as: 'hannah',
    prepare: expectBelongingCards,
  },
  {
    name: 'people',
    path: (world) => `${child(world)}/people`,
    as: 'hannah',
    prepare: async (page, world) => {
      await expectMapMatchesList(page);
      // Staff see Karim, flagged, on the map and in the list.
      await expect(page.getByText(world.karimName).count()).resolves.toBeGreaterThan(0);
    },
  },
  { name: 'then-and-now', path: (world) => `${child(world)}/people/then-and-now`, as: 'hannah' },
  {
    name: 'then-and-now-errors',
    path: (world) => `${child(world)}/people/then-and-now?on=2099-01-01`,
    as: 'hannah',
    status: 400,
    prepare: async (page) => {
      await expect(page.locator('.error-summary').count()).resolves.toBe(1);
    },
  },
  { name: 'person-new', path: (world) => `${child(world)}/people/new`, as: 'hannah' },
  {
    name: 'person-new-errors',
    path: (world) => `${child(world)}/people/new`,
    as: 'hannah',
    prepare: sendEmpty('Add them'),
  },
  { name: 'person-edit', path: (world) => `${farida(world)}/edit`, as: 'hannah' },
  {
    name: 'person-edit-errors',
    path: (world) => `${farida(world)}/edit`,
    as: 'hannah',
    prepare: sendBadValue('Name', '', 'Save the changes'),
  },
  { name: 'person', path: farida, as: 'hannah' },
  {
    name: 'person-outreach-errors',
    path: farida,
    as: 'hannah',
    prepare: sendEmpty('Record the step'),
  },
  { name: 'pact', path: (world) => `${farida(world)}/pact`, as: 'hannah' },
  {
    name: 'pact-errors',
    path: (world) => `${farida(world)}/pact`,
    as: 'hannah',
    prepare: sendBadValue('Agreed on', '', 'Save the pact'),
  },
  { name: 'permanency', path: (world) => `${child(world)}/permanency`, as: 'hannah' },
  {
    name: 'conversation-new',
    path: (world) => `${child(world)}/permanency/conversations/new`,
    as: 'hannah',
  },
  {
    name: 'conversation-new-errors',
    path: (world) => `${child(world)}/permanency/conversations/new`,
    as: 'hannah',
    prepare: sendEmpty('Save the conversation'),
  },
  {
    name: 'decision-new',
    path: (world) => `${child(world)}/permanency/decisions/new`,
    as: 'hannah',
  },
  {
    name: 'decision-new-errors',
    path: (world) => `${child(world)}/permanency/decisions/new`,
    as: 'hannah',
    prepare: sendEmpty('Save the decision'),
  },
  {
    name: 'review-new',
    path: (world) => `${child(world)}/permanency/reviews/new`,
    as: 'hannah',
  },
  {
    name: 'review-new-errors',
    path: (world) => `${child(world)}/permanency/reviews/new`,
    as: 'hannah',
    prepare: sendEmpty('Save the review'),
  },
  {
    name: 'life-story',
    path: (world) => `${child(world)}/life-story`,
    as: 'hannah',
    prepare: expectPhotoShown,
  },
  { name: 'life-story-new', path: (world) => `${child(world)}/life-story/new`, as: 'hannah' },
  {
    name: 'life-story-new-errors',
    path: (world) => `${child(world)}/life-story/new`,
    as: 'hannah',
    prepare: sendEmpty('Add to the story'),
  },
  { name: 'identity', path: (world) => `${child(world)}/life-story/identity`, as: 'hannah' },
  {
    // The identity page may be saved empty; only words too long for it are refused.
    name: 'identity-errors',
    path: (world) => `${child(world)}/life-story/identity`,
    as: 'hannah',
    prepare: sendTooMuch,
  },
  { name: 'voice', path: (world) => `${child(world)}/voice`, as: 'hannah' },
  {
    name: 'voice-answer-errors',
    path: (world) => `${child(world)}/voice`,
    as: 'hannah',
    prepare: sendEmpty('Send the answer'),
  },

  // Priya, the manager: the same cards on her home page.
  { name: 'home-manager', path: () => '/', as: 'priya', prepare: expectBelongingCards },

  // Ruth, who Zara lives with: the same pages, as a carer may see them.
  {
    name: 'people-carer',
    path: (world) => `${child(world)}/people`,
    as: 'ruth',
    prepare: expectSafeMap,
  },
  { name: 'person-new-carer', path: (world) => `${child(world)}/people/new`, as: 'ruth' },
  {
    name: 'life-story-carer',
    path: (world) => `${child(world)}/life-story`,
    as: 'ruth',
    prepare: expectPhotoShown,
  },
  { name: 'life-story-new-carer', path: (world) => `${child(world)}/life-story/new`, as: 'ruth' },
  { name: 'permanency-carer', path: (world) => `${child(world)}/permanency`, as: 'ruth' },
  { name: 'voice-carer', path: (world) => `${child(world)}/voice`, as: 'ruth' },

  // Zara herself, on her phone: her space, her people, her story, her future and her voice.
  { name: 'home-young-person', path: () => '/', as: 'zara', prepare: expectTheirOwnWords },
  {
    name: 'my-people',
    path: () => '/my/people',
    as: 'zara',
    prepare: async (page, world) => {
      await expectSafeMap(page, world);
      await expectTheirOwnWords(page, world);
    },
  },
  {
    name: 'my-people-suggest',
    path: () => '/my/people/suggest',
    as: 'zara',
    prepare: expectTheirOwnWords,
  },
  {
    name: 'my-people-suggest-errors',
    path: () => '/my/people/suggest',
    as: 'zara',
    prepare: async (page, world) => {
      await sendEmpty('Add them')(page);
      await expectTheirOwnWords(page, world);
    },
  },
  {
    name: 'my-story',
    path: () => '/my/story',
    as: 'zara',
    prepare: async (page, world) => {
      await expectPhotoShown(page);
      await expectTheirOwnWords(page, world);
    },
  },
  { name: 'my-story-add', path: () => '/my/story/add', as: 'zara', prepare: expectTheirOwnWords },
  {
    name: 'my-story-add-errors',
    path: () => '/my/story/add',
    as: 'zara',
    prepare: async (page, world) => {
      await sendEmpty('Add it to my story')(page);
      await expectTheirOwnWords(page, world);
    },
  },
  {
    name: 'my-story-about-me',
    path: () => '/my/story/about-me',
    as: 'zara',
    prepare: expectTheirOwnWords,
  },
  {
    name: 'my-story-about-me-errors',
    path: () => '/my/story/about-me',
    as: 'zara',
    prepare: async (page, world) => {
      await sendTooMuch(page);
      await expectTheirOwnWords(page, world);
    },
  },
  { name: 'my-future', path: () => '/my/future', as: 'zara', prepare: expectTheirOwnWords },
  { name: 'my-voice', path: () => '/my/voice', as: 'zara', prepare: expectTheirOwnWords },
  {
    name: 'my-voice-errors',
    path: () => '/my/voice',
    as: 'zara',
    prepare: async (page, world) => {
      await sendEmpty('Send')(page);
      await expectTheirOwnWords(page, world);
    },
  },

  // Dani, Zara's mum: what the agency shares with her, and what she sends for Zara's story.
  { name: 'home-birth-parent', path: () => '/', as: 'dani' },
  {
    name: 'family-people',
    path: (world) => `/family/${world.zaraId}/people`,
    as: 'dani',
    prepare: expectSafeMap,
  },
  { name: 'family-story', path: (world) => `/family/${world.zaraId}/story`, as: 'dani' },
  { name: 'family-story-add', path: (world) => `/family/${world.zaraId}/story/add`, as: 'dani' },
  {
    name: 'family-story-add-errors',
    path: (world) => `/family/${world.zaraId}/story/add`,
    as: 'dani',
    prepare: sendEmpty('Send it'),
  },
];

/** Fills every box of the form with more words than it keeps, sends it, and waits for its problems. */
async function sendTooMuch(page: Page): Promise<void> {
  await page.locator('main textarea').evaluateAll((boxes) => {
    for (const box of boxes) (box as HTMLTextAreaElement).value = 'x'.repeat(5_001);
  });
  await sendEmpty('Save')(page);
}

/** A worker's home page has the three cards of belonging, each naming Zara. */
async function expectBelongingCards(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(text).toMatch(/Questions from young people\s+1\s+Zara, asked \d+ days ago/);
  expect(text).toMatch(
    /Permanency conversations due\s+1\s+Zara Ahmed\s+Overdue\s+No conversation since/,
  );
  expect(text).toMatch(/Zara Ahmed, \d+: 1 of 5 committed adults/);
}

/** The photo Ruth added is shown, not a broken picture. */
async function expectPhotoShown(page: Page): Promise<void> {
  const photo = page.locator('.story-entry__photo img');
  await expect(photo.count()).resolves.toBe(1);
  await photo.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('.story-entry__photo img');
    return image !== null && image.complete && image.naturalWidth > 0;
  });
}

let world: BrowserWorld;
let tour: TourWorld;
let page: Page;
let signedInAs: Visitor | undefined;
const failedRequests: string[] = [];

beforeAll(async () => {
  world = await startBrowserWorld(async (database) => {
    tour = await seedTour(database.db);
  });
  page = await world.newPage();
  // Pictures, styles and scripts that fail to arrive; the page itself is checked by visit().
  page.on('requestfailed', (request) => failedRequests.push(`${request.url()} failed`));
  page.on('response', (response) => {
    const isPart = response.request().resourceType() !== 'document';
    if (isPart && response.status() >= 400) {
      failedRequests.push(`${response.url()} answered ${response.status()}`);
    }
  });
}, 120_000);

afterAll(async () => {
  await world?.close();
});

/** A day some months before today, in the agency's time zone. */
function monthsAgo(today: string, months: number): string {
  return DateTime.fromISO(today).minus({ months }).toISODate()!;
}

/** Zara's people, planning, story and voice, as the type TourWorld describes them. */
async function seedTour(db: Db): Promise<TourWorld> {
  const scene = await buildBelongingScene(db);
  const today = todayIn('Europe/London', new Date());
  const person = async (values: Partial<typeof childImportantPeople.$inferInsert>) => {
    const [row] = await db
      .insert(childImportantPeople)
      .values({
        name: 'Someone',
        relationship: 'Friend',
        joinedOn: '2025-09-01',
        addedBy: scene.hannah.id,
        ...values,
        childId: scene.zaraId,
      })
      .returning({ id: childImportantPeople.id });
    return row!.id;
  };
  const faridaId = await person({
    name: 'Farida Ahmed',
    relationship: 'Nan',
    category: 'relative',
    gives: ['talk', 'lifelong'],
    ring: 1,
    feelings: 'She never forgets my birthday.',
    isSharedWithFamily: true,
  });
  await person({
    name: 'Leah Thompson',
    relationship: 'Best friend',
    ring: 1,
    joinedOn: '2026-01-10',
  });
  await person({
    name: 'Maureen Cole',
    relationship: 'Former foster carer',
    category: 'former_carer',
    contactStatus: 'lost_touch',
    couldGive: ['place_to_stay'],
    joinedOn: '2026-03-01',
  });
  await person({
    name: 'Pat Hughes',
    relationship: 'Former neighbour',
    category: 'neighbour',
    contactStatus: 'to_be_found',
    source: 'relatives',
    sourceNotes: 'Farida remembers her.',
    ring: 3,
  });
  const karimName = 'Karim Ahmed';
  await person({
    name: karimName,
    relationship: 'Uncle',
    category: 'relative',
    contactStatus: 'not_safe',
    hasNoContactOrder: true,
    safeguardingNotes: 'A court order keeps him away from her school.',
    isSharedWithFamily: true,
    ring: 3,
  });
  await person({
    name: 'Coach Dev',
    relationship: 'Football coach',
    category: 'coach',
    status: 'proposed',
    source: 'young_person',
    addedBy: scene.zara.id,
    joinedOn: today,
  });
  await person({
    name: 'Mr Green',
    relationship: 'Year 7 teacher',
    category: 'teacher',
    leftOn: monthsAgo(today, 2),
  });
  await db.insert(connectionOutreach).values([
    {
      connectionId: faridaId,
      stepOn: '2025-09-10',
      kind: 'search',
      notes: 'Found in the family’s old records.',
      recordedBy: scene.hannah.id,
    },
    {
      connectionId: faridaId,
      stepOn: '2025-09-20',
      kind: 'safety_check',
      safetyOutcome: 'cleared',
      notes: 'Checks came back clear.',
      recordedBy: scene.hannah.id,
    },
  ]);
  await db.insert(permanencyPacts).values({
    connectionId: faridaId,
    agreedOn: '2025-11-01',
    commitments: ['keep_in_touch'],
    inTheirWords: 'Sundays are for Zara, always.',
    recordedBy: scene.hannah.id,
  });
  // The last conversation was over three months ago, so the home pages say one is due.
  await db.insert(permanencyConversations).values(
    [6, 4].map((months) => ({
      childId: scene.zaraId,
      heldOn: monthsAgo(today, months),
      whoWasThere: 'Zara, Hannah and Ruth',
      options: ['long_term_fostering' as const, 'kinship' as const],
      youngPersonWords: 'I want to stay with Ruth and see Nan on Sundays.',
      questions: 'Can I still see Nan if I stay here?',
      feelings: 'Hopeful',
      nextSteps: 'Hannah asks Nan about Sundays.',
      recordedBy: scene.hannah.id,
    })),
  );
  await db.insert(permanencyDecisions).values({
    childId: scene.zaraId,
    youngPersonChoice: 'long_term_fostering',
    youngPersonWords: 'Here, with Ruth.',
    decidedOption: 'long_term_fostering',
    reasons: 'Zara is settled with Ruth and wants to stay.',
    decidedOn: monthsAgo(today, 4),
    recordedBy: scene.hannah.id,
  });
  await db.insert(lookedAfterReviews).values({
    childId: scene.zaraId,
    heldOn: monthsAgo(today, 3),
    permanencyNotes: 'The plan for long-term fostering stands.',
    recordedBy: scene.hannah.id,
  });
  await db.insert(childIdentity).values({
    childId: scene.zaraId,
    heritage: 'My family is from Sylhet. I speak Sylheti with Nan.',
    whatMatters: 'Football, my friends and Sunday dinners.',
    updatedBy: scene.zara.id,
  });
  await db.insert(lifeStoryEntries).values([
    {
      childId: scene.zaraId,
      kind: 'milestone',
      title: 'Starting secondary school',
      body: 'Zara walked in with her head up.',
      happenedOn: '2022-09-05',
      addedBy: scene.hannah.id,
      addedByRole: 'supervising_social_worker',
      isSharedWithFamily: true,
    },
    {
      childId: scene.zaraId,
      kind: 'memory',
      title: 'The seaside with Nan',
      body: 'We ate chips on the pier.',
      addedBy: scene.zara.id,
      addedByRole: 'young_person',
      status: 'awaiting_check',
    },
    {
      childId: scene.zaraId,
      kind: 'memory',
      title: 'My first goal',
      addedBy: scene.zara.id,
      addedByRole: 'young_person',
      isHiddenFromCarers: true,
      checkedBy: scene.hannah.id,
      checkedAt: new Date(),
    },
    {
      childId: scene.zaraId,
      kind: 'letter',
      title: 'A letter from Mum',
      body: 'I think about you every day.',
      addedBy: scene.dani.id,
      addedByRole: 'birth_parent',
      status: 'awaiting_check',
    },
  ]);
  // Ruth adds a photo the way the story's form does, so it is stored as the form stores it.
  const photo = await sharp({
    create: { width: 64, height: 48, channels: 3, background: '#3a7' },
  })
    .jpeg()
    .toBuffer();
  await addEntry(
    ctxFor(db, await actorFor(db, scene.ruth)),
    fileStoreFor(loadConfig({ DATA_DIR: '.test-data', LOG_LEVEL: 'silent' })),
    scene.zaraId,
    {
      kind: 'photo',
      title: 'Bonfire night',
      body: 'Sparklers in the garden.',
      happenedOn: monthsAgo(today, 1),
      keepFromCarers: false,
      shareWithFamily: false,
    },
    photo,
  );
  await db.insert(youngPersonVoice).values([
    {
      childId: scene.zaraId,
      kind: 'question',
      body: 'Can I go on the school trip to France?',
      createdAt: DateTime.now().minus({ days: 3 }).toJSDate(),
    },
    {
      childId: scene.zaraId,
      kind: 'want_to_know',
      body: 'I like it when we have pizza on Fridays.',
      isSharedWithCarers: true,
    },
    {
      childId: scene.zaraId,
      kind: 'question',
      body: 'When is my next review?',
      answer: 'It is in the spring; I will tell you the date soon.',
      answeredBy: scene.hannah.id,
      answeredAt: new Date(),
      createdAt: DateTime.now().minus({ days: 10 }).toJSDate(),
    },
  ]);
  return { ...scene, faridaId, karimName };
}

const userOf = (world: TourWorld, visitor: Visitor): TestUser => world[visitor];

describe('Every page of belonging and permanency', () => {
  it.each(PAGES.map((pageVisit) => [pageVisit.name, pageVisit] as const))(
    '%s is accessible, fits the screen and shows where focus is',
    async (_name, pageVisit) => {
      if (signedInAs !== pageVisit.as) {
        await becomeSignedInAs(world, userOf(tour, pageVisit.as));
        signedInAs = pageVisit.as;
      }
      failedRequests.length = 0;
      await useViewport(page, 'smallPhone');
      await visit(page, pageVisit.path(tour), pageVisit.status ?? 200);
      if (pageVisit.prepare) await pageVisit.prepare(page, tour);
      await expectNoAxeViolations(page);
      for (const screen of ['smallPhone', 'desktop'] as const) {
        await useViewport(page, screen);
        await expectNoSidewaysScroll(page);
        await expectTouchTargets(page);
      }
      await expectVisibleFocus(page);
      expectNoPageProblems(page);
      expect(failedRequests, `requests that failed on ${page.url()}`).toEqual([]);
    },
  );
});
