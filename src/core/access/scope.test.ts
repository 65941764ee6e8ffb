import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  actorFor,
  addCarer,
  buildChild,
  buildHousehold,
  buildUser,
  linkBirthParent,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../db/connect.ts';
import { children, householdMembers, households } from '../db/tables.ts';
import type { Actor } from './actor.ts';
import { can } from './policy.ts';
import { scope } from './scope.ts';
import { localAuthorities, placementOffers, referrals } from '../db/tables.ts';
import { and, desc } from 'drizzle-orm';
import { dailyRecords, placements } from '../db/tables.ts';

// The agency: Sam supervises Oak (Asha, with Leo and Mia) and Hazel (Kim, a kinship carer, with
// Ava); Sara supervises Elm (Ben, with Noah, who lived at Oak before). Zoe lived at Elm and has gone
// home. The Birch household, Ola's, is applying. Lena is Leo's mother; Noah has his own account.
let database: Database & { drop: () => Promise<void> };
const people: Record<string, TestUser> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  const user = async (key: string, role: TestUser['role']) => {
    people[key] = await buildUser(db, { role, name: `${key} Tester` });
    return people[key]!;
  };
  for (const [key, role] of [
    ['priya', 'registered_manager'],
    ['alex', 'administrator'],
    ['tom', 'training_coordinator'],
    ['rita', 'recruitment_officer'],
    ['lena', 'birth_parent'],
    ['noah', 'young_person'],
  ] as const) {
    await user(key, role);
  }
  const sam = await user('sam', 'supervising_social_worker');
  const sara = await user('sara', 'supervising_social_worker');

  const oak = await buildHousehold(db, { name: 'Oak', supervisingWorkerId: sam.id });
  const elm = await buildHousehold(db, { name: 'Elm', supervisingWorkerId: sara.id });
  const hazel = await buildHousehold(db, {
    name: 'Hazel',
    careKind: 'kinship',
    supervisingWorkerId: sam.id,
  });
  const birch = await buildHousehold(db, { name: 'Birch', status: 'applicant', approvedOn: null });
  await addCarer(db, oak, await user('asha', 'foster_carer'));
  await addCarer(db, elm, await user('ben', 'foster_carer'));
  await addCarer(db, hazel, await user('kim', 'kinship_carer'));
  await addCarer(db, birch, await user('ola', 'foster_carer'));

  const leo = await buildChild(db, { firstName: 'Leo' });
  const mia = await buildChild(db, { firstName: 'Mia' });
  const noah = await buildChild(db, { firstName: 'Noah', youngPersonUserId: people.noah!.id });
  const ava = await buildChild(db, { firstName: 'Ava' });
  const zoe = await buildChild(db, { firstName: 'Zoe' });
  await placeChild(db, leo, oak);
  await placeChild(db, mia, oak);
  await placeChild(db, noah, oak, { startedOn: '2023-02-01', endedOn: '2024-05-01' });
  await placeChild(db, noah, elm, { startedOn: '2024-05-01' });
  await placeChild(db, ava, hazel, { careType: 'short_term' });
  await placeChild(db, zoe, elm, { startedOn: '2022-01-01', endedOn: '2025-09-30' });
  await linkBirthParent(db, leo, people.lena!);
});

afterAll(async () => {
  await database.drop();
});

async function actorNamed(key: string): Promise<Actor> {
  return actorFor(database.db, people[key]!);
}

async function childIdsInScope(actor: Actor): Promise<string[]> {
  const rows = await database.db
    .select({ id: children.id })
    .from(children)
    .where(scope(actor, 'children'));
  return rows.map((row) => row.id).sort();
}

async function childIdsThePolicyAllows(actor: Actor): Promise<string[]> {
  const rows = await database.db.select({ id: children.id }).from(children);
  return rows
    .filter((row) => can(actor, 'child.read', { kind: 'child', id: row.id }).allowed)
    .map((row) => row.id)
    .sort();
}

async function householdIdsInScope(actor: Actor): Promise<string[]> {
  const rows = await database.db
    .select({ id: households.id })
    .from(households)
    .where(scope(actor, 'households'));
  return rows.map((row) => row.id).sort();
}

async function householdIdsThePolicyAllows(actor: Actor): Promise<string[]> {
  const rows = await database.db
    .select({ id: households.id, status: households.status })
    .from(households);
  return rows
    .filter(
      (row) =>
        can(actor, 'household.read', { kind: 'household', id: row.id, status: row.status }).allowed,
    )
    .map((row) => row.id)
    .sort();
}

async function carerIdsInScope(actor: Actor): Promise<string[]> {
  const rows = await database.db
    .select({ id: householdMembers.id })
    .from(householdMembers)
    .where(scope(actor, 'carers'));
  return rows.map((row) => row.id).sort();
}

async function carerIdsThePolicyAllows(actor: Actor): Promise<string[]> {
  const rows = await database.db
    .select({ id: householdMembers.id, householdId: householdMembers.householdId })
    .from(householdMembers)
    .where(eq(householdMembers.memberRole, 'carer'));
  return rows
    .filter(
      (row) =>
        can(actor, 'training.read_record', {
          kind: 'carer',
          id: row.id,
          householdId: row.householdId,
        }).allowed,
    )
    .map((row) => row.id)
    .sort();
}

