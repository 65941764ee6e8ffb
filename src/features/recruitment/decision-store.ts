// SQL for the agency decision: the decision itself and, on approval, the new household, its
// members and the carer's account with a link to choose a password.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  areas,
  householdMembers,
  households,
  passwordResets,
  recruitmentDecisions,
  users,
} from '../../core/db/tables.ts';

/** A record's decision, or null while there is none. */
export async function findDecision(db: Db, prospectId: string) {
  const [row] = await db
    .select({
      decision: recruitmentDecisions.decision,
      decidedOn: recruitmentDecisions.decidedOn,
      decidedByName: users.name,
      reasons: recruitmentDecisions.reasons,
      careKind: recruitmentDecisions.careKind,
      maxChildren: recruitmentDecisions.maxChildren,
      ageFrom: recruitmentDecisions.ageFrom,
      ageTo: recruitmentDecisions.ageTo,
      careTypes: recruitmentDecisions.careTypes,
    })
    .from(recruitmentDecisions)
    .leftJoin(users, eq(users.id, recruitmentDecisions.decidedBy))
    .where(eq(recruitmentDecisions.prospectiveCarerId, prospectId));
  return row ?? null;
}

/** Records the decision. */
export async function insertDecision(
  db: Db,
  values: typeof recruitmentDecisions.$inferInsert,
): Promise<void> {
  await db.insert(recruitmentDecisions).values(values);
}

/** The agency's areas, for placing a new household. */
export async function findAreas(db: Db) {
  return db.select({ id: areas.id, name: areas.name }).from(areas).orderBy(asc(areas.name));
}

/** Creates an approved household; returns its id. */
export async function insertHousehold(
  db: Db,
  values: typeof households.$inferInsert,
): Promise<string> {
  const [row] = await db.insert(households).values(values).returning({ id: households.id });
  return row!.id;
}

/** Adds the people of a new household. */
export async function insertHouseholdMembers(
  db: Db,
  members: Array<typeof householdMembers.$inferInsert>,
): Promise<void> {
  if (members.length > 0) await db.insert(householdMembers).values(members);
}

/**
 * Creates the approved carer's account. The accounts feature's own createUser is for the
 * administrator (it authorises user.create); here the agency decision maker's decision is the
 * authority, checked by the caller, and the password hash is one nobody knows: the carer chooses
 * their own through the link in their welcome email.
 */
export async function insertCarerAccount(
  db: Db,
  values: {
    email: string;
    name: string;
    role: 'foster_carer' | 'kinship_carer';
    passwordHash: string;
  },
): Promise<string> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!.id;
}

/**
 * Stores a link to choose a password, by its token's hash, in the same table the password reset
 * uses; its page (/password-reset/:token) lets the carer choose one, once, before it expires.
 */
export async function insertPasswordLink(
  db: Db,
  values: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(passwordResets).values(values);
}

/** The households approved most recently, each with its first carer's name (for the demo's story). */
export async function findRecentlyApprovedHouseholds(db: Db, limit: number) {
  const rows = await db
    .select({
      id: households.id,
      approvedOn: households.approvedOn,
      careKind: households.careKind,
      maxChildren: households.maxChildren,
      ageFrom: households.ageFrom,
      ageTo: households.ageTo,
      firstName: householdMembers.firstName,
      lastName: householdMembers.lastName,
    })
    .from(households)
    .innerJoin(householdMembers, eq(householdMembers.householdId, households.id))
    .where(and(eq(households.status, 'approved'), eq(householdMembers.memberRole, 'carer')))
    .orderBy(desc(households.approvedOn), asc(householdMembers.firstName));
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id)).slice(0, limit);
}
