import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildUser, TEST_PASSWORD } from '../../../test/support/factories.ts';
import type { Database } from '../db/connect.ts';
import { fileStoreFor } from './file-store.ts';
import { readStoredFile, saveImage } from './stored-files.ts';

// A form that uploads a photo, as a feature's would: multipart, CSRF-checked, cleaned, stored.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let savedId = '';

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database, {}, undefined, (app) => {
    app.post('/test-upload', { config: { action: 'home.view' } }, async (request, reply) => {
      const body = request.body as { caption?: string; photo?: Buffer };
      savedId = await saveImage(database.db, fileStoreFor(testApp.config), {
        bytes: body.photo ?? Buffer.alloc(0),
        field: 'photo',
        uploadedBy: request.ctx.actor?.userId ?? null,
      });
      return reply.send({ caption: body.caption, id: savedId });
    });
  });
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

describe('uploading a photo through a form', () => {
  it('stores the picture without the location the phone wrote into it', async () => {
    const user = await buildUser(database.db, { role: 'foster_carer' });
    const visitor = new Visitor(testApp);
    await visitor.signIn(user.email, TEST_PASSWORD);
    const photo = await sharp({
      create: { width: 20, height: 20, channels: 3, background: '#c33' },
    })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
      .toBuffer();
    const response = await visitor.postMultipart(
      '/test-upload',
      { caption: 'At the park' },
      { photo: { bytes: photo, filename: 'IMG_0001.jpg', contentType: 'image/jpeg' } },
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ caption: 'At the park' });
    const stored = await readStoredFile(database.db, fileStoreFor(testApp.config), savedId);
    expect(stored?.contentType).toBe('image/jpeg');
    expect((await sharp(stored!.bytes).metadata()).exif).toBeUndefined();
  });

  it('refuses an upload without the form’s CSRF token', async () => {
    const user = await buildUser(database.db, { role: 'foster_carer' });
    const visitor = new Visitor(testApp);
    await visitor.signIn(user.email, TEST_PASSWORD);
    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array([1, 2, 3])]), 'x.jpg');
    const encoded = new Response(form);
    const response = await visitor.send({
      method: 'POST',
      url: '/test-upload',
      payload: Buffer.from(await encoded.arrayBuffer()),
      headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
    });
    expect(response.statusCode).toBe(403);
  });
});
