import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { ctxFor } from '../../../test/support/factories.ts';
import { loadReach } from '../../core/access/actor.ts';
import { isRole } from '../../core/access/roles.ts';
import type { Database } from '../../core/db/connect.ts';
import { children, lifeStoryEntries, users } from '../../core/db/tables.ts';
import { folderFileStore } from '../../core/files/file-store.ts';
import { readStoredFile } from '../../core/files/stored-files.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import { seedDemoAgency } from '../demo/index.ts';
import { exportBook } from './book-service.ts';
import { seedDemoLifeStory } from './index.ts';
import { pdfPages } from './life-story-test-kit.ts';
import { readStory } from './story-service.ts';

// The demo: Zara's book over fifteen years, and Mia's, two pages shared with her mum Dani.
let database: Database & { drop: () => Promise<void> };
// A folder of its own, so the two database projects never share one.
const folder = `.test-data/files-life-story-demo-${randomUUID()}`;
const files = folderFileStore(folder);
const now = new Date();

beforeAll(async () => {
  database = await openTestDatabase();
  const ctx = ctxFor(database.db, null, now);
  await seedDemoAgency(ctx);
  await seedDemoLifeStory(ctx, files);
});
afterAll(async () => {
  await database.drop();
  await rm(folder, { recursive: true, force: true });
});

async function childNamed(firstName: string) {
  const [child] = await database.db
    .select()
    .from(children)
    .where(eq(children.firstName, firstName));
  return child!;
}

async function ctxOf(email: string) {
  const [user] = await database.db.select().from(users).where(eq(users.email, email));
  if (!user || !isRole(user.role)) throw new Error(`no demo account ${email}`);
  const actor = {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    reach: await loadReach(database.db, user.id, user.role),
  };
  return ctxFor(database.db, actor, now);
}

const entriesOf = (childId: string) =>
  database.db.select().from(lifeStoryEntries).where(eq(lifeStoryEntries.childId, childId));

describe('the demo’s life stories', () => {
  it('gives Zara a dozen entries over the years, one waiting and one kept from her carers', async () => {
    const zara = await childNamed('Zara');
    const entries = await entriesOf(zara.id);
    const today = await agencyToday(database.db, now);
    expect(entries.length).toBe(12);
    expect(
      entries.filter((each) => each.status === 'awaiting_check').map((each) => each.title),
    ).toEqual(['Cooking biryani for everyone']);
    expect(entries.filter((each) => each.isHiddenFromCarers).map((each) => each.title)).toEqual([
      'Missing Mum',
    ]);
    expect(new Set(entries.map((each) => each.kind))).toEqual(
      new Set(['photo', 'milestone', 'memory', 'letter', 'person', 'place', 'document']),
    );
    for (const each of entries) {
      if (each.happenedOn === null) continue;
      expect(each.happenedOn >= zara.dateOfBirth && each.happenedOn <= today).toBe(true);
    }
  });

  it('draws its photos and keeps them like any upload, without metadata', async () => {
    const zara = await childNamed('Zara');
    const withPhotos = (await entriesOf(zara.id)).filter((each) => each.fileId);
    expect(withPhotos.length).toBe(4);
    for (const each of withPhotos) {
      const stored = await readStoredFile(database.db, files, each.fileId!);
      const metadata = await sharp(stored!.bytes).metadata();
      expect(metadata.format).toBe('jpeg');
      expect(metadata.exif).toBeUndefined();
    }
  });

  it('makes Zara’s book from her own story, in her words', async () => {
    const zara = await childNamed('Zara');
    const ctx = await ctxOf('young.person@demo.kinfold.org');
    const story = await readStory(ctx, zara.id);
    expect(story.identity?.whatMatters).toContain('Football');
    const book = await exportBook(ctx, files, zara.id);
    expect(book.fileName).toBe('zaras-story.pdf');
    const text = (await pdfPages(book.pdf)).join(' ');
    expect(text).toContain('A trip to the seaside with the Bennetts');
    expect(text).toContain('Missing Mum');
    expect(text).not.toContain('Cooking biryani');
  });

  it('shares Mia’s pages with Dani (one from Sam’s update), whose letter waits for a check', async () => {
    const mia = await childNamed('Mia');
    const entries = await entriesOf(mia.id);
    expect(entries.length).toBe(6);
    expect(entries.filter((each) => each.isSharedWithFamily).length).toBe(3);
    const story = await readStory(await ctxOf('parent@demo.kinfold.org'), mia.id);
    expect(story.chapters.flatMap((chapter) => chapter.entries).map((each) => each.title)).toEqual([
      'Baby Mia, from Mum',
      'Learning to ride a bike',
      'First evening at swimming club',
    ]);
    expect(story.notInBook).toEqual([
      expect.objectContaining({
        title: 'A letter from Mum',
        status: 'awaiting_check',
        isOwn: true,
      }),
    ]);
  });
});
