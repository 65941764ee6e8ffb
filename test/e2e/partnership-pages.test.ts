import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { fileStoreFor } from '../../src/core/files/file-store.ts';
import { todayIn } from '../../src/core/time/dates.ts';
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
import type { TestUser } from '../support/factories.ts';
import {
  buildPartnershipScene,
  MIA_SECRETS,
  type PartnershipScene,
} from '../support/partnership-scene.ts';
import { seedPartnershipTour, type PartnershipTour } from '../support/partnership-tour-seed.ts';

/** Who looks at a page: the people of Mia's and Theo's spaces who use these pages. */
type Visitor = 'hannah' | 'sam' | 'dani' | 'lee' | 'grace';

const PARENTS: readonly Visitor[] = ['dani', 'lee'];

type TourWorld = { scene: PartnershipScene; tour: PartnershipTour };

/** The seeded things a page can be about: the updates, sessions and questions. */
type TourId = {
  [K in keyof PartnershipTour]: PartnershipTour[K] extends string ? K : never;
}[keyof PartnershipTour];

type PageVisit = {
  /** Names the test. */
  name: string;
  path: (world: TourWorld) => string;
  as: Visitor;
  /** Something to do or check on the page before the common checks, such as sending a form. */
  prepare?: (page: Page, world: TourWorld) => Promise<void>;
};

// A parent's pages are warm and plain: none of the agency's own words for a child's life. "Case",
// "placement" and "LAC" are the agency's filing words, and "contact" the old word for family time;
// "contact" as a verb ("contact the agency") is plain English and allowed.
const STAFF_WORDS = /\b(cases?|placements?)\b/gi;
const CONTACT_AS_A_NOUN =
  /\bcontacts?\b(?!\s+(?:the|us|your|you|me|them|him|her|a|an|someone|somebody)\b)/gi;
const STAFF_ACRONYMS = /\bLAC\b/g;

/** A parent's page uses none of the agency's words and shows nothing that would locate Mia. */
async function expectSafeForParents(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  const words = [STAFF_WORDS, CONTACT_AS_A_NOUN, STAFF_ACRONYMS].flatMap(
    (pattern) => text.match(pattern) ?? [],
  );
  expect(words, `staff words on ${page.url()}`).toEqual([]);
  const html = (await page.content()).toLowerCase();
  for (const [kind, secret] of Object.entries(MIA_SECRETS)) {
    expect(html, `${kind} on ${page.url()}`).not.toContain(secret.toLowerCase());
  }
}

/**
 * The page a form came back on: focus is on the error summary, each of its problems links to a
 * field on the page, and following the link puts the cursor in that field.
 */
async function expectErrorsLeadToFields(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, {
      timeout: 2_000,
    })
    .catch(() => {
      throw new Error(`Focus is not on the error summary of ${page.url()}`);
    });
  const targets = await page
    .locator('.error-summary a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(targets.length, `problems listed on ${page.url()}`).toBeGreaterThan(0);
  for (const [index, target] of targets.entries()) {
    expect(target, `link ${index + 1} of the error summary`).toMatch(/^#field-/);
    const field = page.locator(target);
    await expect(field.count(), `the field ${target} on ${page.url()}`).resolves.toBe(1);
    const tag = await field.evaluate((element) => element.tagName.toLowerCase());
    expect(['input', 'textarea', 'select'], `what ${target} links to`).toContain(tag);
    await page.locator('.error-summary a').nth(index).click();
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(`#${focused}`, `focus after following the link to ${target}`).toBe(target);
  }
}

/** Sends the form wrong in the way given, then checks the page it came back on. */
function sendAndCheck(send: (page: Page) => Promise<void>) {
  return async (page: Page): Promise<void> => {
    await send(page);
    await expectErrorsLeadToFields(page);
  };
}

/** The page's first picture (an update's or a message's photo) has arrived, not a broken one. */
async function expectPhotoShown(page: Page): Promise<void> {
  const photo = page.locator('main img').first();
  await photo.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('main img');
    return image !== null && image.complete && image.naturalWidth > 0;
  });
}

