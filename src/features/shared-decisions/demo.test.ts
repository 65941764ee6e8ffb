import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildChild, buildUser, ctxFor, type TestUser } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { childDelegatedAuthority, decisionRequests } from '../../core/db/tables.ts';
import { agreeWhoDecides } from './decisions-test-kit.ts';
import { countOpenDecisions, seedDemoDecisions } from './index.ts';

// The demo's Mia Price lives with Sam Okafor (carer@), supervised by Hannah (worker@); her mum is
// Dani (parent@). Her plan already says haircuts are decided together, and school trips by her
// carers; the demo fills in the rest and adds three questions.
let database: Database & { drop: () => Promise<void> };
let miaId: string;
let sam: TestUser;
let hannah: TestUser;
let dani: TestUser;
const now = new Date('2026-06-01T09:00:00Z');
const DAY_MS = 24 * 3600 * 1000;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  hannah = await buildUser(db, {
    role: 'supervising_social_worker',
    name: 'Hannah Kowalski',
    email: 'worker@demo.kinfold.org',
  });
  sam = await buildUser(db, {
    role: 'foster_carer',
    name: 'Sam Okafor',
    email: 'carer@demo.kinfold.org',
  });
  dani = await buildUser(db, {
    role: 'birth_parent',
    name: 'Dani Price',
    email: 'parent@demo.kinfold.org',
  });
  await buildChild(db, { firstName: 'Jayden', lastName: 'Walsh' });
  miaId = await buildChild(db, { firstName: 'Mia', lastName: 'Price' });
  await agreeWhoDecides(
    db,
    miaId,
    [
      ['haircuts', 'shared', 'Dani would like to be asked before a big change.'],
      ['school_trips', 'carers', ''],
    ],
    hannah.id,
  );
  await seedDemoDecisions(ctxFor(db, null, now));
});
afterAll(async () => database.drop());

async function requests() {
  return database.db
    .select()
    .from(decisionRequests)
    .where(eq(decisionRequests.childId, miaId))
    .orderBy(asc(decisionRequests.askedAt));
}

describe('the demo’s shared decisions', () => {
  it('agrees every topic for Mia, leaving what her plan already says', async () => {
    const rows = await database.db
      .select({
        topic: childDelegatedAuthority.topic,
        decidedBy: childDelegatedAuthority.decidedBy,
      })
      .from(childDelegatedAuthority)
      .where(eq(childDelegatedAuthority.childId, miaId))
      .orderBy(asc(childDelegatedAuthority.topic));
    expect(Object.fromEntries(rows.map((row) => [row.topic, row.decidedBy]))).toEqual({
      haircuts: 'shared',
      school_trips: 'carers',
      sleepovers: 'carers',
      routine_medical: 'carers',
      medical_treatment: 'social_worker',
      religious_observance: 'birth_parents',
      holidays_abroad: 'shared',
      social_media: 'shared',
      photographs: 'carers',
    });
  });

  it('asks three things: a school trip Hannah agreed, a haircut, and pierced ears still open', async () => {
    const [trip, haircut, ears] = await requests();
    expect([trip!.topic, haircut!.topic, ears!.topic]).toEqual([
      'school_trips',
      'haircuts',
      'other',
    ]);
    expect([trip, haircut, ears].every((request) => request!.askedBy === sam.id)).toBe(true);
    expect(trip!.parentViews).toBe('Yes, she’ll love it, please make sure she takes her inhaler');
    expect(trip!.parentViewsBy).toBe(dani.id);
    expect([trip!.outcome, trip!.decidedBy]).toEqual(['agreed', hannah.id]);
    expect(haircut!.parentViewsBy).toBe(dani.id);
    // Haircuts are decided together in this plan, so Hannah records the answer, not Sam.
    expect([haircut!.outcome, haircut!.decidedBy]).toEqual(['agreed', hannah.id]);
    expect(haircut!.decidedAt!.getTime()).toBeGreaterThan(haircut!.parentViewsAt!.getTime());
    expect([ears!.parentViews, ears!.outcome]).toEqual(['', null]);
    expect(ears!.askedAt.getTime()).toBeGreaterThan(now.getTime() - 8 * DAY_MS);
    expect(ears!.askedAt.getTime()).toBeLessThan(now.getTime());
  });

  it('adds nothing when run again', async () => {
    await seedDemoDecisions(ctxFor(database.db, null, now));
    expect(await requests()).toHaveLength(3);
    expect(await countOpenDecisions(database.db, miaId)).toBe(1);
  });

  it('has Sam answer the haircut where the plan leaves haircuts to the carers', async () => {
    const db = database.db;
    await db.delete(decisionRequests).where(eq(decisionRequests.childId, miaId));
    await db
      .delete(childDelegatedAuthority)
      .where(
        and(
          eq(childDelegatedAuthority.childId, miaId),
          eq(childDelegatedAuthority.topic, 'haircuts'),
        ),
      );
    await seedDemoDecisions(ctxFor(db, null, now));
    const haircut = (await requests()).find((request) => request.topic === 'haircuts')!;
    expect(haircut.decidedBy).toBe(sam.id);
  });
});
