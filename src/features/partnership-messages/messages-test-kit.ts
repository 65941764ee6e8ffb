// What the message tests share: the partnership scene (Mia with Sam and Alex in a confidential
// home, Hannah their worker, Mia's mum Dani and dad Lee) in the whole application, a clock that
// moves on a minute whenever a test says so, signed-in visitors, and a real mail server.
import { desc, eq } from 'drizzle-orm';
import pino from 'pino';
import sharp from 'sharp';
import {
  signedInVisitor,
  startTestApp,
  type TestApp,
  type Visitor,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import {
  buildPartnershipScene,
  type PartnershipScene,
} from '../../../test/support/partnership-scene.ts';
import {
  startTestMailServer,
  type ReceivedMail,
  type TestMailServer,
} from '../../../test/support/smtp.ts';
import type { Database } from '../../core/db/connect.ts';
import { partnershipMessages } from '../../core/db/tables.ts';
import { fileStoreFor, type FileStore } from '../../core/files/file-store.ts';
import { deliverPendingMail } from '../../core/mail/delivery.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import type { Party } from '../partnership/space.ts';

/** Tuesday 10 November 2026, 10am in London: Mia has lived with Sam and Alex for five weeks. */
export const START = new Date('2026-11-10T10:00:00Z');

export type MessagesWorld = {
  database: Database & { drop: () => Promise<void> };
  scene: PartnershipScene;
  testApp: TestApp;
  files: FileStore;
  mail: TestMailServer;
  /** Moves the clock on, so each message has its own moment. */
  tick: (minutes?: number) => Date;
  as: (user: TestUser) => Promise<Visitor>;
  /** Sends the outbox through SMTP; returns what arrived since the last call. */
  deliverMail: () => Promise<ReceivedMail[]>;
  close: () => Promise<void>;
};

/** Opens a database with the scene, starts the app and a mail server. */
export async function openMessagesWorld(): Promise<MessagesWorld> {
  const database = await openTestDatabase();
  const scene = await buildPartnershipScene(database.db);
  let now = START;
  const testApp = await startTestApp(database, {}, () => now);
  const mail = await startTestMailServer();
  const visitors = new Map<string, Visitor>();
  let seen = 0;
  return {
    database,
    scene,
    testApp,
    files: fileStoreFor(testApp.config),
    mail,
    tick: (minutes = 1) => {
      now = new Date(now.getTime() + minutes * 60_000);
      return now;
    },
    as: async (user) => {
      let visitor = visitors.get(user.id);
      if (!visitor) {
        visitor = await signedInVisitor(testApp, user);
        visitors.set(user.id, visitor);
      }
      return visitor;
    },
    deliverMail: async () => {
      await deliverPendingMail(
        database,
        mail.transport(),
        'Kinfold <noreply@kinfold.test>',
        pino({ level: 'silent' }),
      );
      const fresh = mail.received.slice(seen);
      seen = mail.received.length;
      return fresh;
    },
    close: async () => {
      await testApp.close();
      await mail.close();
      await database.drop();
    },
  };
}

/** Mia's conversation, at the address each side uses. */
export const messagesOf = (world: MessagesWorld, party: Party) =>
  partnershipPaths.messages(party, world.scene.miaId);

/** The emails among these sent to this person. */
export const mailFor = (received: ReceivedMail[], user: TestUser) =>
  received.filter((message) => message.to.includes(user.email));

/** Sends a message through the form, as a browser does (multipart, with or without a picture). */
export async function sendThroughForm(
  world: MessagesWorld,
  user: TestUser,
  party: Party,
  fields: Record<string, string>,
  picture?: Buffer,
) {
  world.tick();
  const visitor = await world.as(user);
  return visitor.postMultipart(
    messagesOf(world, party),
    fields,
    picture
      ? { attachment: { bytes: picture, filename: 'IMG_0420.jpg', contentType: 'image/jpeg' } }
      : {},
  );
}

/** The newest message about Mia, as stored. */
export async function latestMessage(world: MessagesWorld) {
  const [row] = await world.database.db
    .select()
    .from(partnershipMessages)
    .where(eq(partnershipMessages.childId, world.scene.miaId))
    .orderBy(desc(partnershipMessages.createdAt))
    .limit(1);
  return row!;
}

/** A small photo with the GPS position and camera details a phone writes into it. */
export async function photoWithLocation(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#c84' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'Camera 9' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '53/1 42/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '2/1 5/1 0/1',
      },
    })
    .toBuffer();
}
