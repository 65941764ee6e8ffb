import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { areas, children, localAuthorities } from '../../core/db/tables.ts';

// What the referral form offers to choose from, and checks that a chosen id is one of them.

/** Every local authority, by name, for choosing one. */
export async function findAuthorityOptions(db: Db) {
  return db
    .select({ id: localAuthorities.id, name: localAuthorities.name })
    .from(localAuthorities)
    .orderBy(asc(localAuthorities.name));
}

/** Every area of the agency, by name. */
export async function findAreaOptions(db: Db) {
  return db.select({ id: areas.id, name: areas.name }).from(areas).orderBy(asc(areas.name));
}

/** The children the actor may see, for linking a referral to a child already known. */
export async function findChildOptions(db: Db, actor: Actor) {
  return db
    .select({
      id: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      lastName: children.lastName,
      dateOfBirth: children.dateOfBirth,
    })
    .from(children)
    .where(scope(actor, 'children'))
    .orderBy(
      sql`coalesce(${children.preferredName}, ${children.firstName})`,
      asc(children.lastName),
      asc(children.id),
    );
}

/** Whether an area exists (an id chosen from a list may have been tampered with). */
export async function hasArea(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: areas.id }).from(areas).where(eq(areas.id, id));
  return row !== undefined;
}

/** Whether an authority exists. */
export async function hasAuthority(db: Db, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: localAuthorities.id })
    .from(localAuthorities)
    .where(eq(localAuthorities.id, id));
  return row !== undefined;
}

/** Whether the actor's scope includes this child. */
export async function isChildInScope(db: Db, actor: Actor, childId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.id, childId), scope(actor, 'children')));
  return row !== undefined;
}
