import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedUpdates, storedFiles } from '../../src/core/db/tables.ts';
import {
  expectNoAxeViolations,
  expectNoPageProblems,
  expectNoSidewaysScroll,
  screenshot,
  signInAs,
  signOut,
  startBrowserWorld,
  useViewport,
  visit,
  type BrowserWorld,
} from '../support/browser.ts';
import { MIAS_PLAN, seedMiasPlan } from '../support/partnership-browser-scene.ts';
import {
  buildPartnershipScene,
  MIA_SECRETS,
  type PartnershipScene,
} from '../support/partnership-scene.ts';

// Mia is 9 and lives with Sam and Alex, whose home is confidential; Hannah supervises it. Her mum
// Dani is working towards Mia coming home, and the plan for it is written down. Hannah plans family
// time for next week and invites Dani. Sam posts an update with a photo from his phone, which
// carries where it was taken; Kinfold keeps the picture and drops the rest. On her phone, Dani
// finds "Together for Mia", sees Sam's photo, reacts and replies (with the keyboard alone), says
// she will be at family time and reads the plan in her own words. Mia's dad Lee, whose messages a
// worker reads first, sends two; Hannah passes one on and keeps the other back, saying why. Sam
// sees what was passed on and Dani's reply. Every page is checked with axe-core, and nothing on
// a parent's page says where Mia lives.
const UPDATE =
  'Mia read a whole chapter book to us tonight, doing all the voices. She says she wants to read the next one to you.';
const REPLY = 'That made my day. Tell her I am saving the next book for family time.';
const LEES_MESSAGE = 'Hello Mia, it’s Dad. Good luck with swimming on Saturday, I’m proud of you.';
const LEES_KEPT_BACK = 'Tell Mia I will come and find her soon, whatever anyone says.';
const REASON =
  'This could worry Mia. Let’s talk about it together first: I will ring you this week.';
const VENUE = 'The Willow Room at the family centre';
const SUPERVISOR = 'Hannah Kowalski';

/** Where startBrowserWorld's app keeps uploaded files (DATA_DIR .test-data, then files/). */
const FILES_DIR = path.resolve('.test-data', 'files');
const SHOTS_DIR = '/tmp/shots';

/** Next week's family time, in the agency's time zone: a week today, after school. */
const NEXT_WEEK = DateTime.now().setZone('Europe/London').plus({ days: 7 }).toISODate()!;
const YESTERDAY = DateTime.now().setZone('Europe/London').minus({ days: 1 }).toISODate()!;

let world: BrowserWorld;
let scene: PartnershipScene;
let page: Page;

beforeAll(async () => {
  world = await startBrowserWorld(async (database) => {
    scene = await buildPartnershipScene(database.db);
    await seedMiasPlan(database.db, scene);
  });
  page = await world.newPage();
  await useViewport(page, 'desktop');
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
}, 120_000);

afterAll(async () => {
  await world?.close();
});

/** Sends the form whose button this is, and waits for the page it leads to. */
async function press(button: string | RegExp, within: Page | Locator = page) {
  await Promise.all([
    page.waitForEvent('load'),
    within
      .getByRole('button', { name: button, exact: typeof button === 'string' })
      .first()
      .click(),
  ]);
  expectNoPageProblems(page);
}

/** Follows a link by its name, and waits for the page it leads to. */
async function follow(link: string | RegExp): Promise<void> {
  await Promise.all([
    page.waitForEvent('load'),
    page
      .getByRole('link', { name: link, exact: typeof link === 'string' })
      .first()
      .click(),
  ]);
  expectNoPageProblems(page);
}

async function expectHeading(text: string): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(text);
}

async function expectFlash(text: string): Promise<void> {
  await expect(page.getByRole('status').first().textContent()).resolves.toContain(text);
}

