// SQL for keeping a household's record: its profile, its worker, its members and their checks.
// Callers authorise first; reads that find a household go through the actor's scope.
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import {
  householdMemberChecks,
  householdMembers,
  households,
  users,
} from '../../core/db/tables.ts';
import type { CheckKind } from './check-rules.ts';
import type { MemberRole, THouseholdProfile } from './profile-schemas.ts';
import { PROFILE_COLUMNS } from './store.ts';

/** The profile and terms as the form edits them, if the actor's scope includes the household. */
export async function findProfile(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({
      id: households.id,
      name: households.name,
      maxChildren: households.maxChildren,
      ageFrom: households.ageFrom,
      ageTo: households.ageTo,
      latitude: households.latitude,
      longitude: households.longitude,
      workerId: households.supervisingWorkerId,
      ...PROFILE_COLUMNS,
    })
    .from(households)
    .where(and(eq(households.id, id), scope(actor, 'households')));
  return row ?? null;
}

export type HouseholdProfileRow = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

/** Saves the profile and terms of approval. */
export async function updateProfile(db: Db, id: string, profile: THouseholdProfile) {
  await db.update(households).set(profile).where(eq(households.id, id));
}

/** Allocates a supervising social worker. */
export async function updateWorker(db: Db, id: string, workerId: string) {
  await db.update(households).set({ supervisingWorkerId: workerId }).where(eq(households.id, id));
}

/** The supervising social workers who can be allocated: active accounts, by name. */
export async function findActiveWorkers(db: Db) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.role, 'supervising_social_worker'), eq(users.isActive, true)))
    .orderBy(asc(users.name), asc(users.id));
}

/** Adds someone to a household; returns their member id. */
export async function insertMember(
  db: Db,
  member: {
    householdId: string;
    firstName: string;
    lastName: string;
    memberRole: MemberRole;
    dateOfBirth: string;
  },
): Promise<string> {
  const [row] = await db
    .insert(householdMembers)
    .values(member)
    .returning({ id: householdMembers.id });
  return row!.id;
}

/** One member of one household (none when the member lives elsewhere). */
export async function findMember(db: Db, householdId: string, memberId: string) {
  const [row] = await db
    .select({
      id: householdMembers.id,
      firstName: householdMembers.firstName,
      lastName: householdMembers.lastName,
      memberRole: householdMembers.memberRole,
    })
    .from(householdMembers)
    .where(and(eq(householdMembers.id, memberId), eq(householdMembers.householdId, householdId)));
  return row ?? null;
}

/** Records a check on a member. */
export async function insertCheck(
  db: Db,
  check: {
    memberId: string;
    kind: CheckKind;
    completedOn: string;
    renewBy: string | null;
    outcome: 'clear' | 'concerns_noted';
    notes: string;
    recordedBy: string;
  },
): Promise<void> {
  await db.insert(householdMemberChecks).values(check);
}
