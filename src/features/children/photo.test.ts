import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, signedInVisitor } from '../../../test/support/app.ts';
import { children } from '../../core/db/tables.ts';
import { fileStoreFor } from '../../core/files/file-store.ts';
import { readStoredFile } from '../../core/files/stored-files.ts';
import { auditOf, buildWorld, closeWorld, getAs, type World } from './record-test-kit.ts';

// Sam supervises Oak, where Leo lives with Asha. Ben cares at Elm, which Nina supervises. Lena is
// Leo's mother.
let world: World;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(async () => closeWorld(world));

describe('a child’s photo', () => {
  const photoWithLocation = () =>
    sharp({ create: { width: 30, height: 40, channels: 3, background: '#4a7' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'PhoneCo' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 28/1 0/1' },
      })
      .toBuffer();

  it('is kept without where it was taken, and shown to Asha with its alt text', async () => {
    const { sam, asha } = world.people;
    const visitor = await signedInVisitor(world.testApp, sam);
    const response = await visitor.postMultipart(
      `/children/${world.ids.leo}/photo`,
      {},
      {
        photo: {
          bytes: await photoWithLocation(),
          filename: 'IMG_2041.jpg',
          contentType: 'image/jpeg',
        },
      },
    );
    expect(response.statusCode).toBe(303);
    const [leo] = await world.database.db
      .select()
      .from(children)
      .where(eq(children.id, world.ids.leo));
    const stored = await readStoredFile(
      world.database.db,
      fileStoreFor(world.testApp.config),
      leo!.photoFileId!,
    );
    const metadata = await sharp(stored!.bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect([metadata.width, metadata.height]).toEqual([30, 40]);
    expect((await auditOf(world, sam, 'child.photo_changed')).at(-1)).toMatchObject({
      recordId: world.ids.leo,
    });

    const page = await getAs(world, asha, `/children/${world.ids.leo}`);
    expect(page.body).toContain(`src="/children/${world.ids.leo}/photo" alt="Photo of Leo"`);
    const photo = await getAs(world, asha, `/children/${world.ids.leo}/photo`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.headers['cache-control']).toBe('no-store');
    expect(photo.rawPayload.equals(stored!.bytes)).toBe(true);
    expect((await auditOf(world, asha, 'file.read')).at(-1)).toMatchObject({
      recordType: 'child',
      recordId: world.ids.leo,
      outcome: 'done',
    });
  });

  it('is not found by a carer or worker unrelated to the child, and refused to Leo’s mother', async () => {
    const url = `/children/${world.ids.leo}/photo`;
    expect((await getAs(world, world.people.ben, url)).statusCode).toBe(404);
    expect((await getAs(world, world.people.nina, url)).statusCode).toBe(404);
    expect((await getAs(world, world.people.lena, url)).statusCode).toBe(403);
    expect(await auditOf(world, world.people.ben, 'child.read')).toEqual([
      expect.objectContaining({ outcome: 'refused', recordId: world.ids.leo }),
    ]);
  });

  it('refuses a file that is not a photo, saying so by the field, and keeps the old photo', async () => {
    const [before] = await world.database.db
      .select()
      .from(children)
      .where(eq(children.id, world.ids.leo));
    const visitor = await signedInVisitor(world.testApp, world.people.sam);
    const response = await visitor.postMultipart(
      `/children/${world.ids.leo}/photo`,
      {},
      {
        photo: {
          bytes: Buffer.from('%PDF-1.7 a letter'),
          filename: 'letter.pdf',
          contentType: 'application/pdf',
        },
      },
    );
    expect(response.statusCode).toBe(400);
    const page = pageText(response.body);
    expect(page).toContain('There is a problem');
    expect(page).toContain('The file must be a photo');
    expect(response.body).toContain('href="#field-photo"');
    const [after] = await world.database.db
      .select()
      .from(children)
      .where(eq(children.id, world.ids.leo));
    expect(after!.photoFileId).toBe(before!.photoFileId);
  });

  it('is changed only by those who keep the record', async () => {
    const visitor = await signedInVisitor(world.testApp, world.people.asha);
    const response = await visitor.postMultipart(
      `/children/${world.ids.leo}/photo`,
      {},
      { photo: { bytes: await photoWithLocation(), filename: 'a.jpg', contentType: 'image/jpeg' } },
    );
    expect(response.statusCode).toBe(403);
    expect(
      (await getAs(world, world.people.nina, `/children/${world.ids.leo}/photo/edit`)).statusCode,
    ).toBe(404);
  });
});
