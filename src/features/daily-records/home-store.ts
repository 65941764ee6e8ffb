// SQL about homes around the daily record: who is told of an incident, and which children a carer
// writes about today.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { children, households, placements, users } from '../../core/db/tables.ts';

/** The household's name and its supervising social worker's address, for telling them at once. */
export async function findHouseholdContact(db: Db, householdId: string) {
  const [row] = await db
    .select({
      householdName: households.name,
      workerName: users.name,
      workerEmail: users.email,
      isWorkerActive: users.isActive,
    })
    .from(households)
    .leftJoin(users, eq(users.id, households.supervisingWorkerId))
    .where(eq(households.id, householdId));
  if (!row) return null;
  return {
    householdName: row.householdName,
    worker:
      row.workerName && row.workerEmail && row.isWorkerActive
        ? { name: row.workerName, email: row.workerEmail }
        : null,
  };
}

/** The registered managers, who hear of an incident when a home has no worker allocated. */
export async function findManagers(db: Db) {
  return db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.role, 'registered_manager'), eq(users.isActive, true)))
    .orderBy(asc(users.name));
}

/** The children living now in homes the actor may see, and whether today's log is written. */
export async function findChildrenAtHomeToday(db: Db, actor: Actor, today: string) {
  return db
    .select({
      id: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      lastName: children.lastName,
      householdName: households.name,
      hasTodaysLog: sql<boolean>`EXISTS (SELECT 1 FROM daily_records r
        WHERE r.child_id = ${children.id} AND r.kind = 'daily_log' AND r.occurred_on = ${today})`,
    })
    .from(children)
    .innerJoin(placements, and(eq(placements.childId, children.id), isNull(placements.endedOn)))
    .innerJoin(households, eq(households.id, placements.householdId))
    .where(and(scope(actor, 'children'), scope(actor, 'households')))
    .orderBy(sql`coalesce(${children.preferredName}, ${children.firstName})`, asc(children.id));
}