async function namesOf(table: 'children' | 'households', ids: string[]): Promise<string[]> {
  const rows =
    table === 'children'
      ? await database.db.select({ id: children.id, name: children.firstName }).from(children)
      : await database.db.select({ id: households.id, name: households.name }).from(households);
  return rows
    .filter((row) => ids.includes(row.id))
    .map((row) => row.name)
    .sort();
}

const EVERYONE = [
  'priya',
  'alex',
  'tom',
  'rita',
  'sam',
  'sara',
  'asha',
  'ben',
  'kim',
  'ola',
  'lena',
  'noah',
];

describe('lists and single records agree', () => {
  it.each(EVERYONE)(
    '%s: the children a list selects are the children the policy lets them read',
    async (key) => {
      const actor = await actorNamed(key);
      expect(await childIdsInScope(actor)).toEqual(await childIdsThePolicyAllows(actor));
    },
  );

  it.each(EVERYONE)(
    '%s: the households a list selects are the ones the policy lets them read',
    async (key) => {
      const actor = await actorNamed(key);
      expect(await householdIdsInScope(actor)).toEqual(await householdIdsThePolicyAllows(actor));
    },
  );
});

describe('carers’ training records: lists and single records agree', () => {
  it.each(EVERYONE)(
    '%s: the carers a list selects are the ones whose training they may read',
    async (key) => {
      const actor = await actorNamed(key);
      expect(await carerIdsInScope(actor)).toEqual(await carerIdsThePolicyAllows(actor));
    },
  );

  it('the training coordinator reaches every carer; a carer reaches only their own household', async () => {
    expect(await carerIdsInScope(await actorNamed('tom'))).toHaveLength(4);
    expect(await carerIdsInScope(await actorNamed('asha'))).toHaveLength(1);
    expect(await carerIdsInScope(await actorNamed('sam'))).toHaveLength(2);
    expect(await carerIdsInScope(await actorNamed('lena'))).toEqual([]);
  });
});

describe('what each person’s lists hold', () => {
  it.each([
    ['priya', ['Ava', 'Leo', 'Mia', 'Noah', 'Zoe'], ['Birch', 'Elm', 'Hazel', 'Oak']],
    ['alex', [], []],
    ['tom', [], []],
    ['rita', [], ['Birch']],
    ['sam', ['Ava', 'Leo', 'Mia'], ['Hazel', 'Oak']],
    ['sara', ['Noah'], ['Elm']],
    ['asha', ['Leo', 'Mia'], ['Oak']],
    ['ben', ['Noah'], ['Elm']],
    ['kim', ['Ava'], ['Hazel']],
    ['ola', [], ['Birch']],
    ['lena', [], []],
    ['noah', [], []],
  ])('%s sees children %j and households %j', async (key, childNames, householdNames) => {
    const actor = await actorNamed(key);
    expect(await namesOf('children', await childIdsInScope(actor))).toEqual(childNames);
    expect(await namesOf('households', await householdIdsInScope(actor))).toEqual(householdNames);
  });
});

