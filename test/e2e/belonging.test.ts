import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childImportantPeople, lifeStoryEntries, storedFiles } from '../../src/core/db/tables.ts';
import { buildBelongingScene, type BelongingScene } from '../support/belonging-scene.ts';
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

// Zara is 15 and lives with Ruth; Hannah supervises Ruth's home. Hannah sits with Zara and puts
// the people who matter to her on her map: her nan, and a neighbour from before whom the family
// remember. She moves the neighbour closer with the keyboard, then with the list's button, and
// writes down what Zara said about her future, in Zara's words. Ruth adds a memory with a photo
// from her phone, which carries where it was taken; Kinfold keeps the picture and drops the rest.
// On her phone, Zara finds her people (never her uncle, who is not safe), her story and her book,
// and asks Hannah a question, which Hannah answers. Every page on the way is checked with axe-core.
const NAN = 'Farida Ahmed';
const NEIGHBOUR = 'Pat Hughes';
/** On Zara's map already, flagged not safe: staff see him, Zara and her book never do. */
const UNCLE = 'Karim Ahmed';
const ZARAS_WORDS =
  'I want to stay with Ruth till I finish college, and I want Nan at my graduation, front row.';
const MEMORY = 'Crabbing on Whitby pier';
const QUESTION = 'Can I go to Nan’s on her birthday in March, and stay the night?';
const ANSWER = 'Yes, we can plan it together. I will ring Ruth and your nan this week.';

/** The sky in Ruth's photo, looked for on the book's cover. */
const SKY = { r: 47, g: 127, b: 168 };

/** Where startBrowserWorld's app keeps uploaded files (DATA_DIR .test-data, then files/). */
const FILES_DIR = path.resolve('.test-data', 'files');
const PDFJS_DIR = path.resolve('node_modules/pdfjs-dist');

let world: BrowserWorld;
let scene: BelongingScene;
let page: Page;

beforeAll(async () => {
  world = await startBrowserWorld(async (database) => {
    scene = await buildBelongingScene(database.db);
    await database.db.insert(childImportantPeople).values({
      childId: scene.zaraId,
      name: UNCLE,
      relationship: 'Uncle',
      category: 'relative',
      contactStatus: 'not_safe',
      hasNoContactOrder: true,
      safeguardingNotes: 'A court order keeps him away from Zara.',
      ring: 3,
      joinedOn: '2025-09-01',
      addedBy: scene.hannah.id,
    });
  });
  page = await world.newPage();
  await useViewport(page, 'desktop');
}, 120_000);

afterAll(async () => {
  await world?.close();
});

/** Sends the form whose button this is, and waits for the page it leads to. */
async function press(button: string): Promise<void> {
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: button, exact: true }).first().click(),
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

/** The names drawn on the map's picture and those in the list beside it, each sorted. */
async function namesOnMapAndList(): Promise<{ map: string[]; list: string[] }> {
  const map = await page.locator('svg.eco-map__svg .eco-map__name').allTextContents();
  const list = await page.locator('.people-list .people-list__name').allTextContents();
  return {
    map: map.map((name) => name.trim()).sort(),
    list: list.map((name) => name.trim()).sort(),
  };
}

/** The names the list shows under one ring's heading ("Closest", "Close", "Further away"). */
async function namesUnderRing(heading: string): Promise<string[]> {
  const ring = page
    .locator('.people-list__ring')
    .filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
  return (await ring.locator('.people-list__name').allTextContents()).map((name) => name.trim());
}

/** A photo as a phone writes it: the camera's make and model, and where it was taken. */
async function photoFromPhone(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: SKY } })
    .composite([
      {
        input: await sharp({
          create: { width: 640, height: 160, channels: 3, background: '#e6c27a' },
        })
          .png()
          .toBuffer(),
        top: 320,
        left: 0,
      },
    ])
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'Camera 9' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '54/1 29/1 12/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 36/1 54/1',
      },
    })
    .toBuffer();
}

