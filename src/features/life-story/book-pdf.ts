// The life story as a book to keep: an A4 PDF with a cover, an "About me" page, the people in the
// story, then a chapter for each year. It draws only what `buildStory` let this viewer see.
import { PDFDocument, StandardFonts, type PDFFont, type PDFImage } from 'pdf-lib';
import { toWinAnsi } from '../../core/pdf/win-ansi.ts';
import { formatDate } from '../../core/time/dates.ts';
import {
  A4,
  ACCENT,
  CREAM,
  FOOTER_TOP,
  INK,
  MARGIN,
  MUTED,
  SAND,
  WHITE,
  createFlow,
  type Flow,
} from './book-flow.ts';
import { identityRows } from './identity-words.ts';
import { storyTitle } from './rules.ts';
import { coverPhotoOf, type Story, type StoryEntry } from './story.ts';

/** What the book needs besides the story: the agency, the day, and the photos as JPEG bytes. */
export type BookExtras = {
  agencyName: string;
  locale: 'en-GB' | 'en-US';
  /** Today, YYYY-MM-DD: printed on the cover. */
  today: string;
  madeAt: Date;
  /** Each entry's photo, by entry id, ready to embed (JPEG). */
  photos: Map<string, Uint8Array>;
};

type Fonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont };

/** Draws the book. */
export async function renderBook(story: Story, extras: BookExtras): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await document.embedFont(StandardFonts.Helvetica),
    bold: await document.embedFont(StandardFonts.HelveticaBold),
    italic: await document.embedFont(StandardFonts.HelveticaOblique),
  };
  const title = storyTitle(story.child.knownAs);
  describeDocument(document, title, story, extras);
  const images = new Map<string, PDFImage>();
  for (const [entryId, bytes] of extras.photos) images.set(entryId, await document.embedJpg(bytes));

  const cover = coverPhotoOf(story);
  drawCover(document, fonts, { title, extras, photo: cover ? images.get(cover.id) : undefined });
  const flow = createFlow(document);
  if (story.identity) {
    drawAboutMe(flow, fonts, story);
    flow.newPage();
  }
  drawPeople(flow, fonts, story);
  flow.newPage();
  drawChapters(flow, fonts, story, extras, images);
  drawFooters(document, fonts.regular, title);
  return document.save();
}

function describeDocument(document: PDFDocument, title: string, story: Story, extras: BookExtras) {
  document.setTitle(title, { showInWindowTitleBar: true });
  document.setSubject(`The life story of ${story.child.knownAs}: memories, people and places`);
  document.setAuthor(extras.agencyName);
  document.setCreator('Kinfold');
  document.setProducer('Kinfold');
  document.setLanguage(extras.locale);
  document.setCreationDate(extras.madeAt);
  document.setModificationDate(extras.madeAt);
}

function drawCover(
  document: PDFDocument,
  fonts: Fonts,
  cover: { title: string; extras: BookExtras; photo: PDFImage | undefined },
) {
  const [width, height] = A4;
  const page = document.addPage(A4);
  page.drawRectangle({ x: 0, y: 0, width, height, color: CREAM });
  page.drawRectangle({
    x: 28,
    y: 28,
    width: width - 56,
    height: height - 56,
    borderColor: ACCENT,
    borderWidth: 2,
  });
  const centred = (text: string, font: PDFFont, size: number, y: number, color = INK) => {
    const line = toWinAnsi(text, font);
    // A long name shrinks to fit the cover rather than running off it.
    const fitted = Math.min(
      size,
      (size * (width - 2 * MARGIN)) / font.widthOfTextAtSize(line, size),
    );
    const drawnWidth = font.widthOfTextAtSize(line, fitted);
    page.drawText(line, { x: (width - drawnWidth) / 2, y, size: fitted, font, color });
  };
  centred(cover.title, fonts.bold, 44, height - 170, ACCENT);
  centred('Memories, people and places', fonts.regular, 15, height - 205, MUTED);
  const box = { width: 380, height: 400, top: height - 250 };
  if (cover.photo) {
    const scale = Math.min(box.width / cover.photo.width, box.height / cover.photo.height);
    const drawn = { width: cover.photo.width * scale, height: cover.photo.height * scale };
    const x = (width - drawn.width) / 2;
    const y = box.top - drawn.height;
    page.drawRectangle({
      x: x - 10,
      y: y - 10,
      width: drawn.width + 20,
      height: drawn.height + 20,
      color: WHITE,
      borderColor: SAND,
      borderWidth: 1,
    });
    page.drawImage(cover.photo, { x, y, ...drawn });
  } else {
    // Without a photo, rings like the map of people who matter: the young person at the centre.
    const centre = { x: width / 2, y: box.top - box.height / 2 };
    for (const [radius, opacity] of [
      [170, 0.12],
      [120, 0.2],
      [70, 0.35],
    ] as const) {
      page.drawCircle({ ...centre, size: radius, color: ACCENT, opacity });
    }
  }
  centred(
    `Made on ${formatDate(cover.extras.today, cover.extras.locale)}`,
    fonts.regular,
    10,
    78,
    MUTED,
  );
  centred(cover.extras.agencyName, fonts.regular, 10, 62, MUTED);
}