// Daily records: Asha wrote about Leo and Mia, and about Noah while he lived at Oak; Ben writes
// about Noah at Elm and wrote about Zoe before she went home; Kim writes about Ava. What Asha wrote
// about Noah stays hers after he moved; the record Noah's new home keeps does not become hers.
describe('daily records: lists and single records agree', () => {
  const recordIds: Record<string, string> = {};

  beforeAll(async () => {
    const db = database.db;
    const write = async (key: string, author: string, childName: string, homeName: string) => {
      const [child] = await db
        .select({ id: children.id })
        .from(children)
        .where(eq(children.firstName, childName));
      const [home] = await db
        .select({ id: households.id })
        .from(households)
        .where(eq(households.name, homeName));
      const [placement] = await db
        .select({ id: placements.id })
        .from(placements)
        .where(and(eq(placements.childId, child!.id), eq(placements.householdId, home!.id)))
        .orderBy(desc(placements.startedOn))
        .limit(1);
      const [row] = await db
        .insert(dailyRecords)
        .values({
          childId: child!.id,
          householdId: home!.id,
          placementId: placement!.id,
          authorId: people[author]!.id,
          kind: 'daily_log',
          occurredOn: '2024-04-20',
          body: `${author} about ${childName}`,
        })
        .returning({ id: dailyRecords.id });
      recordIds[key] = row!.id;
    };
    await write('ashaOnLeo', 'asha', 'Leo', 'Oak');
    await write('ashaOnMia', 'asha', 'Mia', 'Oak');
    await write('ashaOnNoahBefore', 'asha', 'Noah', 'Oak');
    await write('benOnNoah', 'ben', 'Noah', 'Elm');
    await write('benOnZoeBefore', 'ben', 'Zoe', 'Elm');
    await write('kimOnAva', 'kim', 'Ava', 'Hazel');
  });

  async function recordKeysInScope(actor: Actor): Promise<string[]> {
    const rows = await database.db
      .select({ id: dailyRecords.id })
      .from(dailyRecords)
      .where(scope(actor, 'daily_records'));
    return keysOf(rows.map((row) => row.id));
  }

  async function recordKeysThePolicyAllows(actor: Actor): Promise<string[]> {
    const rows = await database.db.select().from(dailyRecords);
    return keysOf(
      rows
        .filter(
          (row) =>
            can(actor, 'daily_record.read', {
              kind: 'daily_record',
              id: row.id,
              childId: row.childId,
              householdId: row.householdId,
              authorId: row.authorId,
            }).allowed,
        )
        .map((row) => row.id),
    );
  }

  const keysOf = (ids: string[]) =>
    Object.entries(recordIds)
      .filter(([, id]) => ids.includes(id))
      .map(([key]) => key)
      .sort();

  it.each(EVERYONE)(
    '%s: the daily records a list selects are the ones the policy lets them read',
    async (key) => {
      const actor = await actorNamed(key);
      expect(await recordKeysInScope(actor)).toEqual(await recordKeysThePolicyAllows(actor));
    },
  );

  it.each([
    [
      'priya',
      ['ashaOnLeo', 'ashaOnMia', 'ashaOnNoahBefore', 'benOnNoah', 'benOnZoeBefore', 'kimOnAva'],
    ],
    ['sam', ['ashaOnLeo', 'ashaOnMia', 'ashaOnNoahBefore', 'kimOnAva']],
    ['sara', ['ashaOnNoahBefore', 'benOnNoah', 'benOnZoeBefore']],
    ['asha', ['ashaOnLeo', 'ashaOnMia', 'ashaOnNoahBefore']],
    ['ben', ['ashaOnNoahBefore', 'benOnNoah', 'benOnZoeBefore']],
    ['kim', ['kimOnAva']],
    ...['alex', 'tom', 'rita', 'ola', 'lena', 'noah'].map((key): [string, string[]] => [key, []]),
  ])('%s sees the daily records %j', async (key, expected) => {
    expect(await recordKeysInScope(await actorNamed(key))).toEqual(expected);
  });
});

// Referrals: two councils' referrals for Rio and Sky; Rio's has been offered to Oak. The staff who
// place children see both; Asha, at Oak, sees only Rio's; nobody else sees either.
describe('referrals: lists and single records agree', () => {
  const referralIds: Record<string, string> = {};

  beforeAll(async () => {
    const db = database.db;
    const [council] = await db
      .insert(localAuthorities)
      .values({ name: 'Scope Test Council' })
      .returning({ id: localAuthorities.id });
    for (const [index, name] of ['Rio', 'Sky'].entries()) {
      const [row] = await db
        .insert(referrals)
        .values({
          reference: `R-2026-900${index}`,
          authorityId: council!.id,
          receivedVia: 'staff',
          childFirstName: name,
          childLastName: 'Test',
          childDateOfBirth: '2016-01-01',
          careType: 'long_term',
          urgency: 'planned',
        })
        .returning({ id: referrals.id });
      referralIds[name] = row!.id;
    }
    const [oak] = await db
      .select({ id: households.id })
      .from(households)
      .where(eq(households.name, 'Oak'));
    await db.insert(placementOffers).values({
      referralId: referralIds.Rio!,
      householdId: oak!.id,
      sharedBy: people.sam!.id,
    });
  });

  const namesOfReferrals = (ids: string[]) =>
    Object.entries(referralIds)
      .filter(([, id]) => ids.includes(id))
      .map(([name]) => name)
      .sort();

  async function referralsInScope(actor: Actor): Promise<string[]> {
    const rows = await database.db
      .select({ id: referrals.id })
      .from(referrals)
      .where(scope(actor, 'referrals'));
    return namesOfReferrals(rows.map((row) => row.id));
  }

  async function referralsThePolicyAllows(actor: Actor): Promise<string[]> {
    const rows = await database.db.select({ id: referrals.id }).from(referrals);
    const offers = await database.db.select().from(placementOffers);
    return namesOfReferrals(
      rows
        .filter(
          (row) =>
            can(actor, 'referral.read_offer', {
              kind: 'referral',
              id: row.id,
              offeredHouseholdIds: offers
                .filter((offer) => offer.referralId === row.id)
                .map((offer) => offer.householdId),
            }).allowed,
        )
        .map((row) => row.id),
    );
  }

  it.each(EVERYONE)(
    '%s: the referrals a list selects are the ones whose offer the policy lets them read',
    async (key) => {
      const actor = await actorNamed(key);
      expect(await referralsInScope(actor)).toEqual(await referralsThePolicyAllows(actor));
    },
  );

  it.each([
    ['priya', ['Rio', 'Sky']],
    ['sam', ['Rio', 'Sky']],
    ['sara', ['Rio', 'Sky']],
    ['asha', ['Rio']],
    ...['alex', 'tom', 'rita', 'ben', 'kim', 'ola', 'lena', 'noah'].map(
      (key): [string, string[]] => [key, []],
    ),
  ])('%s sees the referrals %j', async (key, expected) => {
    expect(await referralsInScope(await actorNamed(key))).toEqual(expected);
  });
});