/** The page shows these words, so a clean page is known not to be an empty one. */
function expectText(...wanted: string[]) {
  return async (page: Page): Promise<void> => {
    const text = await page.locator('main').innerText();
    for (const words of wanted) expect(text, `on ${page.url()}`).toContain(words);
  };
}

/** Writes words that give away where Mia lives into a box, sends, and expects the warning. */
function sendLocatingWords(label: string, button: string, words: string) {
  return async (page: Page): Promise<void> => {
    await page.getByLabel(label, { exact: true }).fill(words);
    await sendEmpty(button)(page);
    await expectErrorsLeadToFields(page);
    const summary = await page.locator('.error-summary').innerText();
    expect(summary).toContain('where Mia lives');
    expect(summary).toContain('Send it anyway');
    const sendAnyway = page.getByLabel(/^Send it anyway/);
    await expect(sendAnyway.isVisible()).resolves.toBe(true);
    await expect(sendAnyway.isChecked()).resolves.toBe(false);
    // What was typed is kept, to be changed rather than written again.
    await expect(page.getByLabel(label, { exact: true }).inputValue()).resolves.toBe(words);
  };
}

const mia = (world: TourWorld) => `/children/${world.scene.miaId}/family`;
const theo = (world: TourWorld) => `/children/${world.scene.theoId}/family`;
const ivy = (world: TourWorld) => `/children/${world.tour.ivyId}/family`;
const family = (world: TourWorld) => `/family/${world.scene.miaId}`;

// The sessions, updates and questions each side looks at, under either door.
type Root = (world: TourWorld) => string;
const session = (root: Root, which: TourId) => (world: TourWorld) =>
  `${root(world)}/family-time/${world.tour[which]}`;
const update = (root: Root, which: TourId) => (world: TourWorld) =>
  `${root(world)}/updates/${world.tour[which]}`;
const decision = (root: Root, which: TourId) => (world: TourWorld) =>
  `${root(world)}/decisions/${world.tour[which]}`;

