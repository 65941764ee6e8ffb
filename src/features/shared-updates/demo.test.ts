import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { and, eq, isNotNull } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { ctxFor } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import {
  children,
  lifeStoryEntries,
  partnershipMessages,
  sharedUpdateReactions,
  sharedUpdates,
  users,
} from '../../core/db/tables.ts';
import { folderFileStore } from '../../core/files/file-store.ts';
import { readStoredFile } from '../../core/files/stored-files.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import { seedDemoAgency } from '../demo/index.ts';
import { findLocatingDetails } from '../partnership/confidentiality.ts';
import { findKnownLocatingDetails } from '../partnership/confidentiality-store.ts';
import { findCurrentHome } from '../partnership/space.ts';
import { findLatestUpdates, seedDemoUpdates } from './index.ts';

// The demo: Sam Okafor's updates about Mia over six weeks, Dani's reactions and replies, and one
// update kept in Mia's life story for Dani to see.
let database: Database & { drop: () => Promise<void> };
const folder = `.test-data/files-shared-updates-demo-${randomUUID()}`;
const files = folderFileStore(folder);
const now = new Date();
let miaId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const ctx = ctxFor(database.db, null, now);
  // The demo agency seeds the updates itself, after the people and the life story exist.
  await seedDemoAgency(ctx, files);
  const [mia] = await database.db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, 'Mia'), eq(children.lastName, 'Price')));
  miaId = mia!.id;
});
afterAll(async () => {
  await database.drop();
  await rm(folder, { recursive: true, force: true });
});

const accountId = async (localPart: string) =>
  (
    await database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, `${localPart}@demo.kinfold.org`))
  )[0]!.id;

describe('the demo’s shared updates', () => {
  it('gives Mia eight updates from Sam over the last six weeks, three with drawn photos', async () => {
    const updates = await database.db
      .select()
      .from(sharedUpdates)
      .where(eq(sharedUpdates.childId, miaId));
    expect(updates).toHaveLength(8);
    const sam = await accountId('carer');
    expect(updates.every((update) => update.authorId === sam)).toBe(true);
    const today = await agencyToday(database.db, now);
    const sixWeeksAgo = new Date(now.getTime() - 43 * 24 * 60 * 60 * 1000);
    for (const update of updates) {
      expect(update.happenedOn <= today).toBe(true);
      expect(update.createdAt.getTime()).toBeGreaterThan(sixWeeksAgo.getTime());
      expect(update.createdAt.getTime()).toBeLessThan(now.getTime());
    }
    const withPhotos = updates.filter((update) => update.fileId);
    expect(withPhotos).toHaveLength(3);
    for (const update of withPhotos) {
      const file = await readStoredFile(database.db, files, update.fileId!);
      expect((await sharp(file!.bytes).metadata()).format).toBe('jpeg');
    }
    const latest = await findLatestUpdates(database.db, miaId, 3);
    expect(latest).toHaveLength(3);
    expect(latest[0]!.createdAt.getTime()).toBeGreaterThan(latest[1]!.createdAt.getTime());
  });

  it('has Dani’s reactions on most and three replies from her, all delivered', async () => {
    const dani = await accountId('parent');
    const reactions = await database.db
      .select()
      .from(sharedUpdateReactions)
      .where(eq(sharedUpdateReactions.userId, dani));
    expect(reactions.length).toBeGreaterThanOrEqual(5);
    const replies = await database.db
      .select()
      .from(partnershipMessages)
      .where(and(eq(partnershipMessages.authorId, dani), isNotNull(partnershipMessages.updateId)));
    expect(replies).toHaveLength(3);
    expect(replies.every((reply) => reply.status === 'delivered' && reply.deliveredAt)).toBe(true);
  });

  it('keeps one update in Mia’s life story, shared with her family', async () => {
    const [kept] = await database.db
      .select({ entry: lifeStoryEntries })
      .from(sharedUpdates)
      .innerJoin(lifeStoryEntries, eq(lifeStoryEntries.id, sharedUpdates.lifeStoryEntryId))
      .where(eq(sharedUpdates.childId, miaId));
    expect(kept!.entry).toMatchObject({
      title: 'First evening at swimming club',
      kind: 'photo',
      status: 'published',
      isSharedWithFamily: true,
    });
  });

  it('says nothing that would locate Mia', async () => {
    const known = await findKnownLocatingDetails(
      database.db,
      miaId,
      await findCurrentHome(database.db, miaId),
    );
    const words = await database.db
      .select({ body: partnershipMessages.body })
      .from(partnershipMessages)
      .where(eq(partnershipMessages.childId, miaId))
      .union(
        database.db
          .select({ body: sharedUpdates.body })
          .from(sharedUpdates)
          .where(eq(sharedUpdates.childId, miaId)),
      );
    // Sam's eight updates and Dani's three replies, with the demo's conversation about Mia.
    expect(words.length).toBeGreaterThanOrEqual(11);
    for (const { body } of words) expect(findLocatingDetails(body, known), body).toEqual([]);
  });

  it('adds nothing where the demo’s Mia is not there', async () => {
    const empty = await openTestDatabase();
    try {
      await seedDemoUpdates(ctxFor(empty.db, null, now), null);
      expect(await empty.db.select().from(sharedUpdates)).toHaveLength(0);
    } finally {
      await empty.drop();
    }
  });
});