// The page that renders the book with pdf.js, served by the test on Kinfold's origin (so pdf.js
// can start its worker there): the module draws page 1 on the canvas, counts the pixels that are
// ink rather than paper and those of the photo's sky, reads every page's text, and leaves what it
// found on window.bookCheck.
const BOOK_CHECK_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The book, rendered</title>
<script type="module" src="check.mjs"></script></head>
<body><main><h1>The book, rendered</h1><canvas id="book-page" aria-label="Page 1 of the book"></canvas></main></body></html>`;

const BOOK_CHECK_MODULE = `
import * as pdfjs from './pdf.min.mjs';
try {
  pdfjs.GlobalWorkerOptions.workerSrc = new URL('./pdf.worker.min.mjs', import.meta.url).href;
  const data = new Uint8Array(await (await fetch('./book.pdf')).arrayBuffer());
  const book = await pdfjs.getDocument({
    data,
    isEvalSupported: false,
    standardFontDataUrl: new URL('./standard_fonts/', import.meta.url).href,
  }).promise;
  const first = await book.getPage(1);
  const viewport = first.getViewport({ scale: 1 });
  const canvas = document.getElementById('book-page');
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  await first.render({ canvas, canvasContext: context, viewport }).promise;
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0;
  let photo = 0;
  for (let index = 0; index < pixels.length; index += 4) {
    const [red, green, blue, alpha] = pixels.slice(index, index + 4);
    if (alpha === 0) continue;
    if (Math.min(red, green, blue) < 200) inked += 1;
    const fromSky = Math.abs(red - ${SKY.r}) + Math.abs(green - ${SKY.g}) + Math.abs(blue - ${SKY.b});
    if (fromSky < 30) photo += 1;
  }
  const pages = [];
  for (let number = 1; number <= book.numPages; number += 1) {
    const content = await (await book.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => item.str ?? '').join(' '));
  }
  window.bookCheck = {
    pageCount: book.numPages,
    inked,
    photo,
    pixels: pixels.length / 4,
    text: pages.join('\\n'),
  };
} catch (error) {
  window.bookCheck = { error: String(error && error.stack || error) };
}
`;

type BookCheck =
  | { pageCount: number; inked: number; photo: number; pixels: number; text: string }
  | { error: string };

/** Opens the book in Chromium with pdf.js, on a tab of its own, and reports what it drew. */
async function renderBook(book: Buffer): Promise<{ check: BookCheck; tab: Page }> {
  const tab = await world.newPage();
  await tab.route(`${world.baseUrl}/__book-check__/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.replace('/__book-check__/', '');
    if (name === '') {
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: BOOK_CHECK_PAGE });
    }
    if (name === 'check.mjs') {
      return route.fulfill({ contentType: 'text/javascript', body: BOOK_CHECK_MODULE });
    }
    if (name === 'book.pdf') return route.fulfill({ contentType: 'application/pdf', body: book });
    const file =
      name === 'pdf.min.mjs' || name === 'pdf.worker.min.mjs'
        ? path.join(PDFJS_DIR, 'legacy/build', name)
        : path.join(PDFJS_DIR, 'standard_fonts', path.basename(name));
    return route.fulfill({
      contentType: name.endsWith('.mjs') ? 'text/javascript' : 'application/octet-stream',
      body: fs.readFileSync(file),
    });
  });
  await visit(tab, '/__book-check__/');
  await tab.waitForFunction(() => 'bookCheck' in window);
  const check = await tab.evaluate(() => (window as unknown as { bookCheck: BookCheck }).bookCheck);
  return { check, tab };
}

