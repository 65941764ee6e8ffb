import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  actorFor,
  buildChild,
  buildHousehold,
  buildUser,
  ctxFor,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import {
  auditEvents,
  householdMembers,
  matchingExclusions,
  referralShortlist,
} from '../../core/db/tables.ts';
import { Invalid } from '../../core/errors.ts';
import { findCandidates, findTurnedAway } from './candidate-store.ts';
import { candidateQueryFor, countTurnedAway } from './cheap-rules-sql.ts';
import { checkHardRules } from './hard-rules.ts';
import { compareHouseholds, shortlistHousehold, showMatches } from './matching-service.ts';
import { buildAreaAt, buildAuthority, buildReferral, completeCourse } from './test-kit.ts';

let database: Database & { drop: () => Promise<void> };
let hannah: TestUser;
let authority: string;
let riverside: string;
let eastbrook: string;
const clock = new Date('2026-11-23T10:00:00Z');
const homes: Record<string, string> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  hannah = await buildUser(db, { role: 'supervising_social_worker', name: 'Hannah Kowalski' });
  authority = await buildAuthority(db);
  riverside = await buildAreaAt(db, 'Riverside', { latitude: 52.4, longitude: -1.9 });
  const northfield = await buildAreaAt(db, 'Northfield', { latitude: 52.48, longitude: -1.89 });
  eastbrook = await buildAreaAt(db, 'Eastbrook', { latitude: 52.45, longitude: -1.7 });
  const longTerm = { careTypes: ['long_term' as const, 'short_term' as const] };
  homes.okafor = await buildHousehold(db, {
    reference: 'HH-001',
    name: 'The Okafor household',
    areaId: riverside,
    ...longTerm,
    skills: ['attachment', 'trauma'],
  });
  homes.patel = await buildHousehold(db, {
    reference: 'HH-002',
    name: 'The Patel household',
    areaId: northfield,
    ...longTerm,
  });
  const [patelCarer] = await db
    .insert(householdMembers)
    .values({ householdId: homes.patel, firstName: 'Ravi', lastName: 'Patel', memberRole: 'carer' })
    .returning({ id: householdMembers.id });
  await completeCourse(db, patelCarer!.id, ['attachment']);
  homes.full = await buildHousehold(db, {
    reference: 'HH-003',
    name: 'The Full household',
    areaId: northfield,
    ...longTerm,
    maxChildren: 1,
  });
  await placeChild(db, await buildChild(db), homes.full);
  homes.young = await buildHousehold(db, {
    reference: 'HH-004',
    name: 'The Young household',
    ...longTerm,
    ageTo: 8,
  });
  homes.shortOnly = await buildHousehold(db, {
    reference: 'HH-005',
    name: 'The Brief household',
    careTypes: ['short_term'],
  });
  homes.eastbrook = await buildHousehold(db, {
    reference: 'HH-006',
    name: 'The Eastbrook household',
    areaId: eastbrook,
    ...longTerm,
  });
  homes.onHold = await buildHousehold(db, {
    reference: 'HH-007',
    name: 'The Resting household',
    status: 'on_hold',
    ...longTerm,
  });
  homes.excluded = await buildHousehold(db, {
    reference: 'HH-008',
    name: 'The Careful household',
    ...longTerm,
    excludedNeeds: ['trauma'],
  });
});
afterAll(async () => {
  await database.drop();
});

const asHannah = async () => ctxFor(database.db, await actorFor(database.db, hannah), clock);

