import { eq } from 'drizzle-orm';
import pino from 'pino';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMailServer, type TestMailServer } from '../../../test/support/smtp.ts';
import { partnershipMessages } from '../../core/db/tables.ts';
import { deliverPendingMail } from '../../core/mail/delivery.ts';
import {
  expectNoSecrets,
  familyUpdates,
  openWorld,
  photoWithLocation,
  postThroughForm,
  staffUpdates,
  type World,
} from './shared-updates-test-kit.ts';

// Mia's home is confidential. Whatever Dani and Lee read of the updates (every page, every photo,
// every email, every error) says nothing of where she lives: not the carers' surname, address,
// town, postcode, phone, email or workplace, and not her school.
let world: World;
let mailServer: TestMailServer;
let updateId: string;
const BODY = 'Mia made a den in the garden and had her tea in it. Muddy knees, big smile.';

beforeAll(async () => {
  world = await openWorld();
  mailServer = await startTestMailServer();
  const { scene } = world;
  const sam = await world.as(scene.sam);
  updateId = (
    await postThroughForm(
      world,
      sam,
      { topic: 'fun', happened_on: '2026-11-21', body: BODY },
      await photoWithLocation('#964'),
    )
  ).id!;
  const danisUpdate = `${familyUpdates(world)}/${updateId}`;
  const dani = await world.as(scene.dani);
  await dani.post(`${danisUpdate}/react`, { reaction: 'love' });
  await dani.post(`${danisUpdate}/reply`, { body: 'Love this! She always loved dens.' });
  const lee = await world.as(scene.lee);
  await lee.post(`${danisUpdate}/reply`, { body: 'Brilliant. Dad x' });
  // Hannah passes Lee's reply on, standing in for the moderation page.
  await world.database.db
    .update(partnershipMessages)
    .set({ status: 'delivered', deliveredAt: new Date(), moderatedBy: scene.hannah.id })
    .where(eq(partnershipMessages.authorId, scene.lee.id));
  const samsUpdate = `${staffUpdates(world)}/${updateId}`;
  await sam.post(`${samsUpdate}/reply`, { body: 'Thank you both, she was so proud of it.' });
  await sam.post(`${samsUpdate}/life-story`, { title: 'The garden den', share: 'yes' });
  await deliverPendingMail(
    world.database,
    mailServer.transport(),
    'Kinfold <noreply@kinfold.test>',
    pino({ level: 'silent' }),
  );
});
afterAll(async () => {
  await mailServer.close();
  await world.close();
});

describe.each([
  ['Dani', 'dani'],
  ['Lee', 'lee'],
] as const)('what %s sees', (_name, key) => {
  it('no page, error page or redirect carries a locating detail', async () => {
    const parent = await world.as(world.scene[key]);
    const base = familyUpdates(world);
    const urls = [
      base,
      `${base}?page=1`,
      `${base}?page=zero`,
      `${base}/${updateId}`,
      `/family/${world.scene.miaId}/story`,
      `${staffUpdates(world)}`,
      `${staffUpdates(world)}/new`,
      `${staffUpdates(world)}/${updateId}`,
      `${base}/00000000-0000-4000-8000-000000000000`,
    ];
    for (const url of urls) {
      const response = await parent.get(url);
      expect(response.statusCode, url).toBeLessThan(500);
      expectNoSecrets(response.body, url);
      expectNoSecrets(JSON.stringify(response.headers), `${url} headers`);
    }
    const page = await parent.get(`${base}/${updateId}`);
    expect(page.body).toContain(BODY);
    expect(page.body).toContain('Sam, foster carer');
    for (const [url, fields] of [
      [`${base}/${updateId}/reply`, { body: '' }],
      [`${base}/${updateId}/react`, { reaction: 'shout' }],
      [`${staffUpdates(world)}/${updateId}/life-story`, { title: '' }],
    ] as const) {
      const response = await parent.post(url, fields);
      expect(response.statusCode, url).toBeLessThan(500);
      expectNoSecrets(response.body, `POST ${url}`);
    }
  });

  it('the photo has no metadata, a generic name and no locating words in its bytes', async () => {
    const parent = await world.as(world.scene[key]);
    const photo = await parent.get(`${familyUpdates(world)}/${updateId}/photo`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-disposition']).toBe('inline; filename="photo.jpg"');
    const metadata = await sharp(photo.rawPayload).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expectNoSecrets(photo.rawPayload.toString('latin1'), 'photo bytes');
    expect(photo.rawPayload.includes(Buffer.from('IMG_2207'))).toBe(false);
  });

  it('no email says where Mia lives, names her in full, or quotes what anyone wrote', async () => {
    const email = world.scene[key].email;
    const received = mailServer.received.filter((mail) => mail.to.includes(email));
    expect(received.length).toBeGreaterThan(0);
    for (const mail of received) {
      expectNoSecrets(mail.raw, `email to ${email}`);
      for (const words of ['Mia Price', 'den in the garden', 'Thank you both', 'Sam']) {
        expect(mail.raw).not.toContain(words);
      }
      expect(mail.subject).toMatch(/^Kinfold: a new (update|reply) about M\.$/);
    }
  });
});
