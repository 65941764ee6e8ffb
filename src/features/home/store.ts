import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import {
  areas,
  children,
  householdMembers,
  households,
  placements,
  users,
} from '../../core/db/tables.ts';

/** Children living now in the households the actor may see, with where they live. */
export async function findChildrenAtHomeInScope(db: Db, actor: Actor) {
  return db
    .select({
      childId: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      lastName: children.lastName,
      dateOfBirth: children.dateOfBirth,
      householdId: households.id,
      householdName: households.name,
      startedOn: placements.startedOn,
    })
    .from(children)
    .innerJoin(placements, and(eq(placements.childId, children.id), isNull(placements.endedOn)))
    .innerJoin(households, eq(households.id, placements.householdId))
    .where(and(scope(actor, 'children'), scope(actor, 'households')))
    .orderBy(asc(households.name), asc(children.firstName));
}

/** The households the actor may see, with how many children live in each now. */
export async function findHouseholdsInScope(db: Db, actor: Actor) {
  const rows = await db
    .select({
      id: households.id,
      reference: households.reference,
      name: households.name,
      status: households.status,
      careKind: households.careKind,
      areaName: areas.name,
      maxChildren: households.maxChildren,
      createdAt: households.createdAt,
      childrenNow: sql<number>`(SELECT count(*) FROM placements p WHERE p.household_id = ${households.id} AND p.ended_on IS NULL)`,
    })
    .from(households)
    .leftJoin(areas, eq(areas.id, households.areaId))
    .where(scope(actor, 'households'))
    .orderBy(asc(households.name));
  return rows.map((row) => ({ ...row, childrenNow: toCount(row.childrenNow) }));
}

/** Agency figures for the registered manager. */
export async function countAgencyFigures(db: Db) {
  const [row] = await db
    .execute(
      sql`
    SELECT
      (SELECT count(*) FROM households WHERE status = 'approved') AS approved_households,
      (SELECT count(*) FROM placements WHERE ended_on IS NULL) AS children_placed,
      (SELECT coalesce(sum(greatest(h.max_children - (SELECT count(*) FROM placements p WHERE p.household_id = h.id AND p.ended_on IS NULL), 0)), 0)
         FROM households h WHERE h.status = 'approved') AS vacancies,
      (SELECT count(*) FROM audit_events WHERE outcome = 'refused' AND at > now() - interval '7 days') AS refusals_this_week
  `,
    )
    .then((result) => (result as unknown as { rows: Record<string, unknown>[] }).rows);
  return {
    approvedHouseholds: toCount(row?.approved_households),
    childrenPlaced: toCount(row?.children_placed),
    vacancies: toCount(row?.vacancies),
    refusalsThisWeek: toCount(row?.refusals_this_week),
  };
}

/** Accounts by role, for the administrator. */
export async function countAccountsByRole(db: Db) {
  const rows = await db
    .select({ role: users.role, total: count() })
    .from(users)
    .where(eq(users.isActive, true))
    .groupBy(users.role)
    .orderBy(asc(users.role));
  return rows.map((row) => ({ role: row.role, total: toCount(row.total) }));
}

/** Approved carers by area, for planning training where carers live. */
export async function countCarersByArea(db: Db) {
  const rows = await db
    .select({
      areaName: areas.name,
      households: sql<number>`count(DISTINCT ${households.id})`,
      carers: count(householdMembers.id),
    })
    .from(households)
    .innerJoin(areas, eq(areas.id, households.areaId))
    .innerJoin(
      householdMembers,
      and(
        eq(householdMembers.householdId, households.id),
        eq(householdMembers.memberRole, 'carer'),
      ),
    )
    .where(eq(households.status, 'approved'))
    .groupBy(areas.name)
    .orderBy(asc(areas.name));
  return rows.map((row) => ({
    areaName: row.areaName,
    households: toCount(row.households),
    carers: toCount(row.carers),
  }));
}

/** The supervising social worker of a household, as carers see them. */
export async function findHouseholdWorker(db: Db, householdId: string) {
  const [row] = await db
    .select({ name: users.name, email: users.email })
    .from(households)
    .innerJoin(users, eq(users.id, households.supervisingWorkerId))
    .where(eq(households.id, householdId));
  return row ?? null;
}

/** The first names of the carers in the home a child lives in now (what a young person sees). */
export async function findCarerFirstNamesOfChild(db: Db, childId: string) {
  const rows = await db
    .select({ firstName: householdMembers.firstName })
    .from(placements)
    .innerJoin(
      householdMembers,
      and(
        eq(householdMembers.householdId, placements.householdId),
        eq(householdMembers.memberRole, 'carer'),
      ),
    )
    .where(and(eq(placements.childId, childId), isNull(placements.endedOn)));
  return rows.map((row) => row.firstName);
}

/** A child's names and birthday, for the family view (nothing about where they live). */
export async function findChildNames(db: Db, childIds: string[]) {
  if (childIds.length === 0) return [];
  return db
    .select({
      id: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      dateOfBirth: children.dateOfBirth,
    })
    .from(children)
    .where(inArray(children.id, childIds))
    .orderBy(asc(children.firstName));
}
