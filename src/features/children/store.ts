import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import { birthParents, children, households, placements, users } from '../../core/db/tables.ts';

/** One page of the children the actor may see, by name, with where each lives now. */
export async function findChildrenPage(
  db: Db,
  actor: Actor,
  page: { limit: number; offset: number },
) {
  return (
    db
      .select({
        id: children.id,
        firstName: children.firstName,
        preferredName: children.preferredName,
        lastName: children.lastName,
        dateOfBirth: children.dateOfBirth,
        needs: children.needs,
        householdId: households.id,
        householdName: households.name,
        householdStatus: households.status,
        startedOn: placements.startedOn,
        careType: placements.careType,
      })
      .from(children)
      .leftJoin(placements, and(eq(placements.childId, children.id), isNull(placements.endedOn)))
      .leftJoin(households, eq(households.id, placements.householdId))
      .where(scope(actor, 'children'))
      // By the name the child is known by, as the list shows it.
      .orderBy(
        sql`coalesce(${children.preferredName}, ${children.firstName})`,
        asc(children.lastName),
        asc(children.id),
      )
      .limit(page.limit)
      .offset(page.offset)
  );
}

/** How many children the actor may see. */
export async function countChildren(db: Db, actor: Actor): Promise<number> {
  const [row] = await db.select({ total: count() }).from(children).where(scope(actor, 'children'));
  return toCount(row?.total);
}

/** A child's record, if the actor's scope includes the child. */
export async function findChild(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({
      id: children.id,
      firstName: children.firstName,
      lastName: children.lastName,
      preferredName: children.preferredName,
      dateOfBirth: children.dateOfBirth,
      gender: children.gender,
      legalStatus: children.legalStatus,
      placingAuthority: children.placingAuthority,
    })
    .from(children)
    .where(and(eq(children.id, id), scope(actor, 'children')));
  return row ?? null;
}

/** Every home a child has lived in with the agency's households, the newest first. */
export async function findHomes(db: Db, childId: string) {
  return db
    .select({
      id: placements.id,
      householdId: households.id,
      householdName: households.name,
      householdStatus: households.status,
      careType: placements.careType,
      startedOn: placements.startedOn,
      endedOn: placements.endedOn,
      endReason: placements.endReason,
    })
    .from(placements)
    .innerJoin(households, eq(households.id, placements.householdId))
    .where(eq(placements.childId, childId))
    .orderBy(desc(placements.startedOn), desc(placements.id));
}

/** The birth parents linked to a child. */
export async function findBirthParents(db: Db, childId: string) {
  return db
    .select({ id: birthParents.id, name: users.name, relationship: birthParents.relationship })
    .from(birthParents)
    .innerJoin(users, eq(users.id, birthParents.userId))
    .where(eq(birthParents.childId, childId))
    .orderBy(asc(users.name));
}

export type BirthParent = Awaited<ReturnType<typeof findBirthParents>>[number];