// Every page of the partnership space, seen by each person who uses it, with the error state of
// every form that can be sent wrong.
const PAGES: PageVisit[] = [
  // Hannah, the supervising social worker: the whole space, its settings, moderation and plans.
  { name: 'home-worker', path: () => '/', as: 'hannah' },
  { name: 'hub', path: mia, as: 'hannah' },
  { name: 'members', path: (world) => `${mia(world)}/members`, as: 'hannah' },
  {
    name: 'members-errors',
    path: (world) => `${mia(world)}/members`,
    as: 'hannah',
    prepare: sendAndCheck(sendBadValue('Email label (optional)', 'Mia Price', 'Save')),
  },
  {
    name: 'getting-started',
    path: (world) => `${mia(world)}/getting-started`,
    as: 'hannah',
    prepare: expectText('Mr Button'),
  },
  {
    name: 'getting-started-intro-errors',
    path: (world) => `${mia(world)}/getting-started`,
    as: 'hannah',
    prepare: sendAndCheck(sendBadValue('Time', '25:99', 'Save the meeting')),
  },
  {
    name: 'getting-started-held-errors',
    path: (world) => `${mia(world)}/getting-started`,
    as: 'hannah',
    prepare: sendAndCheck(sendBadValue('Day it was held', '', 'Record the meeting')),
  },
  {
    name: 'getting-started-call-errors',
    path: (world) => `${mia(world)}/getting-started`,
    as: 'hannah',
    prepare: sendAndCheck(sendBadValue('Day of the call', '', 'Record the call')),
  },
  {
    name: 'getting-started-nothing-yet',
    path: (world) => `${theo(world)}/getting-started`,
    as: 'hannah',
  },
  {
    name: 'getting-started-arrange-errors',
    path: (world) => `${theo(world)}/getting-started`,
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Save the meeting')),
  },
  {
    name: 'messages',
    path: (world) => `${mia(world)}/messages`,
    as: 'hannah',
    prepare: async (page) => {
      await expectText('first wobbly tooth')(page);
      await expectPhotoShown(page);
    },
  },
  {
    name: 'messages-errors',
    path: (world) => `${mia(world)}/messages`,
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Send')),
  },
  {
    name: 'messages-waiting',
    path: (world) => `${mia(world)}/messages/waiting`,
    as: 'hannah',
    prepare: expectText('Can I bring her a present on Saturday?', 'Proud of you, sweetheart.'),
  },
  {
    name: 'messages-waiting-errors',
    path: (world) => `${mia(world)}/messages/waiting`,
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Don’t pass on')),
  },
  { name: 'updates', path: (world) => `${mia(world)}/updates`, as: 'hannah' },
  {
    name: 'update',
    path: update(mia, 'photoUpdateId'),
    as: 'hannah',
    prepare: expectPhotoShown,
  },
  {
    name: 'update-reply-errors',
    path: update(mia, 'photoUpdateId'),
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Send my reply')),
  },
  {
    name: 'update-life-story-errors',
    path: update(mia, 'photoUpdateId'),
    as: 'hannah',
    prepare: sendAndCheck(
      sendBadValue('A title for the story (optional)', 'x'.repeat(201), 'Add to Mia’s life story'),
    ),
  },
  { name: 'update-new', path: (world) => `${mia(world)}/updates/new`, as: 'hannah' },
  {
    name: 'update-new-errors',
    path: (world) => `${mia(world)}/updates/new`,
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Post the update')),
  },
  { name: 'family-time', path: (world) => `${mia(world)}/family-time`, as: 'hannah' },
  {
    name: 'family-time-coming',
    path: session(mia, 'upcomingSessionId'),
    as: 'hannah',
    prepare: expectText('Riverside Family Centre'),
  },
  {
    name: 'family-time-past',
    path: session(mia, 'pastSessionId'),
    as: 'hannah',
    prepare: expectText('We played snap', 'A warm session'),
  },
  {
    name: 'family-time-called-off',
    path: session(mia, 'cancelledSessionId'),
    as: 'hannah',
    prepare: expectText('Mia had a temperature'),
  },
  {
    name: 'family-time-note-errors',
    path: session(mia, 'pastSessionId'),
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Add the note')),
  },
  {
    name: 'family-time-cancel-errors',
    path: session(mia, 'upcomingSessionId'),
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Cancel family time')),
  },
  { name: 'family-time-new', path: (world) => `${mia(world)}/family-time/new`, as: 'hannah' },
  {
    name: 'family-time-new-errors',
    path: (world) => `${mia(world)}/family-time/new`,
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Plan family time')),
  },
  {
    name: 'family-time-change',
    path: (world) => `${session(mia, 'upcomingSessionId')(world)}/edit`,
    as: 'hannah',
  },
  {
    name: 'family-time-change-errors',
    path: (world) => `${session(mia, 'upcomingSessionId')(world)}/edit`,
    as: 'hannah',
    prepare: sendAndCheck(sendBadValue('Where', '', 'Save the changes')),
  },
  {
    name: 'family-time-calendar',
    path: (world) => `${mia(world)}/family-time/calendar`,
    as: 'hannah',
  },
  { name: 'decisions', path: (world) => `${mia(world)}/decisions`, as: 'hannah' },
  { name: 'decision-open', path: decision(mia, 'openDecisionId'), as: 'hannah' },
  {
    name: 'decision-answered',
    path: decision(mia, 'answeredDecisionId'),
    as: 'hannah',
    prepare: expectText('Sam will pack her lunch'),
  },
  {
    name: 'decision-views-errors',
    path: decision(mia, 'openDecisionId'),
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Save the parents’ views')),
  },
  {
    name: 'decision-answer-errors',
    path: decision(mia, 'openDecisionId'),
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Record the answer')),
  },
  { name: 'decision-new', path: (world) => `${mia(world)}/decisions/new`, as: 'hannah' },
  {
    name: 'decision-new-errors',
    path: (world) => `${mia(world)}/decisions/new`,
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Ask')),
  },
  {
    name: 'going-home',
    path: (world) => `${mia(world)}/going-home`,
    as: 'hannah',
    prepare: expectText('Dani finishes the parenting course'),
  },
  { name: 'going-home-plan', path: (world) => `${mia(world)}/going-home/plan`, as: 'hannah' },
  {
    name: 'going-home-plan-errors',
    path: (world) => `${mia(world)}/going-home/plan`,
    as: 'hannah',
    prepare: sendAndCheck(sendBadValue('The aim of the plan', '', 'Save the plan')),
  },
  {
    name: 'going-home-step-new',
    path: (world) => `${mia(world)}/going-home/steps/new`,
    as: 'hannah',
  },
  {
    name: 'going-home-step-new-errors',
    path: (world) => `${mia(world)}/going-home/steps/new`,
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Save the step')),
  },
  {
    name: 'going-home-goal-new',
    path: (world) => `${mia(world)}/going-home/steps/new?kind=goal`,
    as: 'hannah',
  },
  {
    name: 'going-home-step',
    path: (world) => `${mia(world)}/going-home/steps/${world.tour.stepId}`,
    as: 'hannah',
  },
  {
    name: 'going-home-step-errors',
    path: (world) => `${mia(world)}/going-home/steps/${world.tour.stepId}`,
    as: 'hannah',
    prepare: sendAndCheck(sendBadValue('Title', '', 'Save the step')),
  },
  {
    name: 'going-home-review',
    path: (world) => `${mia(world)}/going-home/reviews/new`,
    as: 'hannah',
  },
  {
    name: 'going-home-review-errors',
    path: (world) => `${mia(world)}/going-home/reviews/new`,
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Save the review')),
  },
  {
    name: 'going-home-went-home',
    path: (world) => `${mia(world)}/going-home/went-home`,
    as: 'hannah',
  },
  {
    name: 'going-home-went-home-errors',
    path: (world) => `${mia(world)}/going-home/went-home`,
    as: 'hannah',
    // The form starts with today and Hannah filled in: a wrong day is what can be sent wrong.
    prepare: sendAndCheck(sendBadValue('The date Mia went home', '', 'Save: Mia went home')),
  },
  // Ivy went home last month: the space and the support afterwards, with its check-ins.
  { name: 'hub-after-going-home', path: ivy, as: 'hannah' },
  {
    name: 'going-home-support',
    path: (world) => `${ivy(world)}/going-home`,
    as: 'hannah',
    prepare: expectText('Mornings are hard'),
  },
  {
    name: 'going-home-check-in',
    path: (world) => `${ivy(world)}/going-home/check-ins/new`,
    as: 'hannah',
  },
  {
    name: 'going-home-check-in-errors',
    path: (world) => `${ivy(world)}/going-home/check-ins/new`,
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Save the check-in')),
  },
  { name: 'going-home-close', path: (world) => `${ivy(world)}/going-home/close`, as: 'hannah' },
  {
    name: 'going-home-close-errors',
    path: (world) => `${ivy(world)}/going-home/close`,
    as: 'hannah',
    prepare: sendAndCheck(sendEmpty('Close the support')),
  },

  // Sam, who Mia lives with: the space from the carers' side.
  { name: 'home-carer', path: () => '/', as: 'sam' },
  { name: 'hub-carer', path: mia, as: 'sam' },
  {
    name: 'getting-started-carer',
    path: (world) => `${mia(world)}/getting-started`,
    as: 'sam',
    prepare: expectText('Mr Button'),
  },
  {
    name: 'getting-started-call-errors-carer',
    path: (world) => `${mia(world)}/getting-started`,
    as: 'sam',
    prepare: sendAndCheck(sendBadValue('Day of the call', '', 'Record the call')),
  },
  { name: 'messages-carer', path: (world) => `${mia(world)}/messages`, as: 'sam' },
  {
    name: 'messages-warning-carer',
    path: (world) => `${mia(world)}/messages`,
    as: 'sam',
    prepare: sendLocatingWords(
      'Your message',
      'Send',
      `Ring me on ${MIA_SECRETS.phone} if the bus is late.`,
    ),
  },
  {
    name: 'updates-carer',
    path: (world) => `${mia(world)}/updates`,
    as: 'sam',
    prepare: expectPhotoShown,
  },
  {
    name: 'update-carer',
    path: update(mia, 'photoUpdateId'),
    as: 'sam',
    prepare: expectPhotoShown,
  },
  { name: 'update-new-carer', path: (world) => `${mia(world)}/updates/new`, as: 'sam' },
  {
    name: 'update-new-errors-carer',
    path: (world) => `${mia(world)}/updates/new`,
    as: 'sam',
    prepare: sendAndCheck(sendEmpty('Post the update')),
  },
  {
    name: 'update-new-warning-carer',
    path: (world) => `${mia(world)}/updates/new`,
    as: 'sam',
    prepare: async (page) => {
      await page.locator('input[name="topic"]').first().check();
      await page
        .getByLabel('The day it happened', { exact: true })
        .fill(todayIn('Europe/London', new Date()));
      await sendLocatingWords(
        'Your update',
        'Post the update',
        `We walked to the park near ${MIA_SECRETS.postcode} after tea.`,
      )(page);
    },
  },
  { name: 'family-time-carer', path: (world) => `${mia(world)}/family-time`, as: 'sam' },
  {
    name: 'family-time-coming-carer',
    path: session(mia, 'upcomingSessionId'),
    as: 'sam',
    prepare: expectText(MIA_SECRETS.addressLine),
  },
  { name: 'family-time-past-carer', path: session(mia, 'pastSessionId'), as: 'sam' },
  {
    name: 'family-time-calendar-carer',
    path: (world) => `${mia(world)}/family-time/calendar`,
    as: 'sam',
  },
  { name: 'decisions-carer', path: (world) => `${mia(world)}/decisions`, as: 'sam' },
  { name: 'decision-open-carer', path: decision(mia, 'openDecisionId'), as: 'sam' },
  { name: 'decision-new-carer', path: (world) => `${mia(world)}/decisions/new`, as: 'sam' },
  {
    name: 'decision-new-errors-carer',
    path: (world) => `${mia(world)}/decisions/new`,
    as: 'sam',
    prepare: sendAndCheck(sendEmpty('Ask')),
  },
  { name: 'going-home-carer', path: (world) => `${mia(world)}/going-home`, as: 'sam' },

  // Grace, Theo's nan and his kinship carer: the same space, with how she is related shown.
  {
    name: 'hub-kinship',
    path: theo,
    as: 'grace',
    prepare: expectText('Grace is Abena’s mum'),
  },
  {
    name: 'getting-started-kinship',
    path: (world) => `${theo(world)}/getting-started`,
    as: 'grace',
  },

  // Dani, Mia's mum, on her phone: her own pages of the space, in her own words.
  { name: 'home-parent', path: () => '/', as: 'dani' },
  { name: 'hub-parent', path: family, as: 'dani' },
  {
    name: 'getting-started-parent',
    path: (world) => `${family(world)}/getting-started`,
    as: 'dani',
  },
  {
    name: 'guide-parent',
    path: (world) => `${family(world)}/getting-started/guide`,
    as: 'dani',
  },
  {
    name: 'guide-errors-parent',
    path: (world) => `${family(world)}/getting-started/guide`,
    as: 'dani',
    prepare: sendAndCheck(sendBadValue('Routines', 'x'.repeat(2_001), 'Send to Mia’s carers')),
  },
  {
    name: 'messages-parent',
    path: (world) => `${family(world)}/messages`,
    as: 'dani',
    prepare: async (page) => {
      await expectText('first wobbly tooth')(page);
      await expectPhotoShown(page);
    },
  },
  {
    name: 'messages-errors-parent',
    path: (world) => `${family(world)}/messages`,
    as: 'dani',
    prepare: sendAndCheck(sendEmpty('Send')),
  },
  {
    name: 'updates-parent',
    path: (world) => `${family(world)}/updates`,
    as: 'dani',
    prepare: expectPhotoShown,
  },
  {
    name: 'update-parent',
    path: update(family, 'photoUpdateId'),
    as: 'dani',
    prepare: expectPhotoShown,
  },
  {
    name: 'update-reply-errors-parent',
    path: update(family, 'photoUpdateId'),
    as: 'dani',
    prepare: sendAndCheck(sendEmpty('Send my reply')),
  },
  {
    name: 'update-react-errors-parent',
    path: update(family, 'quietUpdateId'),
    as: 'dani',
    prepare: sendAndCheck(sendEmpty('Send my reaction')),
  },
  { name: 'family-time-parent', path: (world) => `${family(world)}/family-time`, as: 'dani' },
  {
    name: 'family-time-coming-parent',
    path: session(family, 'upcomingSessionId'),
    as: 'dani',
    prepare: expectText('Riverside Family Centre', 'gingerbread photos'),
  },
  {
    name: 'family-time-past-parent',
    path: session(family, 'pastSessionId'),
    as: 'dani',
    prepare: expectText('We played snap'),
  },
  {
    name: 'family-time-called-off-parent',
    path: session(family, 'cancelledSessionId'),
    as: 'dani',
  },
  {
    name: 'family-time-note-errors-parent',
    path: session(family, 'pastSessionId'),
    as: 'dani',
    prepare: sendAndCheck(sendEmpty('Add the note')),
  },
  {
    name: 'family-time-calendar-parent',
    path: (world) => `${family(world)}/family-time/calendar`,
    as: 'dani',
    prepare: expectText('tour-dani-family-time'),
  },
  { name: 'decisions-parent', path: (world) => `${family(world)}/decisions`, as: 'dani' },
  { name: 'decision-open-parent', path: decision(family, 'openDecisionId'), as: 'dani' },
  {
    name: 'decision-answered-parent',
    path: decision(family, 'answeredDecisionId'),
    as: 'dani',
  },
  {
    name: 'decision-views-errors-parent',
    path: decision(family, 'openDecisionId'),
    as: 'dani',
    prepare: sendAndCheck(sendEmpty('Send your views')),
  },
  { name: 'decision-new-parent', path: (world) => `${family(world)}/decisions/new`, as: 'dani' },
  {
    name: 'decision-new-errors-parent',
    path: (world) => `${family(world)}/decisions/new`,
    as: 'dani',
    prepare: sendAndCheck(sendEmpty('Ask')),
  },
  {
    name: 'going-home-parent',
    path: (world) => `${family(world)}/going-home`,
    as: 'dani',
    prepare: expectText('Dani finishes the parenting course'),
  },

  // Lee, Mia's dad, whose words a worker reads first: what he sent, and where each one stands.
  {
    name: 'messages-reviewed-parent',
    path: (world) => `${family(world)}/messages`,
    as: 'lee',
    prepare: expectText('Can I bring her a present on Saturday?', 'Please ring Hannah about court'),
  },
  {
    name: 'update-reviewed-parent',
    path: update(family, 'photoUpdateId'),
    as: 'lee',
    prepare: expectText('Proud of you, sweetheart.', 'Waiting for a worker to read it'),
  },
];

