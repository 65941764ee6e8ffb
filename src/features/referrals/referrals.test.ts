import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  actorFor,
  addCarer,
  buildArea,
  buildHousehold,
  buildUser,
  ctxFor,
  type TestUser,
} from '../../../test/support/factories.ts';
import { inTransaction } from '../../core/context.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, referrals } from '../../core/db/tables.ts';
import { NotFound } from '../../core/errors.ts';
import { readReferralForMatching, referralLabel, setReferralStatus } from './index.ts';
import { receiveReferral } from './service.ts';
import * as store from './store.ts';
import { buildAuthority, buildReferral, referralDetails } from './test-kit.ts';

// Priya manages the agency; Sam supervises the Oak household, where Asha is a carer.
let database: Database & { drop: () => Promise<void> };
let priya: TestUser;
let sam: TestUser;
let asha: TestUser;
let northshire: string;
let northfield: string;
const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  priya = await buildUser(db, { role: 'registered_manager' });
  sam = await buildUser(db, { role: 'supervising_social_worker' });
  asha = await buildUser(db, { role: 'foster_carer' });
  await addCarer(db, await buildHousehold(db, { supervisingWorkerId: sam.id }), asha);
  northshire = await buildAuthority(db);
  northfield = await buildArea(db, 'Northfield');
});

afterAll(async () => {
  await database.drop();
});

const ctxOf = async (user: TestUser) => ctxFor(database.db, await actorFor(database.db, user), now);

describe('references', () => {
  it('number each year’s referrals in turn, and start again in a new year', async () => {
    const ctx = await ctxOf(priya);
    const first = await receiveReferral(ctx, {
      ...referralDetails(),
      authorityId: northshire,
      childId: null,
    });
    const second = await receiveReferral(ctx, {
      ...referralDetails(),
      authorityId: northshire,
      childId: null,
    });
    expect([first.reference, second.reference]).toEqual(['R-2026-0001', 'R-2026-0002']);
    const nextYear = await receiveReferral(
      { ...ctx, now: new Date('2027-01-04T09:00:00Z') },
      { ...referralDetails(), authorityId: northshire, childId: null },
    );
    expect(nextYear.reference).toBe('R-2027-0001');
  });

  it('stay unique when referrals arrive at the same moment', async () => {
    const ctx = await ctxOf(sam);
    const created = await Promise.all(
      Array.from({ length: 6 }, () =>
        receiveReferral(ctx, { ...referralDetails(), authorityId: northshire, childId: null }),
      ),
    );
    const references = created.map((each) => each.reference);
    expect(new Set(references).size).toBe(6);
    expect(references.every((reference) => /^R-2026-\d{4}$/.test(reference))).toBe(true);
  });

  it('carry on past 9999 without cutting a digit', async () => {
    const db = database.db;
    const id = await buildReferral(db, northshire);
    await db.update(referrals).set({ reference: 'R-2030-9999' }).where(eq(referrals.id, id));
    const next = await store.insertReferral(
      db,
      {
        ...referralDetails(),
        authorityId: northshire,
        childId: null,
        receivedVia: 'staff',
        receivedAt: now,
        createdBy: null,
      },
      '2030',
    );
    expect(next.reference).toBe('R-2030-10000');
  });
});

describe('reading a referral for matching', () => {
  it('gives placing staff the referral with its areas’ names, and audits the read', async () => {
    const id = await buildReferral(database.db, northshire, { schoolAreaId: northfield });
    const referral = await readReferralForMatching(await ctxOf(sam), id);
    expect(referral).toMatchObject({
      id,
      childFirstName: 'Mia',
      schoolAreaName: 'Northfield',
      familyTimeAreaName: null,
      authorityName: 'Northshire County Council',
    });
    const reads = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'referral.read'), eq(auditEvents.recordId, id)));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorId: sam.id, recordType: 'referral', outcome: 'done' });
  });

  it('tells a carer the referral does not exist, and keeps the refusal', async () => {
    const id = await buildReferral(database.db, northshire);
    await expect(readReferralForMatching(await ctxOf(asha), id)).rejects.toThrow(NotFound);
    const [refusal] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'referral.read'), eq(auditEvents.recordId, id)));
    expect(refusal).toMatchObject({ actorId: asha.id, outcome: 'refused' });
  });
});

describe('setting a referral’s status from matching', () => {
  it('moves it inside the caller’s transaction, and rolls back with it', async () => {
    const id = await buildReferral(database.db, northshire);
    const ctx = await ctxOf(sam);
    await inTransaction(ctx, (tx) => setReferralStatus(tx, id, 'offered'));
    const statusOf = async () =>
      (
        await database.db
          .select({ status: referrals.status })
          .from(referrals)
          .where(eq(referrals.id, id))
      )[0]!.status;
    expect(await statusOf()).toBe('offered');

    await expect(
      inTransaction(ctx, async (tx) => {
        await setReferralStatus(tx, id, 'placed');
        throw new Error('the placement could not start');
      }),
    ).rejects.toThrow('the placement could not start');
    expect(await statusOf()).toBe('offered');
  });

  it('refuses a referral that does not exist', async () => {
    const ctx = await ctxOf(sam);
    await expect(
      inTransaction(ctx, (tx) =>
        setReferralStatus(tx, '00000000-0000-4000-8000-000000000000', 'placed'),
      ),
    ).rejects.toThrow(NotFound);
  });
});

describe('the label for a referral', () => {
  it.each([
    [{ first: 'Mia', last: 'Price', born: '2017-03-14' }, 'Mia P., 9'],
    [{ first: 'Kai', last: 'brennan', born: '2012-11-23' }, 'Kai B., 14'],
    [{ first: 'Ava', last: ' ', born: '2026-01-01' }, 'Ava, 0'],
  ])('%j reads %s', (child, label) => {
    expect(
      referralLabel(
        { childFirstName: child.first, childLastName: child.last, childDateOfBirth: child.born },
        '2026-11-23',
      ),
    ).toBe(label);
  });
});
