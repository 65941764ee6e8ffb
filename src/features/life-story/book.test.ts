import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBook } from './book-pdf.ts';
import {
  addPerson,
  addThroughForm,
  as,
  auditOf,
  buildWorld,
  closeWorld,
  pdfPages,
  photoWithLocation,
  type World,
} from './life-story-test-kit.ts';
import { buildStory, type StorySource } from './story.ts';

// Hannah prints Zara's book: a cover with her first photo, "About me", her people, then a chapter
// for each year in order, every page numbered, nothing cut off.
let world: World;
let book: { bytes: Buffer; headers: Record<string, unknown>; pages: string[] };
const LONG_WORDS = Array.from({ length: 1300 }, (_, index) => `w${index + 1}`);

beforeAll(async () => {
  world = await buildWorld();
  const { hannah, zaraId } = world.scene;
  const hannahVisits = await as(world, hannah);
  const storyPath = `/children/${zaraId}/life-story`;
  const add = (fields: Record<string, string>, photo?: Buffer) =>
    addThroughForm(world, hannahVisits, `${storyPath}/new`, fields, photo);
  await add({ kind: 'milestone', title: 'Third: moved to Oak', happenedOn: '2026-03-01' });
  await add(
    { kind: 'photo', title: 'First: baby photo', happenedOn: '2012-01-01' },
    await photoWithLocation(),
  );
  await add({ kind: 'letter', title: 'Undated: a note', body: LONG_WORDS.join(' ') });
  await add({
    kind: 'memory',
    title: 'Second: Eid at Nan’s',
    happenedOn: '2019-07-21',
    body: 'Line one\nLine two',
  });
  await addPerson(world, { name: 'Shazia Ahmed', relationship: 'Nan' });
  const response = await hannahVisits.get(`${storyPath}/book.pdf`);
  expect(response.statusCode).toBe(200);
  book = {
    bytes: response.rawPayload,
    headers: response.headers,
    pages: await pdfPages(response.rawPayload),
  };
});
afterAll(async () => closeWorld(world));

describe('Zara’s book', () => {
  it('downloads as a PDF named with her first name only, kept by no cache, and is audited', async () => {
    expect(book.headers['content-type']).toBe('application/pdf');
    expect(book.headers['content-disposition']).toBe('attachment; filename="zaras-story.pdf"');
    expect(book.headers['cache-control']).toBe('no-store');
    const document = await PDFDocument.load(book.bytes);
    expect(document.getTitle()).toBe('Zara’s story');
    expect((await auditOf(world, world.scene.hannah, 'life_story.exported')).at(-1)).toMatchObject({
      recordType: 'child',
      recordId: world.scene.zaraId,
    });
  });

  it('opens with a cover, then About me and her people', () => {
    const [cover, about, people] = book.pages;
    expect(cover).toContain("Zara's story");
    expect(cover).toContain('Made on 15 June 2026');
    expect(about).toContain('About me');
    expect(people).toContain('My people');
    expect(people).toContain('Shazia Ahmed');
    expect(people).toContain('Nan');
  });

  it('tells the story year by year, oldest first, undated last', () => {
    const text = book.pages.slice(3).join(' ');
    const order = [
      '2012',
      'First: baby photo',
      '2019',
      "Second: Eid at Nan's",
      '2026',
      'Third: moved to Oak',
      'Undated',
      'Undated: a note',
    ];
    const positions = order.map((words) => text.indexOf(words));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('21 July 2019');
    expect(text).toContain('Added by Hannah, social worker');
  });

  it('carries long writing over pages without losing or reordering a word', () => {
    const words = book.pages.join(' ').match(/\bw\d+\b/g) ?? [];
    expect(words).toEqual(LONG_WORDS);
    const pagesWithWords = book.pages.filter((page) => /\bw\d+\b/.test(page));
    expect(pagesWithWords.length).toBeGreaterThan(1);
  });

  it('numbers every page after the cover', () => {
    const count = book.pages.length;
    expect(book.pages[0]).not.toContain('Page 1');
    book.pages.slice(1).forEach((page, index) => {
      expect(page).toContain(`Page ${index + 2} of ${count}`);
    });
  });

  it('keeps every line inside the margins and draws the photo on the cover and in its chapter', async () => {
    const document = await getDocument({ data: new Uint8Array(book.bytes), verbosity: 0 }).promise;
    let images = 0;
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [, , width] = page.view as [number, number, number, number];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        expect(item.transform[4] + item.width).toBeLessThanOrEqual(width - 59);
        expect(item.transform[4]).toBeGreaterThanOrEqual(59);
      }
      const operators = await page.getOperatorList();
      images += operators.fnArray.filter((op) => op === OPS.paintImageXObject).length;
    }
    await document.destroy();
    expect(images).toBe(2);
  });
});

describe('the book for any words at all', () => {
  const source = (title: string, body: string, name: string): StorySource => ({
    child: { id: 'c', knownAs: name, fullName: `${name} Ahmed`, dateOfBirth: '2011-05-14' },
    identity: {
      ethnicity: name,
      faith: '',
      languages: [name],
      cultureNotes: body,
      heritage: body,
      whatMatters: title,
    },
    people: [],
    entries: [
      {
        id: 'e',
        childId: 'c',
        kind: 'memory',
        title,
        body,
        happenedOn: null,
        fileId: null,
        addedBy: 'u',
        addedByRole: 'young_person',
        addedByName: name,
        status: 'published',
        declineReason: '',
        isHiddenFromCarers: false,
        isSharedWithFamily: false,
        createdAt: new Date(),
      },
    ],
  });

  it('renders whatever names and memories hold, without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
        async (title, body, name) => {
          const pdf = await renderBook(buildStory(source(title, body, name), 'young_person', 'u'), {
            agencyName: 'Łąka Family Fostering “North”',
            locale: 'en-GB',
            today: '2026-06-15',
            madeAt: new Date('2026-06-15T10:00:00Z'),
            photos: new Map(),
          });
          expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(4);
        },
      ),
      { numRuns: 20 },
    );
  });
});
