import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  buildChild,
  buildHousehold,
  buildUser,
  ctxFor,
  placeChild,
} from '../../../test/support/factories.ts';
import type { Database, Db } from '../../core/db/connect.ts';
import {
  placements,
  reunificationCheckins,
  reunificationPlans,
  reunificationSteps,
} from '../../core/db/tables.ts';
import { seedDemoReunification } from './index.ts';
import { nextCheckInDue, supportEndsOn } from './rules.ts';

// The demo's Mia Price lives with a family Hannah Kowalski (worker@) supervises and is working
// towards going home to her mum. Ryan went home from another home a month ago; Kai moved on from
// Hannah's home, and Ola was adopted from it, since. Ryan's family becomes the one Hannah supports
// after going home; without Ryan, it is Kai's, never an adopted child's.
const now = new Date('2026-06-01T09:00:00Z');

type World = { database: Database & { drop: () => Promise<void> }; hannahId: string };

async function buildDemoLike(
  withReturnHome: boolean,
): Promise<World & { ids: Record<string, string> }> {
  const database = await openTestDatabase();
  const { db } = database;
  const hannah = await buildUser(db, {
    role: 'supervising_social_worker',
    name: 'Hannah Kowalski',
    email: 'worker@demo.kinfold.org',
  });
  const amara = await buildUser(db, { role: 'supervising_social_worker', name: 'Amara Nwosu' });
  const okafors = await buildHousehold(db, { supervisingWorkerId: hannah.id });
  const begums = await buildHousehold(db, { supervisingWorkerId: amara.id });
  const miaId = await buildChild(db, { firstName: 'Mia', lastName: 'Price' });
  await placeChild(db, miaId, okafors, { startedOn: '2025-11-03' });
  const ryanId = await buildChild(db, { firstName: 'Ryan', lastName: 'Chen' });
  const ryanPlacement = await placeChild(db, ryanId, begums, {
    startedOn: '2025-02-01',
    endedOn: '2026-04-29',
    endReason: 'Returned home to family with a support plan',
    endReasonKind: withReturnHome ? 'return_home' : 'other',
  });
  const olaId = await buildChild(db, { firstName: 'Ola' });
  await placeChild(db, olaId, okafors, {
    startedOn: '2024-01-01',
    endedOn: '2026-05-20',
    endReasonKind: 'adoption',
  });
  const kaiId = await buildChild(db, { firstName: 'Kai' });
  await placeChild(db, kaiId, okafors, {
    startedOn: '2025-06-01',
    endedOn: '2026-05-01',
    endReasonKind: 'planned',
  });
  await seedDemoReunification(ctxFor(db, null, now));
  return { database, hannahId: hannah.id, ids: { miaId, ryanId, olaId, kaiId, ryanPlacement } };
}

const planOf = async (db: Db, childId: string) =>
  (await db.select().from(reunificationPlans).where(eq(reunificationPlans.childId, childId)))[0];
const meetingsOf = (db: Db, childId: string) =>
  db
    .select()
    .from(reunificationCheckins)
    .where(eq(reunificationCheckins.childId, childId))
    .orderBy(asc(reunificationCheckins.heldOn));

describe('the demo plans', () => {
  let world: World & { ids: Record<string, string> };
  beforeAll(async () => {
    world = await buildDemoLike(true);
  });
  afterAll(async () => world.database.drop());

  it('gives Mia a plan working towards home, with goals, steps and two reviews', async () => {
    const { db } = world.database;
    const plan = await planOf(db, world.ids.miaId!);
    expect(plan).toMatchObject({
      status: 'working_towards',
      nextReviewOn: '2026-06-22',
      updatedBy: world.hannahId,
    });
    expect(plan!.supportOffered).toContain('parenting course');
    expect(plan!.supportOffered).toContain('housing');
    expect(plan!.supportOffered).toContain('supervised');
    const steps = await db
      .select()
      .from(reunificationSteps)
      .where(eq(reunificationSteps.childId, world.ids.miaId!));
    const justSteps = steps.filter((step) => step.kind === 'step');
    expect(steps.filter((step) => step.kind === 'goal').length).toBeGreaterThanOrEqual(2);
    expect(justSteps.length).toBeGreaterThanOrEqual(6);
    expect(new Set(justSteps.map((step) => step.who))).toEqual(
      new Set(['family', 'agency', 'together', 'carers']),
    );
    expect(new Set(justSteps.map((step) => step.status))).toEqual(
      new Set(['not_started', 'going', 'done']),
    );
    const reviews = await meetingsOf(db, world.ids.miaId!);
    expect(reviews.map((review) => [review.kind, review.heldOn, review.nextOn])).toEqual([
      ['review', '2026-03-30', '2026-05-11'],
      ['review', '2026-05-11', '2026-06-22'],
    ]);
    expect(reviews.every((review) => review.forFamily.length > 20)).toBe(true);
  });

  it('supports Ryan’s family, home seven weeks, with the next check-in due in a week', async () => {
    const { db } = world.database;
    const plan = await planOf(db, world.ids.ryanId!);
    expect(plan).toMatchObject({
      status: 'home',
      wentHomeOn: '2026-04-13',
      supportEndsOn: supportEndsOn('2026-04-13'),
      supportWorkerId: world.hannahId,
    });
    const checkIns = await meetingsOf(db, world.ids.ryanId!);
    expect(checkIns.map((meeting) => meeting.kind)).toEqual(['check_in', 'check_in']);
    expect(nextCheckInDue(plan!.wentHomeOn!, checkIns)).toBe('2026-06-08');
    const [placement] = await db
      .select({ endedOn: placements.endedOn })
      .from(placements)
      .where(eq(placements.id, world.ids.ryanPlacement!));
    expect(placement!.endedOn).toBe('2026-04-13');
    expect(await planOf(db, world.ids.olaId!)).toBeUndefined();
    expect(await planOf(db, world.ids.kaiId!)).toBeUndefined();
  });
});

describe('without a child who went home', () => {
  it('uses the latest ending in a home Hannah supervises, leaving out adoptions', async () => {
    const world = await buildDemoLike(false);
    const { db } = world.database;
    expect(await planOf(db, world.ids.ryanId!)).toBeUndefined();
    expect(await planOf(db, world.ids.olaId!)).toBeUndefined();
    expect(await planOf(db, world.ids.kaiId!)).toMatchObject({ status: 'home' });
    expect(await planOf(db, world.ids.miaId!)).toMatchObject({ status: 'working_towards' });
    await world.database.drop();
  });
});