async function textOf(selector = 'main'): Promise<string> {
  return (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ');
}

/** Saves a screenshot with the others in .test-data/screenshots, and a copy in /tmp/shots. */
async function shot(name: string): Promise<void> {
  const file = await screenshot(page, `partnership-${name}`);
  fs.copyFileSync(file, path.join(SHOTS_DIR, `partnership-${name}.png`));
}

/** A staff or carer page: accessible, whole. */
async function checkStaffPage(name?: string): Promise<void> {
  await expectNoAxeViolations(page);
  if (name) await shot(name);
}

/**
 * A parent's page on a phone: accessible, no sideways scrolling at 375 px, and nothing in what it
 * shows or sends that would tell the parent where Mia lives.
 */
async function checkParentPage(name?: string): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  const shown = (await page.evaluate(() => document.body.innerText)).toLowerCase();
  const sent = (await page.content()).toLowerCase();
  for (const [what, secret] of Object.entries(MIA_SECRETS)) {
    expect(shown, `${what} shown on ${page.url()}`).not.toContain(secret.toLowerCase());
    expect(sent, `${what} in the HTML of ${page.url()}`).not.toContain(secret.toLowerCase());
  }
  if (name) await shot(name);
}

/** A photo as a phone writes it: the camera's make and model, and where it was taken. */
async function photoFromPhone(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: '#d9834a' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'Camera 9' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '53/1 42/1 36/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '2/1 5/1 49/1',
      },
    })
    .toBuffer();
}

