// The world the shared updates' tests share: the partnership scene (Mia with Sam and Alex in a
// confidential home; her mum Dani, her dad Lee whose words a worker reads first; Hannah; strangers)
// in the whole application on a fixed day, with helpers to post updates and read the trail.
import { and, desc, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { expect } from 'vitest';
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
  MIA_SECRETS,
  type PartnershipScene,
} from '../../../test/support/partnership-scene.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, sharedUpdates } from '../../core/db/tables.ts';
import { fileStoreFor, type FileStore } from '../../core/files/file-store.ts';

/** Monday 23 November 2026, 10am in London: Mia has lived with Sam and Alex since 5 October. */
export const NOW = new Date('2026-11-23T10:00:00Z');
export const TODAY = '2026-11-23';

export type World = {
  database: Database & { drop: () => Promise<void> };
  testApp: TestApp;
  scene: PartnershipScene;
  files: FileStore;
  /** A visitor signed in as this person (signed in once per test file). */
  as: (user: TestUser) => Promise<Visitor>;
  close: () => Promise<void>;
};

/** Opens a database, builds the scene and starts the application on NOW. */
export async function openWorld(): Promise<World> {
  const database = await openTestDatabase();
  const scene = await buildPartnershipScene(database.db);
  const testApp = await startTestApp(database, {}, () => NOW);
  const visitors = new Map<string, Visitor>();
  return {
    database,
    testApp,
    scene,
    files: fileStoreFor(testApp.config),
    as: async (user) => {
      let visitor = visitors.get(user.id);
      if (!visitor) {
        visitor = await signedInVisitor(testApp, user);
        visitors.set(user.id, visitor);
      }
      return visitor;
    },
    close: async () => {
      await testApp.close();
      await database.drop();
    },
  };
}

/** Where Sam posts an update about Mia. */
export const newUpdateUrl = (world: World) => `/children/${world.scene.miaId}/family/updates/new`;

/** Mia's updates as staff and carers reach them, and as her parents do. */
export const staffUpdates = (world: World) => `/children/${world.scene.miaId}/family/updates`;
export const familyUpdates = (world: World) => `/family/${world.scene.miaId}/updates`;

/** A small photo with the GPS position and camera details a phone writes into it. */
export async function photoWithLocation(colour = '#3a7'): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
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

/** A photo as an upload field, under the name a phone gives it. */
export const asUpload = (bytes: Buffer, filename = 'IMG_2207_Sycamore.jpg') => ({
  photo: { bytes, filename, contentType: 'image/jpeg' },
});

/** Posts an update through the form as a browser would; returns the new update's id on success. */
export async function postThroughForm(
  world: World,
  visitor: Visitor,
  fields: Record<string, string>,
  photo?: Buffer,
): Promise<{ statusCode: number; body: string; id: string | null }> {
  const response = await visitor.postMultipart(
    newUpdateUrl(world),
    fields,
    photo ? asUpload(photo) : {},
  );
  if (response.statusCode !== 303) {
    return { statusCode: response.statusCode, body: response.body, id: null };
  }
  const [latest] = await world.database.db
    .select({ id: sharedUpdates.id })
    .from(sharedUpdates)
    .where(eq(sharedUpdates.body, fields.body ?? ''))
    .orderBy(desc(sharedUpdates.createdAt));
  return { statusCode: response.statusCode, body: response.body, id: latest?.id ?? null };
}

/** Puts an update in the database directly, as if Sam had posted it. */
export async function insertUpdate(
  world: World,
  update: Partial<typeof sharedUpdates.$inferInsert> & { body: string },
): Promise<string> {
  const [row] = await world.database.db
    .insert(sharedUpdates)
    .values({
      childId: world.scene.miaId,
      authorId: world.scene.sam.id,
      topic: 'everyday',
      happenedOn: '2026-11-20',
      createdAt: NOW,
      ...update,
    })
    .returning({ id: sharedUpdates.id });
  return row!.id;
}

/** What this person did of one kind, as the audit trail has it, the newest last. */
export async function auditOf(world: World, user: TestUser, action: string) {
  return world.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, user.id), eq(auditEvents.action, action)))
    .orderBy(auditEvents.id);
}

/** Asserts none of the strings that would locate Mia is in this text. */
export function expectNoSecrets(text: string, where: string): void {
  for (const [kind, secret] of Object.entries(MIA_SECRETS)) {
    expect(text.toLowerCase(), `${kind} in ${where}`).not.toContain(secret.toLowerCase());
  }
}
