// The SQL for a referral as matching reads it, the agency's weights, the shortlist and the
// decision. Referrals, weights and shortlists are read by placing staff who may see every referral
// (matching.run), so no per-person scope narrows them; the carers' side is in offer-store.ts.
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../core/db/connect.ts';
import {
  areas,
  children,
  households,
  localAuthorities,
  matchingDecisions,
  matchingWeights,
  referralShortlist,
  referrals,
  type ReferralStatus,
  type ReferralUrgency,
} from '../../core/db/tables.ts';
import { DEFAULT_WEIGHTS, FACTORS, type FactorKey, type Weights } from './factors.ts';
import type { ReferralFacts } from './referral-child.ts';

/** A referral with everything matching and its pages show, including its areas by name. */
export type ReferralRecord = ReferralFacts & {
  status: ReferralStatus;
  urgency: ReferralUrgency;
  authorityName: string;
  childGender: string;
  needsSummary: string;
  schoolAreaId: string | null;
  schoolAreaName: string | null;
  familyTimeAreaId: string | null;
  familyTimeAreaName: string | null;
  avoidAreaName: string | null;
  socialWorkerName: string;
  socialWorkerEmail: string;
  socialWorkerPhone: string;
};

const schoolArea = alias(areas, 'school_area');
const familyTimeArea = alias(areas, 'family_time_area');
const avoidArea = alias(areas, 'avoid_area');

/** One referral with the positions and names of its areas, or null. */
export async function findReferral(db: Db, id: string): Promise<ReferralRecord | null> {
  const [row] = await db
    .select({
      id: referrals.id,
      reference: referrals.reference,
      status: referrals.status,
      urgency: referrals.urgency,
      authorityName: localAuthorities.name,
      childId: referrals.childId,
      childFirstName: referrals.childFirstName,
      childLastName: referrals.childLastName,
      childDateOfBirth: referrals.childDateOfBirth,
      childGender: referrals.childGender,
      childLanguages: referrals.childLanguages,
      childFaith: referrals.childFaith,
      childEthnicity: referrals.childEthnicity,
      siblingsCount: referrals.siblingsCount,
      siblingsTogether: referrals.siblingsTogether,
      siblingsAges: referrals.siblingsAges,
      careType: referrals.careType,
      neededBy: referrals.neededBy,
      needs: referrals.needs,
      needsSummary: referrals.needsSummary,
      schoolName: referrals.schoolName,
      schoolAreaId: referrals.schoolAreaId,
      schoolAreaName: schoolArea.name,
      schoolLatitude: referrals.schoolLatitude,
      schoolLongitude: referrals.schoolLongitude,
      schoolAreaLatitude: schoolArea.latitude,
      schoolAreaLongitude: schoolArea.longitude,
      familyTimeAreaId: referrals.familyTimeAreaId,
      familyTimeAreaName: familyTimeArea.name,
      familyTimeLatitude: referrals.familyTimeLatitude,
      familyTimeLongitude: referrals.familyTimeLongitude,
      familyTimeAreaLatitude: familyTimeArea.latitude,
      familyTimeAreaLongitude: familyTimeArea.longitude,
      avoidAreaId: referrals.avoidAreaId,
      avoidAreaName: avoidArea.name,
      prefersOnlyChild: referrals.prefersOnlyChild,
      socialWorkerName: referrals.socialWorkerName,
      socialWorkerEmail: referrals.socialWorkerEmail,
      socialWorkerPhone: referrals.socialWorkerPhone,
    })
    .from(referrals)
    .innerJoin(localAuthorities, eq(localAuthorities.id, referrals.authorityId))
    .leftJoin(schoolArea, eq(schoolArea.id, referrals.schoolAreaId))
    .leftJoin(familyTimeArea, eq(familyTimeArea.id, referrals.familyTimeAreaId))
    .leftJoin(avoidArea, eq(avoidArea.id, referrals.avoidAreaId))
    .where(eq(referrals.id, id));
  return row ?? null;
}

/** What the agency tells the local authority about a referral (shown to them through the API). */
export async function saveReferralResponse(
  db: Db,
  id: string,
  response: string,
  at: Date,
): Promise<void> {
  await db
    .update(referrals)
    .set({ response, respondedAt: at, updatedAt: at })
    .where(eq(referrals.id, id));
}

/** Links a referral to the child's record. */
export async function linkReferralChild(db: Db, id: string, childId: string): Promise<void> {
  await db.update(referrals).set({ childId }).where(eq(referrals.id, id));
}

