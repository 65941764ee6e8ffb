import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { MIA_SECRETS } from '../../../test/support/partnership-scene.ts';
import { mailOutbox, sharedUpdates, storedFiles } from '../../core/db/tables.ts';
import { readStoredFile } from '../../core/files/stored-files.ts';
import {
  auditOf,
  familyUpdates,
  newUpdateUrl,
  openWorld,
  photoWithLocation,
  postThroughForm,
  staffUpdates,
  type World,
} from './shared-updates-test-kit.ts';

// Sam tells Mia's family about her first swimming lesson, with a photo from his phone. Dani sees
// it on her own pages; the photo has lost where it was taken and the name the phone gave it.
let world: World;
beforeAll(async () => {
  world = await openWorld();
});
afterAll(async () => world.close());

const SWIMMING = 'Mia swam a whole width today without her float! She was so pleased.';

const updateRow = async (id: string) => {
  const [row] = await world.database.db
    .select()
    .from(sharedUpdates)
    .where(eq(sharedUpdates.id, id));
  return row!;
};

describe('Sam posting an update with a photo', () => {
  let updateId: string;

  it('shows the form to Sam, with a hint about what photos can give away', async () => {
    const sam = await world.as(world.scene.sam);
    const list = await sam.get(staffUpdates(world));
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="${newUpdateUrl(world)}"`);
    expect(pageText(list.body)).toContain('Post an update');
    const form = await sam.get(newUpdateUrl(world));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('enctype="multipart/form-data"');
    const text = pageText(form.body);
    expect(text).toContain('school badges');
    expect(text).toContain('street signs, house numbers and car registrations');
    expect(text).toContain('not before the day Mia came to live with you (5 October 2026)');
  });

  it('keeps the photo without its GPS position or file name, and audits the post', async () => {
    const sam = await world.as(world.scene.sam);
    const original = await photoWithLocation();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const posted = await postThroughForm(
      world,
      sam,
      { topic: 'milestone', happened_on: '2026-11-21', body: SWIMMING },
      original,
    );
    expect(posted.statusCode).toBe(303);
    updateId = posted.id!;
    const row = await updateRow(updateId);
    expect(row).toMatchObject({
      childId: world.scene.miaId,
      authorId: world.scene.sam.id,
      topic: 'milestone',
      happenedOn: '2026-11-21',
      wasWarned: false,
    });
    const stored = await readStoredFile(world.database.db, world.files, row.fileId!);
    expect((await sharp(stored!.bytes).metadata()).exif).toBeUndefined();
    expect(stored!.bytes.includes(Buffer.from('PhoneCo'))).toBe(false);
    const [file] = await world.database.db
      .select()
      .from(storedFiles)
      .where(eq(storedFiles.id, row.fileId!));
    expect(JSON.stringify(file)).not.toContain('IMG_2207');
    expect(
      (await auditOf(world, world.scene.sam, 'partnership.update_posted')).at(-1),
    ).toMatchObject({ recordType: 'shared_update', recordId: updateId });
  });

  it('lets Dani know by email, and Alex and Hannah, but not Sam himself', async () => {
    const queued = await world.database.db.select({ to: mailOutbox.toAddress }).from(mailOutbox);
    const to = queued.map((mail) => mail.to);
    expect(to).toEqual(
      expect.arrayContaining([
        world.scene.dani.email,
        world.scene.lee.email,
        world.scene.alex.email,
        world.scene.hannah.email,
      ]),
    );
    expect(to).not.toContain(world.scene.sam.email);
  });

  it('shows Dani the update on her own page, named as she may know Sam', async () => {
    const dani = await world.as(world.scene.dani);
    const page = await dani.get(familyUpdates(world));
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain('Updates about Mia');
    expect(text).toContain('A milestone, 21 November 2026');
    expect(text).toContain('From Sam, foster carer');
    expect(text).toContain(SWIMMING);
    expect(text).not.toContain('Post an update');
    const photoUrl = `/family/${world.scene.miaId}/updates/${updateId}/photo`;
    expect(page.body).toContain(`src="${photoUrl}" alt="Photo: ${SWIMMING}"`);
    expect((await auditOf(world, world.scene.dani, 'partnership.read')).length).toBeGreaterThan(0);
  });

  it('sends Dani the photo as photo.jpg, inline, never cached, and audits the read', async () => {
    const dani = await world.as(world.scene.dani);
    const photo = await dani.get(`/family/${world.scene.miaId}/updates/${updateId}/photo`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.headers['content-disposition']).toBe('inline; filename="photo.jpg"');
    expect(photo.headers['cache-control']).toBe('no-store');
    expect((await sharp(photo.rawPayload).metadata()).exif).toBeUndefined();
    const row = await updateRow(updateId);
    expect((await auditOf(world, world.scene.dani, 'file.read')).at(-1)).toMatchObject({
      recordType: 'stored_file',
      recordId: row.fileId,
    });
  });

  it('sends each side to its own address for the same pages', async () => {
    const dani = await world.as(world.scene.dani);
    const wrongSide = await dani.get(staffUpdates(world));
    expect(wrongSide.statusCode).toBe(303);
    expect(wrongSide.headers.location).toBe(familyUpdates(world));
    const sam = await world.as(world.scene.sam);
    const samWrongSide = await sam.get(`${familyUpdates(world)}/${updateId}`);
    expect(samWrongSide.headers.location).toBe(`${staffUpdates(world)}/${updateId}`);
  });
});

describe('a parent cannot post', () => {
  it('refuses Dani the form and the post with 403, and audits the refusal', async () => {
    const dani = await world.as(world.scene.dani);
    const form = await dani.get(newUpdateUrl(world));
    expect(form.statusCode).toBe(403);
    const posted = await dani.postMultipart(
      newUpdateUrl(world),
      { topic: 'fun', happened_on: '2026-11-22', body: 'From Dani' },
      {},
    );
    expect(posted.statusCode).toBe(403);
    const badForm = await dani.postMultipart(newUpdateUrl(world), { topic: 'nonsense' }, {});
    expect(badForm.statusCode).toBe(403);
    const refusals = await auditOf(world, world.scene.dani, 'partnership.write');
    expect(refusals.filter((entry) => entry.outcome === 'refused')).toHaveLength(3);
    const rows = await world.database.db
      .select()
      .from(sharedUpdates)
      .where(eq(sharedUpdates.body, 'From Dani'));
    expect(rows).toHaveLength(0);
  });
});

describe('the confidentiality check on an update', () => {
  it('warns Sam when the words name Mia’s school, and keeps nothing', async () => {
    const sam = await world.as(world.scene.sam);
    const body = `Great parents’ evening at ${MIA_SECRETS.school} tonight.`;
    const response = await postThroughForm(world, sam, {
      topic: 'school',
      happened_on: '2026-11-20',
      body,
    });
    expect(response.statusCode).toBe(400);
    const text = pageText(response.body);
    expect(text).toContain('This could tell Mia’s family where Mia lives');
    expect(text).toContain('the child’s school');
    expect(response.body).toContain('name="send_anyway"');
    expect(response.body.indexOf('name="send_anyway"')).toBeLessThan(
      response.body.indexOf('Post the update</button>'),
    );
    expect(response.body).toMatch(/<textarea[^>]*>Great parents/);
    const rows = await world.database.db
      .select()
      .from(sharedUpdates)
      .where(eq(sharedUpdates.topic, 'school'));
    expect(rows).toHaveLength(0);
  });

  it('posts it when Sam ticks “send it anyway”, and records that he was warned', async () => {
    const sam = await world.as(world.scene.sam);
    const body = 'Her friend’s party was at 3 Birch Close, a bouncy castle and a magician.';
    const warned = await postThroughForm(world, sam, {
      topic: 'fun',
      happened_on: '2026-11-22',
      body,
    });
    expect(warned.statusCode).toBe(400);
    const sent = await postThroughForm(world, sam, {
      topic: 'fun',
      happened_on: '2026-11-22',
      body,
      send_anyway: 'yes',
    });
    expect(sent.statusCode).toBe(303);
    expect((await updateRow(sent.id!)).wasWarned).toBe(true);
    const hannah = await world.as(world.scene.hannah);
    expect(pageText((await hannah.get(staffUpdates(world))).body)).toContain(
      'Sent after a warning about where the child lives',
    );
  });
});

describe('what the form says when something is wrong', () => {
  const post = async (fields: Record<string, string>, photo?: Buffer) =>
    postThroughForm(world, await world.as(world.scene.sam), fields, photo);

  it('names every missing field', async () => {
    const response = await post({});
    expect(response.statusCode).toBe(400);
    const text = pageText(response.body);
    expect(text).toContain('Choose what the update is about');
    expect(text).toContain('Enter the day it happened');
    expect(text).toContain('Write the update');
    expect(response.body).toContain('href="#field-topic"');
    expect(response.body).toContain('href="#field-happened_on"');
    expect(response.body).toContain('href="#field-body"');
  });

  it('names a day in the future and a day before Mia moved in, keeping what was typed', async () => {
    const future = await post({ topic: 'fun', happened_on: '2026-12-25', body: 'Kept words' });
    expect(future.statusCode).toBe(400);
    expect(pageText(future.body)).toContain(
      'The day it happened cannot be in the future: today is 23 November 2026',
    );
    expect(future.body).toContain('value="2026-12-25"');
    expect(future.body).toContain('Kept words');
    expect(future.body).toMatch(/value="fun"\s+checked/);
    const early = await post({ topic: 'fun', happened_on: '2026-10-04', body: 'Kept words' });
    expect(early.statusCode).toBe(400);
    expect(pageText(early.body)).toContain(
      'The day it happened must be on or after the day Mia came to live with you, 5 October 2026',
    );
    const nonsense = await post({ topic: 'fun', happened_on: '2026-02-31', body: 'Kept words' });
    expect(pageText(nonsense.body)).toContain('Enter a real date');
  });

  it('names a topic that is not one, words that are too long, and a file that is not a photo', async () => {
    const response = await post(
      { topic: 'gossip', happened_on: '2026-11-20', body: 'x'.repeat(3001) },
      Buffer.from('not a picture at all'),
    );
    expect(response.statusCode).toBe(400);
    const text = pageText(response.body);
    expect(text).toContain('Choose what the update is about');
    expect(text).toContain('The update must be 3,000 characters or fewer');
    expect(response.body).toContain('href="#field-photo"');
    const notPhoto = await post(
      { topic: 'fun', happened_on: '2026-11-20', body: 'Only the photo is wrong' },
      Buffer.from('not a picture at all'),
    );
    expect(notPhoto.statusCode).toBe(400);
    expect(notPhoto.body).toContain('href="#field-photo"');
    expect(notPhoto.body).toContain('Only the photo is wrong');
    const rows = await world.database.db
      .select()
      .from(sharedUpdates)
      .where(eq(sharedUpdates.body, 'Only the photo is wrong'));
    expect(rows).toHaveLength(0);
  });

  it('answers a page number that is not one with the first page and a message', async () => {
    const sam = await world.as(world.scene.sam);
    const response = await sam.get(`${staffUpdates(world)}?page=two`);
    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain('The page number must be a whole number');
    expect(pageText(response.body)).toContain(SWIMMING);
  });
});
