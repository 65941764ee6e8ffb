import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { lifeStoryEntries, storedFiles } from '../../core/db/tables.ts';
import { readStoredFile } from '../../core/files/stored-files.ts';
import {
  addThroughForm,
  as,
  asUpload,
  auditOf,
  buildWorld,
  closeWorld,
  photoWithLocation,
  type World,
} from './life-story-test-kit.ts';

// Ruth adds to Zara's story from her phone; whatever she gets wrong, the form says which field and
// keeps what she typed. Photos lose where they were taken before they are kept.
let world: World;
let newPath: string;
beforeAll(async () => {
  world = await buildWorld();
  newPath = `/children/${world.scene.zaraId}/life-story/new`;
});
afterAll(async () => closeWorld(world));

const entryTitled = async (title: string) => {
  const [entry] = await world.database.db
    .select()
    .from(lifeStoryEntries)
    .where(eq(lifeStoryEntries.title, title));
  return entry;
};

describe('a carer adding a memory with a photo', () => {
  it('keeps the photo without its GPS position, published at once, and audits it', async () => {
    const { ruth } = world.scene;
    const ruthVisits = await as(world, ruth);
    const form = await ruthVisits.get(newPath);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('enctype="multipart/form-data"');
    const original = await photoWithLocation();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const added = await addThroughForm(
      world,
      ruthVisits,
      newPath,
      {
        kind: 'photo',
        title: 'Zara at the climbing wall',
        body: 'Right to the top.',
        happenedOn: '2026-05-02',
      },
      original,
    );
    expect(added.statusCode).toBe(303);
    const entry = await entryTitled('Zara at the climbing wall');
    expect(entry).toMatchObject({
      status: 'published',
      addedBy: ruth.id,
      addedByRole: 'foster_carer',
    });
    const stored = await readStoredFile(world.database.db, world.files, entry!.fileId!);
    const metadata = await sharp(stored!.bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(stored!.bytes.includes(Buffer.from('PhoneCo'))).toBe(false);
    expect((await auditOf(world, ruth, 'life_story.entry_added')).at(-1)).toMatchObject({
      recordType: 'life_story_entry',
      recordId: entry!.id,
    });

    const page = await ruthVisits.get(`/children/${world.scene.zaraId}/life-story`);
    const photoUrl = `/children/${world.scene.zaraId}/life-story/${entry!.id}/photo`;
    expect(page.body).toContain(`src="${photoUrl}" alt="Zara at the climbing wall"`);
    const photo = await ruthVisits.get(photoUrl);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.headers['cache-control']).toBe('no-store');
    expect(photo.rawPayload.equals(stored!.bytes)).toBe(true);
    expect((await auditOf(world, ruth, 'file.read')).at(-1)).toMatchObject({
      recordType: 'stored_file',
      recordId: entry!.fileId,
    });
  });
});

