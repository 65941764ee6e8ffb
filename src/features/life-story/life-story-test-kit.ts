// The world the life story's tests share: the belonging scene (Zara, Ruth, Hannah, Dani, Sam,
// Priya, another worker) in the whole application, on a fixed day, with helpers to add entries,
// read the trail and read a PDF's words. Mia's world (the partnership scene, her home confidential)
// is for what the story shares with a birth family.
import { and, eq } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import {
  signedInVisitor,
  startTestApp,
  type TestApp,
  type Visitor,
} from '../../../test/support/app.ts';
import { buildBelongingScene, type BelongingScene } from '../../../test/support/belonging-scene.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  buildPartnershipScene,
  type PartnershipScene,
} from '../../../test/support/partnership-scene.ts';
import type { TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, childImportantPeople, lifeStoryEntries } from '../../core/db/tables.ts';
import { fileStoreFor, type FileStore } from '../../core/files/file-store.ts';

/** The day the tests live on: Zara is 15 and has lived with Ruth since September 2025. */
export const TODAY = '2026-06-15';

/** A day in Mia's world: she has lived in her confidential foster home since 5 October 2026. */
export const MIA_TODAY = '2026-11-16';

export type World<Scene = BelongingScene> = {
  database: Database & { drop: () => Promise<void> };
  testApp: TestApp;
  scene: Scene;
  files: FileStore;
};

/** Opens a database, builds the scene and starts the application on TODAY. */
export async function buildWorld(): Promise<World> {
  const database = await openTestDatabase();
  const scene = await buildBelongingScene(database.db);
  const testApp = await startTestApp(database, {}, () => new Date(`${TODAY}T10:00:00Z`));
  return { database, testApp, scene, files: fileStoreFor(testApp.config) };
}

/** Opens a database, builds Mia's scene and starts the application on MIA_TODAY. */
export async function buildMiaWorld(): Promise<World<PartnershipScene>> {
  const database = await openTestDatabase();
  const scene = await buildPartnershipScene(database.db);
  const testApp = await startTestApp(database, {}, () => new Date(`${MIA_TODAY}T10:00:00Z`));
  return { database, testApp, scene, files: fileStoreFor(testApp.config) };
}

/** Stops the application and drops the database. */
export async function closeWorld(world: World<unknown>): Promise<void> {
  await world.testApp.close();
  await world.database.drop();
}

const visitors = new Map<string, Visitor>();

/** A visitor signed in as this person (signed in once per test file). */
export async function as(world: World<unknown>, user: TestUser): Promise<Visitor> {
  let visitor = visitors.get(user.id);
  if (!visitor) {
    visitor = await signedInVisitor(world.testApp, user);
    visitors.set(user.id, visitor);
  }
  return visitor;
}

/** A small photo with the GPS position and camera details a phone writes into it. */
export async function photoWithLocation(colour = '#3a7'): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'Camera 9' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '52/1 28/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '1/1 53/1 0/1',
      },
    })
    .toBuffer();
}

/** A photo as an upload field. */
export const asUpload = (bytes: Buffer, filename = 'IMG_0420.jpg', contentType = 'image/jpeg') => ({
  photo: { bytes, filename, contentType },
});

/** Adds an entry through a form, as a browser would; returns the new entry's id (or null). */
export async function addThroughForm(
  world: World<unknown>,
  visitor: Visitor,
  url: string,
  fields: Record<string, string>,
  photo?: Buffer,
): Promise<{ statusCode: number; id: string | null; body: string }> {
  const response = await visitor.postMultipart(url, fields, photo ? asUpload(photo) : {});
  const [latest] = await world.database.db
    .select({ id: lifeStoryEntries.id, title: lifeStoryEntries.title })
    .from(lifeStoryEntries)
    .where(eq(lifeStoryEntries.title, fields.title ?? ''));
  return {
    statusCode: response.statusCode,
    id: response.statusCode === 303 ? (latest?.id ?? null) : null,
    body: response.body,
  };
}

/** What this person did of one kind, as the audit trail has it. */
export async function auditOf(world: World<unknown>, user: TestUser, action: string) {
  return world.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, user.id), eq(auditEvents.action, action)));
}

/** Puts someone on Zara's map the way a worker records them. */
export async function addPerson(
  world: World,
  person: Partial<typeof childImportantPeople.$inferInsert> & {
    name: string;
    relationship: string;
  },
): Promise<string> {
  const [row] = await world.database.db
    .insert(childImportantPeople)
    .values({ childId: world.scene.zaraId, joinedOn: '2025-09-01', ...person })
    .returning({ id: childImportantPeople.id });
  return row!.id;
}

/** The words on each page of a PDF, as a reader would extract them. */
export async function pdfPages(bytes: Buffer | Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await document.destroy();
  return pages;
}