function heading(flow: Flow, fonts: Fonts, text: string, size = 26) {
  flow.ensure(size * 3);
  flow.text(text, { font: fonts.bold, size, color: ACCENT });
  flow.rule();
  flow.gap(6);
}

function drawAboutMe(flow: Flow, fonts: Fonts, story: Story) {
  heading(flow, fonts, 'About me');
  const rows = story.identity ? identityRows(story.identity, { kind: 'me' }) : [];
  if (rows.length === 0) {
    flow.text('Nothing is written here yet.', { font: fonts.italic, size: 12, color: MUTED });
    return;
  }
  for (const row of rows) {
    flow.ensure(50);
    flow.text(row.label, { font: fonts.bold, size: 13, color: ACCENT });
    flow.gap(2);
    flow.text(row.text, {
      font: row.isOwnWords ? fonts.italic : fonts.regular,
      size: 12,
      lineHeight: 17,
    });
    flow.gap(14);
  }
}

function drawPeople(flow: Flow, fonts: Fonts, story: Story) {
  heading(flow, fonts, 'My people');
  if (story.people.length === 0) {
    flow.text('The people who matter will be written here.', {
      font: fonts.italic,
      size: 12,
      color: MUTED,
    });
    return;
  }
  for (const person of story.people) {
    flow.ensure(34);
    flow.text(person.name, { font: fonts.bold, size: 13 });
    if (person.relationship) {
      flow.text(person.relationship, { font: fonts.regular, size: 11, color: MUTED });
    }
    flow.gap(8);
  }
}

function drawChapters(
  flow: Flow,
  fonts: Fonts,
  story: Story,
  extras: BookExtras,
  images: Map<string, PDFImage>,
) {
  heading(flow, fonts, 'My story', 30);
  if (story.chapters.length === 0) {
    flow.text('Nothing has been added to the story yet.', {
      font: fonts.italic,
      size: 12,
      color: MUTED,
    });
    return;
  }
  for (const chapter of story.chapters) {
    // A year's heading never sits alone at the foot of a page.
    const [first] = chapter.entries;
    flow.ensure(60 + (first ? leadHeight(flow, images.get(first.id)) : 0));
    flow.gap(8);
    flow.text(chapter.heading, {
      font: fonts.bold,
      size: 22,
      color: ACCENT,
    });
    flow.rule();
    for (const entry of chapter.entries)
      drawEntry(flow, fonts, entry, extras, images.get(entry.id));
  }
}

const PHOTO_MAX_HEIGHT = 330;

// The start of an entry that must stay together: its kind, title and photo.
function leadHeight(flow: Flow, image: PDFImage | undefined): number {
  return 70 + (image ? flow.imageHeight(image, PHOTO_MAX_HEIGHT) + 8 : 0);
}

function drawEntry(
  flow: Flow,
  fonts: Fonts,
  entry: StoryEntry,
  extras: BookExtras,
  image: PDFImage | undefined,
) {
  flow.ensure(leadHeight(flow, image) + 20);
  const when = entry.happenedOn ? formatDate(entry.happenedOn, extras.locale) : 'Date not known';
  flow.text(`${entry.kindLabel.toUpperCase()}  ·  ${when}`, {
    font: fonts.bold,
    size: 9,
    color: ACCENT,
  });
  flow.text(entry.title, { font: fonts.bold, size: 16, lineHeight: 21 });
  flow.gap(4);
  if (image) {
    flow.image(image, PHOTO_MAX_HEIGHT);
  }
  if (entry.body) {
    flow.text(entry.body, { font: fonts.regular, size: 11.5, lineHeight: 16.5 });
    flow.gap(4);
  }
  flow.text(entry.addedByInBook, { font: fonts.italic, size: 9, color: MUTED });
  flow.gap(20);
}

// Every page but the cover says whose story it is and which page of how many.
function drawFooters(document: PDFDocument, font: PDFFont, title: string) {
  const pages = document.getPages();
  const [width] = A4;
  pages.forEach((page, index) => {
    if (index === 0) return;
    page.drawLine({
      start: { x: MARGIN, y: FOOTER_TOP - 14 },
      end: { x: width - MARGIN, y: FOOTER_TOP - 14 },
      thickness: 0.5,
      color: SAND,
    });
    page.drawText(toWinAnsi(title, font), {
      x: MARGIN,
      y: FOOTER_TOP - 30,
      size: 9,
      font,
      color: MUTED,
    });
    const number = `Page ${index + 1} of ${pages.length}`;
    page.drawText(number, {
      x: width - MARGIN - font.widthOfTextAtSize(number, 9),
      y: FOOTER_TOP - 30,
      size: 9,
      font,
      color: MUTED,
    });
  });
}
