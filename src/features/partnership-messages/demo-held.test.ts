import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  buildChild,
  buildHousehold,
  buildUser,
  ctxFor,
  linkBirthParent,
  placeChild,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { partnershipMessages } from '../../core/db/tables.ts';
import { seedDemoHeldMessage } from './index.ts';

// The demo shows moderation: a parent whose messages a worker reads first has written one, in a
// home the demo worker supervises when there is one, so Hannah finds it on her home page.
let database: Database & { drop: () => Promise<void> };

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.drop());

describe('the demo’s message waiting for a worker', () => {
  it('comes from a reviewed parent in the demo worker’s homes before anyone else’s', async () => {
    const db = database.db;
    const hannah = await buildUser(db, {
      role: 'supervising_social_worker',
      email: 'worker@kinfold.demo',
    });
    const olu = await buildUser(db, { role: 'supervising_social_worker' });
    await buildUser(db, { role: 'birth_parent', email: 'parent@kinfold.demo' });
    const elsewhere = await buildUser(db, { role: 'birth_parent', name: 'Kim Hollis' });
    const lee = await buildUser(db, { role: 'birth_parent', name: 'Lee Baxter' });
    const olusChild = await buildChild(db);
    await placeChild(db, olusChild, await buildHousehold(db, { supervisingWorkerId: olu.id }));
    await linkBirthParent(db, olusChild, elsewhere);
    const hannahsChild = await buildChild(db);
    await placeChild(
      db,
      hannahsChild,
      await buildHousehold(db, { supervisingWorkerId: hannah.id }),
    );
    await linkBirthParent(db, hannahsChild, lee, 'father');

    await seedDemoHeldMessage(ctxFor(db, null, new Date('2026-11-10T09:00:00Z')));

    const held = await db
      .select()
      .from(partnershipMessages)
      .where(eq(partnershipMessages.status, 'held'));
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ childId: hannahsChild, authorId: lee.id, deliveredAt: null });
  });
});