describe('ranking the households for a referral', () => {
  it('ranks only the households that fit, and says why each other one does not', async () => {
    const referralId = await buildReferral(database.db, authority, {
      schoolAreaId: riverside,
      avoidAreaId: eastbrook,
    });

    const view = await showMatches(await asHannah(), referralId);

    expect(view.ranked.map((entry) => entry.candidate.name)).toEqual([
      'The Okafor household',
      'The Patel household',
    ]);
    const okafor = view.ranked[0]!;
    expect(okafor.score.factors[0]!.sentence).toBe(
      'Has experience of 2 of 2 needs (attachment, trauma)',
    );
    expect(view.ranked[1]!.score.factors[0]!.sentence).toBe(
      'Has no recorded experience of Mia’s 2 needs, but training in 1 (attachment)',
    );
    const reasons = Object.fromEntries(
      view.notEligible.listed.map((entry) => [
        entry.candidate.name,
        entry.reasons.map((r) => r.text),
      ]),
    );
    expect(reasons).toEqual({
      'The Full household': ['No vacancy: 1 of 1 places filled'],
      'The Young household': ['Approved for ages 0–8; Mia is 9'],
      'The Brief household': ['Not approved for long-term care'],
      'The Eastbrook household': ['Lives in the area the child must be kept away from'],
      'The Resting household': ['Not approved at the moment: on hold'],
      'The Careful household': ['Cannot be matched with trauma (safeguarding)'],
    });
    expect(view.notEligible.total).toBe(6);
    expect(Object.fromEntries(view.notEligible.byRule)).toEqual({
      vacancy: 1,
      age: 1,
      care_type: 1,
      avoid_area: 1,
      status: 1,
      excluded_need: 1,
    });
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'matching.ranked'), eq(auditEvents.recordId, referralId)));
    expect(audit).toMatchObject({ recordType: 'referral', actorId: hannah.id, outcome: 'done' });
  });

  it('shows a household the database lets through but the rules refuse as not eligible, never ranked', async () => {
    const referralId = await buildReferral(database.db, authority);
    const child = await buildChild(database.db, { firstName: 'Mia' });
    await database.db.insert(matchingExclusions).values({
      childId: child,
      householdId: homes.okafor!,
      reason: 'A relative of the carers is known to Mia’s family',
    });
    const linked = await buildReferral(database.db, authority, { childId: child });

    const view = await showMatches(await asHannah(), linked);

    expect(view.ranked.map((entry) => entry.candidate.name)).not.toContain('The Okafor household');
    const okafor = view.notEligible.listed.find((entry) => entry.candidate.id === homes.okafor);
    expect(okafor?.reasons.map((reason) => reason.text)).toEqual([
      'Must not be matched with this child (recorded exclusion: A relative of the carers is known to Mia’s family)',
    ]);
    const unlinked = await showMatches(await asHannah(), referralId);
    expect(unlinked.ranked.map((entry) => entry.candidate.name)).toContain('The Okafor household');
  });

  it('weighs a household that has cared for the child before', async () => {
    const child = await buildChild(database.db, { firstName: 'Mia' });
    await placeChild(database.db, child, homes.patel!, {
      startedOn: '2023-01-01',
      endedOn: '2024-01-01',
    });
    const referralId = await buildReferral(database.db, authority, { childId: child, needs: [] });

    const view = await showMatches(await asHannah(), referralId);

    const patel = view.ranked.find((entry) => entry.candidate.id === homes.patel)!;
    expect(patel.score.factors.at(-1)!.sentence).toBe('Has cared for Mia before');
    expect(patel.rank).toBe(1);
  });

  it('keeps brothers and sisters together: the group must fit the places and the terms', async () => {
    const referralId = await buildReferral(database.db, authority, {
      siblingsCount: 1,
      siblingsAges: [7],
      siblingsTogether: true,
    });

    const view = await showMatches(await asHannah(), referralId);

    expect(view.ranked).toEqual([]);
    const okafor = view.notEligible.listed.find((entry) => entry.candidate.id === homes.okafor);
    expect(okafor?.reasons.map((reason) => reason.text)).toEqual([
      'Approved for brothers and sisters up to 1; this referral is 2 children to be kept together',
    ]);
  });

  it('adds a household to the shortlist with its rank and score, and refuses one that cannot be matched', async () => {
    const referralId = await buildReferral(database.db, authority);
    const ctx = await asHannah();

    await shortlistHousehold(ctx, referralId, homes.patel!);

    const [entry] = await database.db
      .select()
      .from(referralShortlist)
      .where(eq(referralShortlist.referralId, referralId));
    expect(entry).toMatchObject({ householdId: homes.patel, rank: 2, addedBy: hannah.id });
    await expect(shortlistHousehold(ctx, referralId, homes.full!)).rejects.toThrow(Invalid);
  });

  it('compares households in their ranked order', async () => {
    const referralId = await buildReferral(database.db, authority);

    const comparison = await compareHouseholds(await asHannah(), referralId, [
      homes.patel!,
      homes.okafor!,
    ]);

    expect(comparison.entries.map((entry) => entry.rank)).toEqual([1, 2]);
    expect(comparison.entries[0]!.candidate.name).toBe('The Okafor household');
    await expect(
      compareHouseholds(await asHannah(), referralId, [homes.patel!, homes.young!]),
    ).rejects.toThrow(Invalid);
  });
});

describe('the database’s first check agrees with the rules', () => {
  it('turns away exactly the households the rules refuse for the cheap reasons, and counts them the same', async () => {
    const db = database.db;
    const area = await buildAreaAt(db, 'Hillcrest', null);
    // Every combination of the cheap terms that matter, around a 9-year-old needing long-term care.
    let n = 0;
    for (const status of ['approved', 'on_hold'] as const) {
      for (const careTypes of [['long_term' as const], ['short_term' as const]]) {
        for (const [ageFrom, ageTo] of [
          [0, 18],
          [10, 18],
          [null, null],
          [0, 9],
        ] as const) {
          for (const [maxChildren, placed] of [
            [2, 0],
            [1, 1],
            [null, 0],
            [2, 1],
          ] as const) {
            n += 1;
            const id = await buildHousehold(db, {
              reference: `AG-${String(n).padStart(3, '0')}`,
              status,
              careTypes,
              ageFrom,
              ageTo,
              maxChildren,
              areaId: n % 3 === 0 ? area : null,
            });
            for (let i = 0; i < placed; i += 1) await placeChild(db, await buildChild(db), id);
          }
        }
      }
    }
    const referralId = await buildReferral(db, authority, { avoidAreaId: area });
    const view = await showMatches(await asHannah(), referralId);
    const query = candidateQueryFor(view.child, '2026-11-23');
    const cheapKinds = ['status', 'care_type', 'age', 'vacancy', 'siblings', 'avoid_area'];
    const kindsOf = (candidate: { terms: Parameters<typeof checkHardRules>[1] }) => {
      const result = checkHardRules(view.child, candidate.terms);
      return new Set(result.isEligible ? [] : result.reasons.map((reason) => reason.kind));
    };

    const passed = await findCandidates(db, query);
    const turnedAway = await findTurnedAway(db, query, 10_000);
    const counted = await countTurnedAway(db, query);

    expect(passed.length + turnedAway.length).toBeGreaterThan(n);
    for (const candidate of passed) {
      expect([...kindsOf(candidate)].filter((kind) => cheapKinds.includes(kind))).toEqual([]);
    }
    const counts = new Map<string, number>();
    for (const candidate of turnedAway) {
      const kinds = [...kindsOf(candidate)].filter((kind) => cheapKinds.includes(kind));
      expect(kinds.length, candidate.reference).toBeGreaterThan(0);
      for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    expect(counted.total).toBe(turnedAway.length);
    expect(Object.fromEntries(counted.byRule)).toEqual(Object.fromEntries(counts));
  });
});