describe('what the form says when something is wrong', () => {
  it('names an empty title and a date in the future, keeping what was typed', async () => {
    const response = await (
      await as(world, world.scene.ruth)
    ).postMultipart(
      newPath,
      { kind: 'memory', title: '   ', body: 'Kept words', happenedOn: '2026-12-25' },
      {},
    );
    expect(response.statusCode).toBe(400);
    const text = pageText(response.body);
    expect(text).toContain('Give it a title');
    expect(response.body).toContain('Kept words');
    // The title is checked first; the date is told once the title is fixed.
    const future = await (
      await as(world, world.scene.ruth)
    ).postMultipart(
      newPath,
      { kind: 'memory', title: 'Christmas', body: 'Kept words', happenedOn: '2026-12-25' },
      {},
    );
    expect(future.statusCode).toBe(400);
    expect(pageText(future.body)).toContain(
      'The date cannot be in the future: today is 15 June 2026',
    );
    expect(future.body).toContain('value="2026-12-25"');
    expect(future.body).toContain('value="Christmas"');
    expect(await entryTitled('Christmas')).toBeUndefined();
  });

  it('names a date before Zara was born and a date that is not a date', async () => {
    const visitor = await as(world, world.scene.ruth);
    const early = await visitor.postMultipart(
      newPath,
      { kind: 'memory', title: 'Too early', happenedOn: '2010-01-01' },
      {},
    );
    expect(early.statusCode).toBe(400);
    expect(pageText(early.body)).toContain('on or after the day Zara was born, 14 May 2011');
    const nonsense = await visitor.postMultipart(
      newPath,
      { kind: 'memory', title: 'Odd', happenedOn: '2026-02-30' },
      {},
    );
    expect(nonsense.statusCode).toBe(400);
    expect(pageText(nonsense.body)).toContain('Enter a real date');
  });

  it('refuses a file that is not a photo, and asks for it to be chosen again', async () => {
    const response = await (
      await as(world, world.scene.ruth)
    ).postMultipart(
      newPath,
      { kind: 'photo', title: 'Not really a photo', body: 'Kept words' },
      asUpload(Buffer.from('%PDF-1.7 a school letter'), 'letter.pdf', 'application/pdf'),
    );
    expect(response.statusCode).toBe(400);
    const text = pageText(response.body);
    expect(text).toContain('The file must be a photo');
    expect(text).toContain('Choose the photo again');
    expect(response.body).toContain('href="#field-photo"');
    expect(response.body).toContain('value="Not really a photo"');
    expect(await entryTitled('Not really a photo')).toBeUndefined();
  });

  it('tells of every problem at once, and that a good photo must be chosen again', async () => {
    const response = await (
      await as(world, world.scene.ruth)
    ).postMultipart(
      newPath,
      { kind: 'photo', title: '', happenedOn: '' },
      asUpload(await photoWithLocation()),
    );
    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain('Choose your photo again: it was not kept');
    const bad = await (
      await as(world, world.scene.ruth)
    ).postMultipart(
      newPath,
      { kind: 'photo', title: '' },
      asUpload(Buffer.from('not a picture'), 'x.txt', 'text/plain'),
    );
    const text = pageText(bad.body);
    expect(text).toContain('Give it a title');
    expect(text).toContain('The file must be a photo');
  });

  it('asks for the photo of a photo entry, and for a kind', async () => {
    const visitor = await as(world, world.scene.ruth);
    const noPhoto = await visitor.postMultipart(
      newPath,
      { kind: 'photo', title: 'Missing picture' },
      {},
    );
    expect(noPhoto.statusCode).toBe(400);
    expect(pageText(noPhoto.body)).toContain('Choose the photo to add');
    const noKind = await visitor.postMultipart(newPath, { title: 'No kind' }, {});
    expect(noKind.statusCode).toBe(400);
    expect(pageText(noKind.body)).toContain('Choose what you are adding');
    const strangeKind = await visitor.post(newPath, {
      kind: 'diary',
      title: 'Sent as a plain form',
    });
    expect(strangeKind.statusCode).toBe(400);
  });

  it('never answers with a server error, whatever the form holds', async () => {
    const visitor = await as(world, world.scene.ruth);
    const odd: Array<Record<string, string>> = [
      {},
      { kind: 'memory', title: 'x'.repeat(201) },
      { kind: 'memory', title: 'Long', body: 'y'.repeat(10_001) },
      { kind: 'memory', title: 'Weird date', happenedOn: '15/06/2026' },
      { kind: 'memory', title: 'Emoji 🌟 and Łódź', keepFromCarers: 'perhaps' },
    ];
    for (const fields of odd) {
      const response = await visitor.postMultipart(newPath, fields, {});
      expect(response.statusCode).toBe(400);
    }
    const files = await world.database.db.select().from(storedFiles);
    expect(files.length).toBe(1);
  });
});

describe('who may add to Zara’s story', () => {
  it('sends Zara and Dani to their own forms, and refuses Sam and another worker', async () => {
    const zara = await (await as(world, world.scene.zara)).get(newPath);
    expect(zara.headers.location).toBe('/my/story/add');
    const dani = await (await as(world, world.scene.dani)).get(newPath);
    expect(dani.headers.location).toBe(`/family/${world.scene.zaraId}/story/add`);
    for (const stranger of [world.scene.sam, world.scene.otherWorker]) {
      const visitor = await as(world, stranger);
      expect((await visitor.get(newPath)).statusCode).toBe(404);
      const sent = await visitor.postMultipart(
        newPath,
        { kind: 'memory', title: 'Not mine to add' },
        {},
      );
      expect(sent.statusCode).toBe(404);
      const garbled = await visitor.postMultipart(newPath, { title: '' }, {});
      expect(garbled.statusCode).toBe(404);
    }
    expect(await entryTitled('Not mine to add')).toBeUndefined();
  });
});