let world: BrowserWorld;
let tourWorld: TourWorld;
let page: Page;
let signedInAs: Visitor | undefined;
const failedRequests: string[] = [];

beforeAll(async () => {
  world = await startBrowserWorld(async (database) => {
    const scene = await buildPartnershipScene(database.db);
    const files = fileStoreFor(loadConfig({ DATA_DIR: '.test-data', LOG_LEVEL: 'silent' }));
    const tour = await seedPartnershipTour(database.db, files, scene, new Date());
    tourWorld = { scene, tour };
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

const userOf = (visitor: Visitor): TestUser => tourWorld.scene[visitor];

describe('Every page of the partnership space', () => {
  it.each(PAGES.map((pageVisit) => [pageVisit.name, pageVisit] as const))(
    '%s is accessible, fits the screen and shows where focus is',
    async (_name, pageVisit) => {
      if (signedInAs !== pageVisit.as) {
        await becomeSignedInAs(world, userOf(pageVisit.as));
        signedInAs = pageVisit.as;
      }
      failedRequests.length = 0;
      await useViewport(page, 'smallPhone');
      await visit(page, pageVisit.path(tourWorld));
      if (pageVisit.prepare) await pageVisit.prepare(page, tourWorld);
      await expect(page.locator('h1').count(), `headings of ${page.url()}`).resolves.toBe(1);
      for (const screen of ['smallPhone', 'desktop'] as const) {
        await useViewport(page, screen);
        await expectNoAxeViolations(page);
        await expectNoSidewaysScroll(page);
        await expectTouchTargets(page);
      }
      await expectVisibleFocus(page);
      if (PARENTS.includes(pageVisit.as)) await expectSafeForParents(page);
      expectNoPageProblems(page);
      expect(failedRequests, `requests that failed on ${page.url()}`).toEqual([]);
    },
  );
});