/** The agency's weights; a factor with no row counts for nothing. */
export async function findWeights(db: Db): Promise<Weights> {
  const rows = await db.select().from(matchingWeights);
  const weights = Object.fromEntries(FACTORS.map((factor) => [factor, 0])) as Weights;
  for (const row of rows) {
    if ((FACTORS as readonly string[]).includes(row.factor)) {
      weights[row.factor as FactorKey] = row.weight;
    }
  }
  return rows.length === 0 ? { ...DEFAULT_WEIGHTS } : weights;
}

/** Saves every factor's weight. */
export async function saveWeights(db: Db, weights: Weights, by: string, at: Date): Promise<void> {
  for (const factor of FACTORS) {
    await db
      .insert(matchingWeights)
      .values({ factor, weight: weights[factor], updatedBy: by, updatedAt: at })
      .onConflictDoUpdate({
        target: matchingWeights.factor,
        set: { weight: weights[factor], updatedBy: by, updatedAt: at },
      });
  }
}

/** A household on a referral's shortlist. */
export type ShortlistEntry = {
  householdId: string;
  reference: string;
  name: string;
  rank: number;
  score: number;
  addedAt: Date;
};

/** The households shortlisted for a referral, in the order of their rank when added. */
export async function findShortlist(db: Db, referralId: string): Promise<ShortlistEntry[]> {
  return db
    .select({
      householdId: referralShortlist.householdId,
      reference: households.reference,
      name: households.name,
      rank: referralShortlist.rank,
      score: referralShortlist.score,
      addedAt: referralShortlist.addedAt,
    })
    .from(referralShortlist)
    .innerJoin(households, eq(households.id, referralShortlist.householdId))
    .where(eq(referralShortlist.referralId, referralId))
    .orderBy(asc(referralShortlist.rank), asc(households.reference));
}

/** Adds a household to the shortlist, or brings its rank and score up to date. */
export async function upsertShortlist(
  db: Db,
  entry: {
    referralId: string;
    householdId: string;
    rank: number;
    score: number;
    by: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insert(referralShortlist)
    .values({
      referralId: entry.referralId,
      householdId: entry.householdId,
      rank: entry.rank,
      score: entry.score,
      addedBy: entry.by,
      addedAt: entry.at,
    })
    .onConflictDoUpdate({
      target: [referralShortlist.referralId, referralShortlist.householdId],
      set: { rank: entry.rank, score: entry.score },
    });
}

/** The decision recorded for a referral, or null while none is. */
export async function findDecision(
  db: Db,
  referralId: string,
): Promise<typeof matchingDecisions.$inferSelect | null> {
  const [row] = await db
    .select()
    .from(matchingDecisions)
    .where(eq(matchingDecisions.referralId, referralId));
  return row ?? null;
}

/** Records the worker's choice, with the ranking and the weights as they stood. */
export async function insertDecision(
  db: Db,
  decision: typeof matchingDecisions.$inferInsert,
): Promise<string> {
  const [row] = await db
    .insert(matchingDecisions)
    .values(decision)
    .returning({ id: matchingDecisions.id });
  return row!.id;
}

/** Creates the child's record from what the referral says; returns its id. */
export async function insertChildFromReferral(db: Db, referral: ReferralRecord): Promise<string> {
  const [row] = await db
    .insert(children)
    .values({
      firstName: referral.childFirstName,
      lastName: referral.childLastName,
      dateOfBirth: referral.childDateOfBirth,
      gender: referral.childGender,
      legalStatus: '',
      placingAuthority: referral.authorityName,
      ethnicity: referral.childEthnicity,
      faith: referral.childFaith,
      languages: referral.childLanguages,
      needs: referral.needs,
      needsNotes: referral.needsSummary,
      schoolName: referral.schoolName,
      schoolAreaId: referral.schoolAreaId,
      schoolLatitude: referral.schoolLatitude,
      schoolLongitude: referral.schoolLongitude,
      socialWorkerName: referral.socialWorkerName,
      socialWorkerEmail: referral.socialWorkerEmail,
      socialWorkerPhone: referral.socialWorkerPhone,
    })
    .returning({ id: children.id });
  return row!.id;
}

/** A household's name and reference, when it exists. */
export async function findHouseholdName(
  db: Db,
  id: string,
): Promise<{ id: string; name: string; reference: string } | null> {
  const [row] = await db
    .select({ id: households.id, name: households.name, reference: households.reference })
    .from(households)
    .where(eq(households.id, id));
  return row ?? null;
}