describe('Zara’s people, her future and her story, from Hannah’s desk to Zara’s phone', () => {
  it('Hannah puts Zara’s nan and a former neighbour on her map, in the picture and the list', async () => {
    await signInAs(page, scene.hannah);
    await expectNoAxeViolations(page);
    await visit(page, `/children/${scene.zaraId}`);
    await follow('People');
    await expectHeading('Zara’s people');
    await expectNoAxeViolations(page);

    await follow('Add someone');
    await expectHeading('Add someone to Zara’s map');
    await expectNoAxeViolations(page);
    await page.getByLabel('Name', { exact: true }).fill(NAN);
    await page.getByLabel('Who they are to Zara').fill('Nan');
    await page.getByLabel('What kind of person they are').selectOption({ label: 'Family' });
    const givesNow = page.getByRole('group', { name: 'What they give now (tick any)' });
    await givesNow.getByLabel('Someone to talk to').check();
    await givesNow.getByLabel('A lifelong connection').check();
    await page.getByLabel('Contact', { exact: true }).selectOption({ label: 'In touch' });
    await page
      .getByLabel('How Zara feels about them, in Zara’s words (optional)')
      .fill('She makes the best samosas and always picks up the phone.');
    await page.getByLabel('Where they go on the map').selectOption({ label: 'Closest' });
    await press('Add them');
    await expectHeading('Zara’s people');
    await expectFlash(`${NAN} is on the map.`);

    await follow('Add someone');
    await page.getByLabel('Name', { exact: true }).fill(NEIGHBOUR);
    await page.getByLabel('Who they are to Zara').fill('Former neighbour');
    await page
      .getByLabel('What kind of person they are')
      .selectOption({ label: 'A neighbour, now or before' });
    await page
      .getByRole('group', { name: 'What they could give (tick any)' })
      .getByLabel('Someone to talk to')
      .check();
    await page.getByLabel('Contact', { exact: true }).selectOption({ label: 'To be found' });
    await page.getByLabel('Where they go on the map').selectOption({ label: 'Further away' });
    await page
      .getByLabel('Where they came from', { exact: true })
      .selectOption({ label: 'Relatives' });
    await page
      .getByLabel('Notes on where they came from (optional)')
      .fill('Her nan remembers Pat looking after Zara after school.');
    await press('Add them');
    await expectFlash(`${NEIGHBOUR} is on the map.`);

    // The picture and the list name the same people; staff see the uncle, flagged.
    const names = await namesOnMapAndList();
    expect(names.map).toEqual([NAN, UNCLE, NEIGHBOUR].sort());
    expect(names.list).toEqual(names.map);
    await expect(namesUnderRing('Closest')).resolves.toEqual([NAN]);
    await expect(namesUnderRing('Further away')).resolves.toEqual(
      expect.arrayContaining([NEIGHBOUR, UNCLE]),
    );
    const pat = page.locator('.people-list__person').filter({ hasText: NEIGHBOUR });
    await expect(pat.textContent()).resolves.toContain('To be found');
    await expect(pat.textContent()).resolves.toContain('Relatives');
    await expectNoAxeViolations(page);
    await screenshot(page, 'belonging-zaras-map-staff');
  }, 60_000);

  it('she moves Pat a ring closer with the keyboard, and again with the list’s button', async () => {
    const node = page.getByRole('button', { name: `${NEIGHBOUR} Former neighbour`, exact: true });
    const status = page.locator('[data-eco-map-status]');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(node.getAttribute('tabindex')).resolves.toBe('0');
    await node.focus();
    await expect.poll(() => status.textContent()).toBe(`${NEIGHBOUR}: further away.`);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => node.getAttribute('data-ring')).toBe('2');
    // Saved on the server, the map says so in its own words.
    await expect.poll(() => status.textContent()).toBe(`${NEIGHBOUR} is now on the close ring.`);
    await expectNoAxeViolations(page);

    await Promise.all([page.waitForEvent('load'), page.reload()]);
    expectNoPageProblems(page);
    await expect(namesUnderRing('Close')).resolves.toEqual([NEIGHBOUR]);
    await expect(node.getAttribute('data-ring')).resolves.toBe('2');

    // Without the script, the list's buttons do the same.
    await press(`Move ${NEIGHBOUR} closer`);
    await expectFlash(`${NEIGHBOUR} is now on the closest ring.`);
    await expect(namesUnderRing('Closest')).resolves.toEqual([NAN, NEIGHBOUR].sort());
    await expect(page.locator('.people-list__ring').count()).resolves.toBe(2);
    await expectNoAxeViolations(page);
  }, 60_000);

  it('she records a conversation about Zara’s future, in Zara’s own words', async () => {
    await follow('Permanency');
    await expectHeading('Permanency: Zara');
    await expectNoAxeViolations(page);
    await follow('Record a conversation');
    await expectHeading('Record a conversation with Zara');
    await expectNoAxeViolations(page);
    await page.getByLabel('Who was there?').fill('Zara, Ruth and Hannah');
    await page.getByLabel('Staying with foster carers long-term').check();
    await page
      .getByLabel('Staying put or living independently, with people who stay in my life')
      .check();
    await page.getByLabel('What Zara said, in their own words').fill(ZARAS_WORDS);
    await page.getByLabel('Zara’s questions (optional)').fill('Can Nan come to my reviews?');
    await page
      .getByLabel('How Zara felt (optional)')
      .fill('Calm, and a bit nervous about college.');
    await press('Save the conversation');
    await expectFlash('The conversation is saved.');

    const timeline = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Conversations with Zara' }) });
    await expect(timeline.locator('blockquote').first().textContent()).resolves.toBe(ZARAS_WORDS);
    await expect(timeline.textContent()).resolves.toContain('Staying with foster carers long-term');
    await expect(timeline.textContent()).resolves.toContain('Who was there: Zara, Ruth and Hannah');
    await expectNoAxeViolations(page);
    await signOut(page);
  }, 60_000);

  it('Ruth adds a memory with a photo; the stored photo no longer says where it was taken', async () => {
    const photo = await photoFromPhone();
    const original = await sharp(photo).metadata();
    expect(original.exif).toBeDefined();
    expect(photo.includes(Buffer.from('PhoneCo'))).toBe(true);

    await signInAs(page, scene.ruth);
    await expectNoAxeViolations(page);
    await visit(page, `/children/${scene.zaraId}/life-story`);
    await expectNoAxeViolations(page);
    await follow('Add to the story');
    await expectHeading('Add to Zara’s story');
    await expectNoAxeViolations(page);
    await page.getByLabel('Memory', { exact: true }).check();
    await page.getByLabel('Title').fill(MEMORY);
    await page
      .getByLabel('What happened, or the memory (optional)')
      .fill('Zara caught eleven crabs and named every one of them.');
    await page.getByLabel('Photo (needed for a photo, optional otherwise)').setInputFiles({
      name: 'IMG_2041.jpg',
      mimeType: 'image/jpeg',
      buffer: photo,
    });
    await press('Add to the story');
    await expectFlash(`“${MEMORY}” is added to Zara’s story.`);
    const entry = page.locator('article.story-entry').filter({ hasText: MEMORY });
    await expect(entry.getByRole('img', { name: MEMORY }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);

    const [stored] = await world.database.db
      .select({ key: storedFiles.storageKey, contentType: storedFiles.contentType })
      .from(lifeStoryEntries)
      .innerJoin(storedFiles, eq(storedFiles.id, lifeStoryEntries.fileId))
      .where(and(eq(lifeStoryEntries.childId, scene.zaraId), eq(lifeStoryEntries.title, MEMORY)));
    expect(stored?.contentType).toBe('image/jpeg');
    const bytes = fs.readFileSync(path.join(FILES_DIR, stored!.key.slice(0, 2), stored!.key));
    const kept = await sharp(bytes).metadata();
    expect(kept.format).toBe('jpeg');
    expect([kept.width, kept.height]).toEqual([640, 480]);
    expect(kept.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('PhoneCo'))).toBe(false);
    await signOut(page);
  }, 60_000);

  it('on her phone, Zara sees her people and her story, and asks a question', async () => {
    await useViewport(page, 'phone');
    await signInAs(page, scene.zara);
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);

    await follow('My people');
    await expectHeading('Your people');
    const names = await namesOnMapAndList();
    expect(names.map).toEqual([NAN, NEIGHBOUR].sort());
    expect(names.list).toEqual(names.map);
    await expect(namesUnderRing('Closest to you')).resolves.toEqual([NAN, NEIGHBOUR].sort());
    expect(await page.content()).not.toContain('Karim');
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'belonging-zaras-own-map-phone');

    await follow('My story');
    await expectHeading('Your story');
    const memory = page.locator('article.story-entry').filter({ hasText: MEMORY });
    await expect(memory.textContent()).resolves.toContain('Zara caught eleven crabs');
    await expect(memory.textContent()).resolves.toContain('Added by Ruth, carer');
    expect(await page.content()).not.toContain('Karim');
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'belonging-zaras-story-phone');

    await follow('My voice');
    await expectHeading('Your voice');
    await expectNoAxeViolations(page);
    await page.getByLabel('A question I have').check();
    await page.getByLabel('Write it here').fill(QUESTION);
    await press('Send');
    await expectFlash('Thank you. We have let your worker know you have a question.');
    const asked = page.locator('article.voice-entry').filter({ hasText: QUESTION });
    await expect(asked.textContent()).resolves.toContain('Waiting for an answer from your worker.');
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
  }, 60_000);

  it('her book downloads as a PDF that opens, with her memory and without her uncle', async () => {
    await follow('My story');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download your book (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('zaras-story.pdf');
    const book = fs.readFileSync(await download.path());
    expect(book.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { check, tab } = await renderBook(book);
    if ('error' in check) throw new Error(`pdf.js could not open the book: ${check.error}`);
    expect(check.pageCount).toBeGreaterThan(1);
    // Page 1, the cover, is drawn: a good share of it is ink rather than paper, and Ruth's photo
    // (blue sky over sand) is on it.
    expect(check.inked / check.pixels).toBeGreaterThan(0.1);
    expect(check.photo / check.pixels).toBeGreaterThan(0.05);
    expect(check.text).toContain('Zara');
    expect(check.text).toContain(MEMORY);
    expect(check.text).toContain(NAN);
    expect(check.text).not.toContain('Karim');
    expectNoPageProblems(tab);
    await screenshot(tab, 'belonging-book-page-1');
    await tab.close();
    await signOut(page);
  }, 60_000);

  it('Hannah sees the question on her home page and answers it; Zara reads the answer', async () => {
    await useViewport(page, 'desktop');
    await signInAs(page, scene.hannah);
    const card = page.locator('.card').filter({ hasText: 'Questions from young people' });
    await expect(card.textContent()).resolves.toContain('Zara, asked today');
    await expectNoAxeViolations(page);

    await Promise.all([
      page.waitForEvent('load'),
      card.getByRole('link', { name: 'Zara, asked today' }).click(),
    ]);
    expectNoPageProblems(page);
    await expectHeading('In Zara’s words');
    const question = page.locator('article.voice-entry').filter({ hasText: QUESTION });
    await expect(question.textContent()).resolves.toContain('Waiting for an answer');
    await expectNoAxeViolations(page);
    await question.getByLabel('Your answer').fill(ANSWER);
    await press('Send the answer');
    await expectFlash('Your answer is saved. Zara will see it on their voice page.');
    await expect(page.getByText('No questions are waiting.').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await signOut(page);

    await useViewport(page, 'phone');
    await signInAs(page, scene.zara);
    await follow('My voice');
    const answered = page.locator('article.voice-entry').filter({ hasText: QUESTION });
    await expect(answered.textContent()).resolves.toContain('Hannah Kowalski answered on');
    await expect(answered.textContent()).resolves.toContain(ANSWER);
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
  }, 60_000);
});