describe('Together for Mia: carers, parents and a worker, on their own screens', () => {
  it('Hannah plans family time for next week and invites Dani', async () => {
    await signInAs(page, scene.hannah);
    await checkStaffPage();
    await visit(page, `/children/${scene.miaId}/family/family-time`);
    await checkStaffPage();
    await follow('Plan family time');
    await expectHeading('Plan family time');
    await checkStaffPage();

    await page.getByLabel('Date', { exact: true }).fill(NEXT_WEEK);
    await page.getByLabel('Starts at').fill('16:00');
    await page.getByLabel('Ends at').fill('17:30');
    await page.getByLabel('How the family will meet').selectOption({ label: 'Meeting in person' });
    await page.getByLabel('Where', { exact: true }).fill(VENUE);
    await page.getByLabel('Who supervises').fill(SUPERVISOR);
    await page.getByLabel('Notes for the family').fill('Bring the book you are both reading.');
    await page.getByLabel('Dani Price').check();
    await press('Plan family time');
    await expectFlash('Family time is planned.');
    const facts = await textOf();
    expect(facts).toContain(VENUE);
    expect(facts).toContain('Dani Price (not answered yet)');
    await checkStaffPage('family-time-planned');
    await signOut(page);
  }, 60_000);

  it('Sam posts an update with a photo; the stored photo no longer says where it was taken', async () => {
    const photo = await photoFromPhone();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    expect(photo.includes(Buffer.from('PhoneCo'))).toBe(true);

    await signInAs(page, scene.sam);
    await visit(page, `/children/${scene.miaId}/family`);
    await checkStaffPage();
    await follow('Updates');
    await checkStaffPage();
    await follow('Post an update');
    await expectHeading('Post an update about Mia');
    await checkStaffPage();

    await page.getByLabel('A milestone').check();
    await page.getByLabel('The day it happened').fill(YESTERDAY);
    await page.getByLabel('Your update').fill(UPDATE);
    await page.getByLabel('A photo (optional)').setInputFiles({
      name: 'IMG_20261122_1932.jpg',
      mimeType: 'image/jpeg',
      buffer: photo,
    });
    await press('Post the update');
    await expectFlash('Your update is posted. Mia’s family can see it now.');
    expect(await textOf()).toContain(UPDATE);
    await checkStaffPage('update-posted');

    const [stored] = await world.database.db
      .select({ key: storedFiles.storageKey, contentType: storedFiles.contentType })
      .from(sharedUpdates)
      .innerJoin(storedFiles, eq(storedFiles.id, sharedUpdates.fileId))
      .where(eq(sharedUpdates.body, UPDATE));
    expect(stored?.contentType).toBe('image/jpeg');
    const bytes = fs.readFileSync(path.join(FILES_DIR, stored!.key.slice(0, 2), stored!.key));
    const kept = await sharp(bytes).metadata();
    expect(kept.format).toBe('jpeg');
    expect([kept.width, kept.height]).toEqual([800, 600]);
    expect(kept.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('PhoneCo'))).toBe(false);
    await signOut(page);
  }, 60_000);

  it('on her phone, Dani finds Mia’s space, sees the photo, reacts, and replies by keyboard', async () => {
    await useViewport(page, 'phone');
    await signInAs(page, scene.dani);
    await checkParentPage('dani-home-phone');
    await follow('Together for Mia');
    await expectHeading('Together for Mia');
    await checkParentPage('dani-together-phone');

    await follow('Updates');
    await expectHeading('Updates about Mia');
    const update = page.locator('article.story-entry').filter({ hasText: UPDATE });
    await expect(update.innerText()).resolves.toContain('From Sam, foster carer');
    const picture = update.locator('img');
    await expect(picture.getAttribute('src')).resolves.toMatch(/^\/family\/[^/]+\/updates\//);
    await picture.scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth),
      )
      .toBeGreaterThan(0);
    await checkParentPage('dani-updates-phone');

    await update.getByRole('link', { name: /^Reply/ }).click();
    await page.waitForLoadState('load');
    expectNoPageProblems(page);
    await expectHeading('An update about Mia');
    await checkParentPage();
    await page.getByLabel('So proud').check();
    await press('Send my reaction');
    await expectFlash('Your reaction is sent.');
    expect(await textOf()).toContain('Your reaction: So proud');
    await checkParentPage();

    // The reply with the keyboard alone: Tab from the top of the page to the reply box, type,
    // Tab to the button, Enter.
    await page.locator('body').focus();
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return { id: element?.id ?? '', text: element?.textContent?.trim() ?? '' };
      });
    for (let presses = 0; presses < 60 && (await focused()).id !== 'field-body'; presses += 1) {
      await page.keyboard.press('Tab');
    }
    expect((await focused()).id).toBe('field-body');
    await page.keyboard.type(REPLY);
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Send my reply');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expectNoPageProblems(page);
    await expectFlash('Your reply is sent.');
    const replies = page.locator('section[aria-labelledby="replies-heading"]');
    await expect(replies.innerText()).resolves.toContain(REPLY);
    await checkParentPage('dani-update-replied-phone');
  }, 60_000);

  it('Dani says she will be at next week’s family time, and reads the plan for Mia coming home', async () => {
    await follow('Updates about Mia');
    await follow('Mia');
    await expectHeading('Together for Mia');
    await follow('Family time');
    await expectHeading('Family time with Mia');
    const coming = page.locator('section[aria-labelledby="coming-up"]');
    await expect(coming.innerText()).resolves.toContain(VENUE);
    await expect(coming.innerText()).resolves.toContain('Say if you’ll be there');
    await checkParentPage('dani-family-time-phone');

    await press(/^I’ll be there/, coming);
    await expectFlash('Thank you for letting everyone know you’ll be there.');
    expect(await textOf('.summary-list, dl')).toContain('You said you’ll be there');
    await checkParentPage('dani-family-time-confirmed-phone');

    await visit(page, `/family/${scene.miaId}`);
    await follow('Going home');
    await expectHeading('The plan for Mia coming home');
    const plan = await textOf();
    expect(plan).toContain(MIAS_PLAN.aim);
    const yours = await sectionAfter('What you are working on');
    expect(yours).toContain(MIAS_PLAN.danisStep);
    expect(yours).toContain(MIAS_PLAN.danisStepDetail);
    expect(yours).toContain(MIAS_PLAN.danisOtherStep);
    expect(yours).toContain(MIAS_PLAN.togetherStep);
    expect(yours).not.toContain(MIAS_PLAN.agencyStep);
    expect(await sectionAfter('How we will help')).toContain(MIAS_PLAN.agencyStep);
    expect(await sectionAfter('What’s done')).toContain(MIAS_PLAN.doneStep);
    expect(await sectionAfter('What your worker wrote for you')).toContain(MIAS_PLAN.forFamily);
    expect(plan).not.toContain(MIAS_PLAN.staffNotes);
    await checkParentPage('dani-going-home-phone');
    await signOut(page);
  }, 60_000);

  it('Lee, whose messages a worker reads first, sends two from his phone; both wait', async () => {
    await signInAs(page, scene.lee);
    await checkParentPage();
    await follow('Together for Mia');
    await checkParentPage();
    await follow('Messages');
    await expectHeading('Messages about Mia');
    expect(await textOf()).toContain('A worker reads each of your messages first');
    await checkParentPage();

    for (const words of [LEES_MESSAGE, LEES_KEPT_BACK]) {
      await page.getByLabel('Your message').fill(words);
      await press('Send');
      await expectFlash('Thank you. A worker will read your message, then pass it on.');
      const sent = page.locator('article.voice-entry').filter({ hasText: words });
      await expect(sent.innerText()).resolves.toContain('Waiting for a worker to read it');
    }
    await checkParentPage('lee-waiting-phone');
    await signOut(page);
  }, 60_000);

  it('Hannah sees the messages waiting on her home page, passes one on and keeps one back', async () => {
    await useViewport(page, 'desktop');
    await signInAs(page, scene.hannah);
    const card = page.locator('.card').filter({ hasText: 'Messages waiting to be read' });
    await expect(card.innerText()).resolves.toContain('Mia: 2 messages');
    await checkStaffPage('hannah-home');
    await Promise.all([
      page.waitForEvent('load'),
      card.getByRole('link', { name: 'Mia: 2 messages' }).click(),
    ]);
    expectNoPageProblems(page);
    await expectHeading('Messages about Mia waiting to be read');
    await checkStaffPage('hannah-waiting');

    const first = page.locator('article.voice-entry').filter({ hasText: LEES_MESSAGE });
    await expect(first.innerText()).resolves.toContain('Lee Price');
    await press('Deliver', first);
    await expectFlash('is passed on to everyone in Mia’s space.');

    const second = page.locator('article.voice-entry').filter({ hasText: LEES_KEPT_BACK });
    await second.getByLabel('Why is it not passed on?').fill(REASON);
    await press('Don’t pass on', second);
    await expectFlash('is kept back. They can read your reason.');
    expect(await textOf()).toContain('Nothing is waiting.');
    await checkStaffPage('hannah-nothing-waiting');
    await signOut(page);
  }, 60_000);

  it('Sam reads Lee’s message, never the one kept back, and Dani’s reply and reaction', async () => {
    await signInAs(page, scene.sam);
    await visit(page, `/children/${scene.miaId}/family/messages`);
    await expectHeading('Messages about Mia');
    const conversation = await textOf('section[aria-labelledby="conversation"]');
    expect(conversation).toContain(LEES_MESSAGE);
    expect(conversation).not.toContain(LEES_KEPT_BACK);
    expect(await page.content()).not.toContain('find her soon');
    await checkStaffPage('sam-messages');

    await visit(page, `/children/${scene.miaId}/family/updates`);
    await follow(/^1 reply/);
    const replies = await textOf('section[aria-labelledby="replies-heading"]');
    expect(replies).toContain('Dani Price, parent');
    expect(replies).toContain(REPLY);
    expect(await textOf('article.story-entry')).toContain('So proud');
    await checkStaffPage('sam-update-replies');
    await signOut(page);
  }, 60_000);
});

/** The words between an h2 and the next h2 on the page, as the reader sees them. */
async function sectionAfter(heading: string): Promise<string> {
  return page.evaluate((wanted) => {
    const headings = Array.from(document.querySelectorAll('main h2'));
    const start = headings.find((element) => element.textContent?.trim() === wanted);
    if (!start) return '';
    const words: string[] = [];
    for (let node = start.nextElementSibling; node && node.tagName !== 'H2';) {
      words.push((node as HTMLElement).innerText);
      node = node.nextElementSibling;
    }
    return words.join(' ').replace(/\s+/g, ' ');
  }, heading);
}
