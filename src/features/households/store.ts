import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import {
  areas,
  children,
  householdMemberChecks,
  householdMembers,
  households,
  placements,
  users,
} from '../../core/db/tables.ts';
import type { HouseholdStatus } from './schemas.ts';

const inScope = (actor: Actor, status: HouseholdStatus | undefined): SQL =>
  status
    ? and(scope(actor, 'households'), eq(households.status, status))!
    : scope(actor, 'households');

/** One page of the households the actor may see, by name, with how many children live in each now. */
export async function findHouseholdsPage(
  db: Db,
  actor: Actor,
  filter: { status?: HouseholdStatus | undefined; limit: number; offset: number },
) {
  const rows = await db
    .select({
      id: households.id,
      reference: households.reference,
      name: households.name,
      status: households.status,
      careKind: households.careKind,
      areaName: areas.name,
      maxChildren: households.maxChildren,
      workerName: users.name,
      childrenNow: sql<number>`(SELECT count(*) FROM placements p
        WHERE p.household_id = ${households.id} AND p.ended_on IS NULL)`,
    })
    .from(households)
    .leftJoin(areas, eq(areas.id, households.areaId))
    .leftJoin(users, eq(users.id, households.supervisingWorkerId))
    .where(inScope(actor, filter.status))
    .orderBy(asc(households.name), asc(households.id))
    .limit(filter.limit)
    .offset(filter.offset);
  return rows.map((row) => ({ ...row, childrenNow: toCount(row.childrenNow) }));
}

/** How many households the actor may see (with the same filter as the page). */
export async function countHouseholds(
  db: Db,
  actor: Actor,
  filter: { status?: HouseholdStatus | undefined },
): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(households)
    .where(inScope(actor, filter.status));
  return toCount(row?.total);
}

/**
 * A household's status, whoever asks. Unscoped on purpose: the policy needs the status to decide
 * (a recruitment officer may read applicants only), so it is read before the decision is made.
 * It is never shown to anyone; the answer to an unrelated person is the same 404 either way.
 */
export async function unsafeFindHouseholdStatus(
  db: Db,
  id: string,
): Promise<HouseholdStatus | null> {
  const [row] = await db
    .select({ status: households.status })
    .from(households)
    .where(eq(households.id, id));
  return row?.status ?? null;
}

/** The profile and terms of approval beyond the foundation's, as the record and the form show them. */
export const PROFILE_COLUMNS = {
  bedrooms: households.bedrooms,
  careTypes: households.careTypes,
  siblingGroupMax: households.siblingGroupMax,
  skills: households.skills,
  excludedNeeds: households.excludedNeeds,
  languages: households.languages,
  faith: households.faith,
  ethnicity: households.ethnicity,
  cultureNotes: households.cultureNotes,
  pets: households.pets,
  isSmoking: households.isSmoking,
  hasCar: households.hasCar,
  experienceNotes: households.experienceNotes,
};

/** A household's record, if the actor's scope includes it. */
export async function findHousehold(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({
      id: households.id,
      reference: households.reference,
      name: households.name,
      status: households.status,
      careKind: households.careKind,
      areaName: areas.name,
      approvedOn: households.approvedOn,
      maxChildren: households.maxChildren,
      ageFrom: households.ageFrom,
      ageTo: households.ageTo,
      addressLine: households.addressLine,
      town: households.town,
      postcode: households.postcode,
      phone: households.phone,
      latitude: households.latitude,
      longitude: households.longitude,
      workerId: households.supervisingWorkerId,
      workerName: users.name,
      workerEmail: users.email,
      ...PROFILE_COLUMNS,
    })
    .from(households)
    .leftJoin(areas, eq(areas.id, households.areaId))
    .leftJoin(users, eq(users.id, households.supervisingWorkerId))
    .where(and(eq(households.id, id), scope(actor, 'households')));
  return row ?? null;
}

/** Everyone living in a household: carers first, then the others. */
export async function findMembers(db: Db, householdId: string) {
  return db
    .select({
      id: householdMembers.id,
      firstName: householdMembers.firstName,
      lastName: householdMembers.lastName,
      memberRole: householdMembers.memberRole,
      dateOfBirth: householdMembers.dateOfBirth,
    })
    .from(householdMembers)
    .where(eq(householdMembers.householdId, householdId))
    .orderBy(
      sql`${householdMembers.memberRole} <> 'carer'`,
      asc(householdMembers.firstName),
      asc(householdMembers.lastName),
    );
}

/** The children living in a household now, of those the actor may see. */
export async function findChildrenLivingIn(db: Db, actor: Actor, householdId: string) {
  return db
    .select({
      id: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      lastName: children.lastName,
      dateOfBirth: children.dateOfBirth,
      startedOn: placements.startedOn,
      careType: placements.careType,
    })
    .from(placements)
    .innerJoin(children, eq(children.id, placements.childId))
    .where(
      and(
        eq(placements.householdId, householdId),
        isNull(placements.endedOn),
        scope(actor, 'children'),
      ),
    )
    .orderBy(asc(placements.startedOn), asc(children.firstName));
}

/** The checks on everyone in a household, newest first. */
export async function findChecks(db: Db, householdId: string) {
  return db
    .select({
      id: householdMemberChecks.id,
      memberId: householdMemberChecks.memberId,
      kind: householdMemberChecks.kind,
      completedOn: householdMemberChecks.completedOn,
      renewBy: householdMemberChecks.renewBy,
      outcome: householdMemberChecks.outcome,
      notes: householdMemberChecks.notes,
    })
    .from(householdMemberChecks)
    .innerJoin(householdMembers, eq(householdMembers.id, householdMemberChecks.memberId))
    .where(eq(householdMembers.householdId, householdId))
    .orderBy(desc(householdMemberChecks.completedOn), desc(householdMemberChecks.recordedAt));
}

/** How many children live in a household now, whoever may see them: its vacancies depend on it. */
export async function countChildrenLivingIn(db: Db, householdId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(placements)
    .where(and(eq(placements.householdId, householdId), isNull(placements.endedOn)));
  return toCount(row?.total);
}
