import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import {
  areas,
  localAuthorities,
  placementOffers,
  placements,
  referrals,
  type ReferralStatus,
} from '../../core/db/tables.ts';
import type { ReferralDetails } from './input.ts';

/** A referral as stored. */
export type ReferralRow = typeof referrals.$inferSelect;

/** A referral with the names of its authority and of the areas it mentions. */
export type ReferralRecord = ReferralRow & {
  authorityName: string;
  schoolAreaName: string | null;
  familyTimeAreaName: string | null;
  avoidAreaName: string | null;
};

const schoolArea = alias(areas, 'school_area');
const familyTimeArea = alias(areas, 'family_time_area');
const avoidArea = alias(areas, 'avoid_area');

function selectRecords(db: Db) {
  return db
    .select({
      referral: referrals,
      authorityName: localAuthorities.name,
      schoolAreaName: schoolArea.name,
      familyTimeAreaName: familyTimeArea.name,
      avoidAreaName: avoidArea.name,
    })
    .from(referrals)
    .innerJoin(localAuthorities, eq(localAuthorities.id, referrals.authorityId))
    .leftJoin(schoolArea, eq(schoolArea.id, referrals.schoolAreaId))
    .leftJoin(familyTimeArea, eq(familyTimeArea.id, referrals.familyTimeAreaId))
    .leftJoin(avoidArea, eq(avoidArea.id, referrals.avoidAreaId));
}

function toRecord(row: {
  referral: ReferralRow;
  authorityName: string;
  schoolAreaName: string | null;
  familyTimeAreaName: string | null;
  avoidAreaName: string | null;
}): ReferralRecord {
  const { referral, ...names } = row;
  return { ...referral, ...names };
}

/** A referral the actor's scope includes, with its authority's and areas' names. */
export async function findReferral(
  db: Db,
  actor: Actor,
  id: string,
): Promise<ReferralRecord | null> {
  const [row] = await selectRecords(db).where(and(eq(referrals.id, id), scope(actor, 'referrals')));
  return row ? toRecord(row) : null;
}

/**
 * The households a referral has been offered to: the facts the policy needs to decide who may
 * read it. Unscoped on purpose: it reveals nothing, it only feeds the decision.
 */
export async function unsafeFindOfferedHouseholdIds(db: Db, referralId: string) {
  const rows = await db
    .select({ id: placementOffers.householdId })
    .from(placementOffers)
    .where(eq(placementOffers.referralId, referralId));
  return rows.map((row) => row.id);
}

const listColumns = {
  id: referrals.id,
  reference: referrals.reference,
  status: referrals.status,
  urgency: referrals.urgency,
  careType: referrals.careType,
  neededBy: referrals.neededBy,
  receivedAt: referrals.receivedAt,
  childFirstName: referrals.childFirstName,
  childLastName: referrals.childLastName,
  childDateOfBirth: referrals.childDateOfBirth,
  siblingsCount: referrals.siblingsCount,
  authorityName: localAuthorities.name,
};

const hasStatus = (status: ReferralStatus | undefined): SQL | undefined =>
  status ? eq(referrals.status, status) : undefined;

/** One page of the referrals the actor may see, the newest first. */
export async function findReferralsPage(
  db: Db,
  actor: Actor,
  filter: { status: ReferralStatus | undefined; limit: number; offset: number },
) {
  return db
    .select(listColumns)
    .from(referrals)
    .innerJoin(localAuthorities, eq(localAuthorities.id, referrals.authorityId))
    .where(and(scope(actor, 'referrals'), hasStatus(filter.status)))
    .orderBy(desc(referrals.receivedAt), desc(referrals.reference))
    .limit(filter.limit)
    .offset(filter.offset);
}

/** How many referrals the actor may see with this status (or any). */
export async function countReferrals(
  db: Db,
  actor: Actor,
  status: ReferralStatus | undefined,
): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(referrals)
    .where(and(scope(actor, 'referrals'), hasStatus(status)));
  return toCount(row?.total);
}

/** Where the child went, once placed from this referral: the start and the kind of care only. */
export async function findPlacementOfReferral(db: Db, referralId: string) {
  const [row] = await db
    .select({ startedOn: placements.startedOn, careType: placements.careType })
    .from(placements)
    .where(eq(placements.referralId, referralId))
    .orderBy(desc(placements.startedOn))
    .limit(1);
  return row ?? null;
}

// Any constant works: it keys the advisory lock under which each year's references are numbered.
const REFERENCE_LOCK_SPACE = 7_405_042;

/**
 * Stores a new referral under the next reference of the year (R-2026-0042), worked out in the
 * insert itself. Referrals arriving together take turns for the number: a lock on the year, held
 * until the caller's transaction ends, so the next one counts the last one committed.
 */
export async function insertReferral(
  db: Db,
  values: ReferralDetails & {
    authorityId: string;
    childId: string | null;
    receivedVia: 'staff' | 'api';
    receivedAt: Date;
    createdBy: string | null;
  },
  year: string,
): Promise<{ id: string; reference: string }> {
  const pattern = `^R-${year}-[0-9]+$`;
  const nextReference = sql<string>`(
    SELECT 'R-' || ${year} || '-' || lpad(n::text, greatest(4, length(n::text)), '0')
    FROM (SELECT coalesce(max(split_part(r.reference, '-', 3)::integer), 0) + 1 AS n
          FROM referrals r WHERE r.reference ~ ${pattern}) AS next
  )`;
  // A transaction of its own when the caller has none, so the lock lasts until the insert commits.
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(${REFERENCE_LOCK_SPACE}, ${Number(year)}::integer)`,
    );
    const [row] = await tx
      .insert(referrals)
      .values({ ...values, reference: nextReference, updatedAt: values.receivedAt })
      .returning({ id: referrals.id, reference: referrals.reference });
    return row!;
  });
}

/** Corrects a referral's details. */
export async function updateReferralDetails(
  db: Db,
  id: string,
  values: ReferralDetails & { authorityId: string; childId: string | null },
  at: Date,
): Promise<void> {
  await db
    .update(referrals)
    .set({ ...values, updatedAt: at })
    .where(eq(referrals.id, id));
}

/** Records where the referral stands and what the local authority is told. */
export async function updateReferralResponse(
  db: Db,
  id: string,
  values: { status: ReferralStatus; response: string; handledBy: string | null },
  at: Date,
): Promise<void> {
  await db
    .update(referrals)
    .set({ ...values, respondedAt: at, updatedAt: at })
    .where(eq(referrals.id, id));
}

/** Moves a referral to a status; false when there is no such referral. */
export async function updateReferralStatus(
  db: Db,
  id: string,
  status: ReferralStatus,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(referrals)
    .set({ status, updatedAt: at })
    .where(eq(referrals.id, id))
    .returning({ id: referrals.id });
  return rows.length > 0;
}
