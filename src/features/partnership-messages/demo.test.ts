import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildChild, buildUser, ctxFor, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { partnershipMessages, partnershipReads } from '../../core/db/tables.ts';
import { findLocatingDetails } from '../partnership/confidentiality.ts';
import { seedDemoMessages } from './index.ts';

// The demo's Dani, Sam and Hannah have talked about Mia for five weeks: a wobbly tooth, swimming,
// her inhaler, the class play. Dani has not read the newest message yet.
let database: Database & { drop: () => Promise<void> };
let dani: TestUser;
let sam: TestUser;
let hannah: TestUser;
let miaId: string;
const now = new Date('2026-11-10T09:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  // Before anyone exists, there is nothing to write.
  await seedDemoMessages(ctxFor(db, null, now));
  expect(await db.select().from(partnershipMessages)).toHaveLength(0);
  dani = await buildUser(db, {
    role: 'birth_parent',
    name: 'Dani Price',
    email: 'parent@kinfold.demo',
  });
  sam = await buildUser(db, {
    role: 'foster_carer',
    name: 'Sam Okafor',
    email: 'carer@kinfold.demo',
  });
  hannah = await buildUser(db, {
    role: 'supervising_social_worker',
    name: 'Hannah Kowalski',
    email: 'worker@kinfold.demo',
  });
  miaId = await buildChild(db, { firstName: 'Mia', lastName: 'Price' });
  await seedDemoMessages(ctxFor(db, null, now));
  await seedDemoMessages(ctxFor(db, null, now));
});
afterAll(async () => database.drop());

describe('the demo conversation about Mia', () => {
  it('is about fourteen delivered messages from the three of them over five weeks, written once', async () => {
    const rows = await database.db
      .select()
      .from(partnershipMessages)
      .orderBy(asc(partnershipMessages.createdAt));
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.length).toBeLessThanOrEqual(16);
    expect(new Set(rows.map((row) => row.authorId))).toEqual(new Set([dani.id, sam.id, hannah.id]));
    for (const row of rows) {
      expect(row).toMatchObject({ childId: miaId, status: 'delivered', updateId: null });
      expect(row.deliveredAt).toEqual(row.createdAt);
      expect(row.createdAt.getTime()).toBeLessThan(now.getTime());
      expect(row.createdAt.getTime()).toBeGreaterThan(now.getTime() - 36 * DAY_MS);
    }
    const words = rows.map((row) => row.body).join('\n');
    for (const topic of ['tooth', 'Swimming', 'inhaler', 'class play'])
      expect(words).toContain(topic);
  });

  it('says nothing that would find Mia: no surname, address or school', async () => {
    const rows = await database.db.select().from(partnershipMessages);
    for (const row of rows) {
      expect(findLocatingDetails(row.body, [])).toEqual([]);
      expect(row.body).not.toMatch(/Price|Okafor|Kowalski/);
    }
  });

  it('records how far each has read, leaving Dani the newest message to read', async () => {
    const reads = await database.db.select().from(partnershipReads);
    expect(new Set(reads.map((read) => read.userId))).toEqual(
      new Set([dani.id, sam.id, hannah.id]),
    );
    const [newest] = await database.db
      .select()
      .from(partnershipMessages)
      .orderBy(asc(partnershipMessages.createdAt))
      .then((rows) => rows.slice(-1));
    const danisRead = reads.find((read) => read.userId === dani.id)!;
    expect(danisRead.lastReadAt.getTime()).toBeLessThan(newest!.createdAt.getTime());
    const samsRead = reads.find((read) => read.userId === sam.id)!;
    expect(samsRead.lastReadAt.getTime()).toBeGreaterThan(newest!.createdAt.getTime());
    expect(samsRead.lastReadAt.getTime()).toBeLessThan(now.getTime());
    expect(
      await database.db.select().from(partnershipReads).where(eq(partnershipReads.childId, miaId)),
    ).toHaveLength(3);
  });
});
